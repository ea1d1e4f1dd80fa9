import { css } from 'lit';

/**
 * The custom properties every element reads, with their defaults. Colours meet
 * WCAG 2.2 AA contrast on white (text ≥ 4.5:1, borders and focus ≥ 3:1).
 */
export const themeStyles = css`
  :host {
    --_accent: var(--tp-color-accent, #0b5cad);
    --_accent-soft: var(--tp-color-accent-soft, #e8f1fb);
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
    --_space: var(--tp-space, 1rem);
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
