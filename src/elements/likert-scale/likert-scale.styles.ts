import { css } from 'lit';
import { themeStyles } from '../../internal/theme.styles.js';

/**
 * One statement's radio group (likert-scale.parts.ts), wherever it is drawn:
 * in `<tp-likert-scale>` and in the forms' own shadow roots. Scoped to
 * `.likert`, so a form's other fieldsets and inputs keep their own look.
 * Needs `themeStyles` (the colours) in the same shadow root.
 */
export const likertGroupStyles = css`
    .likert {
      margin: 0;
      padding: 0;
      border: 0;
    }

    .likert legend {
      padding: 0;
      margin-bottom: 0.5rem;
      font-weight: 600;
      font-size: var(--tp-likert-label-size, 1rem);
    }

    .likert :is(.options, .ends) {
      max-width: calc(5 * var(--tp-likert-option-size, 4rem) + 4 * var(--tp-likert-gap, 0.5rem));
    }

    /* A scale wider than 1–5 gets the room of eleven options (0–10), and wraps on a phone. */
    .likert.wide :is(.options, .ends) {
      max-width: calc(11 * var(--tp-likert-option-size, 4rem) + 10 * var(--tp-likert-gap, 0.5rem));
    }

    .likert .options {
      display: flex;
      gap: var(--tp-likert-gap, 0.5rem);
      /* 1–5 fits one row at 320 px; a wider scale (0–10) goes on to a second row. */
      flex-wrap: wrap;
    }

    /*
     * A block, not a flex column: its content (the radio over the number) is
     * taller than min-height anyway, and 75 nested flex boxes doubled the
     * evaluation form's layout time (issue 12).
     */
    .likert .option {
      position: relative;
      display: block;
      text-align: center;
      flex: 1 1 0;
      max-width: var(--tp-likert-option-size, 4rem);
      min-width: 2.75rem;
      min-height: 3.25rem;
      padding: 0.375rem 0.25rem;
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      cursor: pointer;
      box-sizing: border-box;
      /* The number under the radio. */
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }

    .likert .option:hover {
      border-color: var(--_accent);
      background: var(--_accent-soft);
    }

    /* Chosen: a class, not :has(input:checked), which costs a style pass on 75 options (issue 12). */
    .likert .option.chosen {
      border-color: var(--_accent);
      background: var(--_accent);
      color: var(--_on-accent);
    }

    .likert .option:has(input:focus-visible) {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
      box-shadow: 0 0 0 2px var(--_text);
    }

    .likert input {
      display: block;
      width: 1.25rem;
      height: 1.25rem;
      margin: 0 auto 0.125rem;
      accent-color: var(--_accent);
      cursor: inherit;
    }

    .likert input:focus {
      outline: none;
    }

    .likert .ends {
      display: flex;
      justify-content: space-between;
      gap: 1rem;
      margin-top: 0.25rem;
      font-size: 0.875rem;
      color: var(--_muted);
    }

    .likert .ends span:last-child {
      text-align: end;
    }

    .likert:disabled .option {
      cursor: not-allowed;
      opacity: 0.6;
    }

    .likert .error {
      margin: 0.25rem 0 0;
      color: var(--_error);
      font-weight: 600;
    }

    .likert.invalid .option:not(.chosen) {
      border-color: var(--_error);
    }

    @media (forced-colors: active) {
      .likert .option.chosen {
        border-color: Highlight;
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }
`;

export const likertScaleStyles = [
  themeStyles,
  likertGroupStyles,
  css`
    :host {
      display: block;
    }
  `,
];
