import { css } from 'lit';
import { formStyles } from '../../internal/form.styles.js';

/**
 * The printed summary: questions with the pair's notes and the agreements,
 * every question even in step view, no controls. Written once and used twice:
 * for print media and for `view="print"` on screen.
 */
const printRules = css`
  .how,
  .model,
  .toolbar,
  .step-nav,
  .actions,
  .save-status,
  .notice,
  .error-summary,
  .pair-fields,
  .item .field,
  .item .hint,
  button {
    display: none !important;
  }

  .print-only {
    display: block;
  }

  .pair {
    border: 0;
    padding: 0;
    margin: 1rem 0 0;
  }

  .item {
    break-inside: avoid;
    border-color: #999;
    margin-bottom: 0.75rem;
  }

  .section-title {
    break-after: avoid;
  }
`;

export const kickoffGuideStyles = [
  formStyles,
  css`
    .print-only {
      display: none;
    }

    @media screen {
      .off-step {
        display: none !important;
      }
    }

    .model {
      margin: 1.5rem 0;
    }

    .model ul {
      margin: 0 0 0.75rem;
      padding-inline-start: 1.5rem;
    }

    .responsibility {
      border-inline-start: 6px solid var(--_accent);
      background: var(--_accent-soft);
      padding: 0.75rem 1rem;
    }

    .responsibility > :last-child {
      margin-bottom: 0;
    }

    .responsibility-title {
      font-size: 1.125rem;
    }

    .pair {
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.75rem 1rem 0;
      margin: 2rem 0 0;
    }

    .pair-legend,
    .view-legend {
      font-weight: 600;
      padding: 0 0.25rem;
    }

    .pair-fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(15rem, 100%), 1fr));
      align-items: end;
      column-gap: 1rem;
    }

    input[type='date'] {
      max-width: 12rem;
    }

    .pair-print {
      margin: 0;
    }

    .pair-print > div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
    }

    .pair-print dt {
      font-weight: 600;
    }

    .pair-print dt::after {
      content: ':';
    }

    /* A long name or an intranet address wraps instead of widening the page. */
    .pair-print dd {
      margin: 0;
      min-width: 0;
      overflow-wrap: anywhere;
    }

    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      justify-content: space-between;
      gap: 1rem 2rem;
      margin: 2rem 0 0;
      padding: 1rem;
      background: var(--_accent-soft);
      border-radius: var(--_radius);
    }

    .progress {
      flex: 1 1 14rem;
    }

    .progress-text {
      font-weight: 600;
      margin-bottom: 0.25rem;
    }

    progress {
      display: block;
      width: 100%;
      height: 0.875rem;
      appearance: none;
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_surface);
      overflow: hidden;
    }

    progress::-webkit-progress-bar {
      background: var(--_surface);
    }

    progress::-webkit-progress-value {
      background: var(--_accent);
    }

    progress::-moz-progress-bar {
      background: var(--_accent);
    }

    .view-switch {
      border: 0;
      margin: 0;
      padding: 0;
    }

    .view-legend {
      padding: 0;
      margin-bottom: 0.25rem;
    }

    .view-options {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.25rem;
    }

    .radio-row {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-height: 2.75rem;
    }

    .radio-row input {
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      accent-color: var(--_accent);
    }

    .item {
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.75rem 1rem 0.25rem;
      margin: 0 0 1.25rem;
    }

    .item--done {
      border-color: var(--_success);
    }

    .item-legend {
      float: left;
      width: 100%;
      padding: 0;
      margin-bottom: 0.5rem;
    }

    .item-legend + * {
      clear: left;
    }

    .item-title {
      font-size: 1.125rem;
      margin: 0;
    }

    .item-title:focus {
      outline: none;
    }

    .item-title:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }

    .item-number {
      color: var(--_accent);
    }

    .item-note {
      font-style: italic;
    }

    .item .field {
      margin-bottom: 1rem;
    }

    .print-status {
      font-weight: 600;
      margin: 0 0 0.5rem;
    }

    .print-notes {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      margin: 0 0 0.75rem;
    }

    .print-notes--blank {
      min-height: 4.5rem;
      border: 1px solid #999;
    }

    .step-nav {
      margin: 0.25rem 0 0;
    }

    .step-buttons {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0.75rem;
    }

    .step-buttons .button {
      gap: 0.5rem;
      padding-inline: 0.875rem;
    }

    .step-position {
      margin: 0 0 0.5rem;
      font-weight: 600;
    }

    .button:disabled {
      cursor: not-allowed;
      border-color: var(--_border);
      color: var(--_muted);
      filter: none;
    }

    .save-status p {
      border-inline-start: 6px solid var(--_success);
      background: var(--_success-soft);
      padding: 0.75rem 1rem;
      margin: 1rem 0 0;
      font-weight: 600;
    }

    @media print {
      ${printRules}
    }

    :host([view='print']) {
      ${printRules}
    }
  `,
];
