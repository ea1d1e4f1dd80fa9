import { css } from 'lit';
import { themeStyles } from './theme.styles.js';

/**
 * Layout and controls shared by every tyopari form.
 *
 * Five text sizes, each regular or bold: the title 1.625rem, a section's
 * title 1.375rem, a subtitle 1.125rem, the text 1rem (hints too, as GOV.UK
 * does) and small text 0.875rem (the words at a scale's ends). A browser
 * prepares each size and weight of a font once per page, and on Linux it asks
 * the system for each (issue 12: eight of them made the evaluation form's
 * first layout about 15 ms slower than one).
 *
 * @cssprop --tp-form-max-width - Widest a form grows (default 44rem).
 */
export const formStyles = [
  themeStyles,
  css`
    :host {
      display: block;
      max-width: var(--tp-form-max-width, 44rem);
    }

    * {
      box-sizing: border-box;
    }

    h1,
    h2,
    h3,
    h4 {
      line-height: 1.25;
      margin: 0 0 0.5rem;
    }

    .title {
      font-size: 1.625rem;
    }

    .subtitle {
      font-size: 1.125rem;
      font-weight: 700;
      color: var(--_muted);
      margin: 0 0 1rem;
    }

    p {
      margin: 0 0 0.75rem;
    }

    .section {
      margin: 2rem 0 0;
      padding: 0;
      border: 0;
    }

    .section-title {
      font-size: 1.375rem;
      padding-bottom: 0.25rem;
      border-bottom: 2px solid var(--_accent);
      margin-bottom: 1rem;
    }

    .subsection-title {
      font-size: 1.125rem;
      margin-top: 1.5rem;
    }

    .field {
      margin: 0 0 1.5rem;
    }

    .label,
    legend.label {
      display: block;
      font-weight: 600;
      margin-bottom: 0.25rem;
    }

    .optional {
      font-weight: 400;
      color: var(--_muted);
    }

    .hint {
      color: var(--_muted);
      margin: 0 0 0.375rem;
    }

    .character-count {
      margin: 0.25rem 0 0;
    }

    .character-count--over {
      color: var(--_error);
      font-weight: 600;
    }

    input[type='text'],
    input[type='email'],
    input[type='tel'],
    input[type='date'],
    textarea,
    select {
      display: block;
      width: 100%;
      min-height: 2.75rem;
      padding: 0.5rem 0.625rem;
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
    }

    textarea {
      resize: vertical;
      min-height: 6rem;
    }

    input:focus-visible,
    textarea:focus-visible,
    select:focus-visible,
    button:focus-visible,
    a:focus-visible,
    .error-summary:focus {
      outline: 3px solid var(--_focus);
      outline-offset: 0;
      box-shadow: 0 0 0 5px var(--_text);
    }

    [aria-invalid='true'] {
      border-color: var(--_error);
    }

    .field--error {
      border-inline-start: 4px solid var(--_error);
      padding-inline-start: 0.75rem;
    }

    .field-error {
      color: var(--_error);
      font-weight: 600;
      margin: 0 0 0.25rem;
    }

    .checkbox-row {
      display: flex;
      gap: 0.625rem;
      align-items: flex-start;
    }

    .checkbox-row input {
      flex: none;
      width: 1.5rem;
      height: 1.5rem;
      margin: 0.125rem 0 0;
      accent-color: var(--_accent);
    }

    .checkbox-hint {
      margin-inline-start: 2.125rem;
      margin-top: 0.25rem;
    }

    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-height: 2.75rem;
      padding: 0.5rem 1.25rem;
      font: inherit;
      font-weight: 600;
      border-radius: var(--_radius);
      border: 2px solid var(--_accent);
      background: var(--_accent);
      color: var(--_on-accent);
      cursor: pointer;
    }

    .button:hover {
      filter: brightness(0.9);
    }

    /* Sending: the button says it is busy but stays in the tab order. */
    .button[aria-disabled='true'] {
      cursor: progress;
      filter: saturate(0.6);
    }

    .send-status {
      margin-top: 0.75rem;
      font-weight: 600;
    }

    .send-failure p {
      margin: 0 0 1rem;
    }

    .button--secondary {
      background: var(--_surface);
      color: var(--_accent);
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin-top: 2rem;
    }

    .error-summary {
      border: 4px solid var(--_error);
      padding: 1rem;
      margin: 0 0 1.5rem;
      background: var(--_surface);
    }

    .error-summary-title {
      font-size: 1.375rem;
    }

    .error-summary ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }

    .error-summary a {
      color: var(--_error);
      font-weight: 600;
    }

    .notice {
      border-inline-start: 6px solid var(--_accent);
      background: var(--_accent-soft);
      padding: 0.75rem 1rem;
      margin: 0 0 1.5rem;
    }

    .notice-title {
      font-weight: 600;
    }

    .notice > :last-child {
      margin-bottom: 0;
    }

    .important {
      border-inline-start: 6px solid var(--_text);
      padding: 0.5rem 1rem;
      font-weight: 600;
    }

    .confirmation {
      border: 4px solid var(--_success);
      background: var(--_success-soft);
      padding: 1.25rem;
    }

    .confirmation:focus {
      outline: 3px solid var(--_focus);
    }

    @media print {
      .actions,
      .notice,
      button {
        display: none !important;
      }
    }
  `,
];
