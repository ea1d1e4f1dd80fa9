import { css } from 'lit';

/**
 * The custom properties every element reads, with their defaults. Colours meet
 * WCAG 2.2 AA contrast on white (text ≥ 4.5:1, borders and focus ≥ 3:1); a
 * theme must keep those ratios. Custom properties inherit into the elements'
 * shadow roots, so a host sets them on the element or on any ancestor.
 * `npm run manifest` copies these `@cssprop` lines to every element's docs.
 *
 * @cssprop --tp-color-accent - Buttons, headings, links, chosen answers, the progress bar (default #0b5cad).
 * @cssprop --tp-color-on-accent - Text on the accent colour: buttons, a chosen scale option (default #ffffff).
 * @cssprop --tp-color-accent-soft - Background of a chosen option and of notices (default #e8f1fb).
 * @cssprop --tp-color-text - Text (default #1a1a1a).
 * @cssprop --tp-color-muted - Hints, counts and other secondary text (default #4a4f55).
 * @cssprop --tp-color-border - Borders of fields, options and boxes (default #6b7177).
 * @cssprop --tp-color-surface - Background of fields and boxes (default #ffffff).
 * @cssprop --tp-color-error - Error messages and the borders of fields to fix (default #b3261e).
 * @cssprop --tp-color-error-soft - Background of a warning notice, such as records a summary left out (default #fcebea).
 * @cssprop --tp-color-success - The sent confirmation's border and tick (default #1e6b34).
 * @cssprop --tp-color-success-soft - Background of the sent confirmation (default #e7f4ea).
 * @cssprop --tp-color-focus - The focus ring (default #ffbf47).
 * @cssprop --tp-radius - Corner radius of fields, buttons and boxes (default 6px).
 * @cssprop --tp-font-family - Font (default the system font).
 */
export const themeStyles = css`
  :host {
    --_accent: var(--tp-color-accent, #0b5cad);
    --_accent-soft: var(--tp-color-accent-soft, #e8f1fb);
    --_on-accent: var(--tp-color-on-accent, #ffffff);
    --_text: var(--tp-color-text, #1a1a1a);
    --_muted: var(--tp-color-muted, #4a4f55);
    --_border: var(--tp-color-border, #6b7177);
    --_surface: var(--tp-color-surface, #ffffff);
    --_error: var(--tp-color-error, #b3261e);
    --_error-soft: var(--tp-color-error-soft, #fcebea);
    --_success: var(--tp-color-success, #1e6b34);
    --_success-soft: var(--tp-color-success-soft, #e7f4ea);
    --_focus: var(--tp-color-focus, #ffbf47);
    --_radius: var(--tp-radius, 6px);
    font-family: var(--tp-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    color: var(--_text);
    line-height: 1.5;
    /* A long word ("help/support/encouragement") wraps instead of widening a phone screen. */
    overflow-wrap: break-word;
  }

  /* A fieldset is as wide as its content by default; on a phone it must shrink. */
  fieldset {
    min-inline-size: 0;
  }

  [hidden] {
    display: none !important;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
