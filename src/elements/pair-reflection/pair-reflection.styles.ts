import { css } from 'lit';
import { formStyles } from '../../internal/form.styles.js';

export const pairReflectionStyles = [
  formStyles,
  css`
    :host {
      --_professional: var(--tp-color-professional, #5b2a86);
    }

    .pair-details {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.5rem;
      margin: 0 0 1rem;
    }

    .pair-details dt {
      font-weight: 600;
    }

    .pair-details dd {
      margin: 0;
    }

    .mark-key {
      color: var(--_muted);
    }

    .mark-key-entry {
      white-space: nowrap;
    }

    .mark-sample {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 1.5rem;
      height: 1.5rem;
      border-radius: 50%;
      color: #fff;
      font-weight: 700;
      font-size: 0.875rem;
      vertical-align: middle;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }

    .mark-sample.mark--kokemustoimija {
      background: var(--_accent);
    }

    .mark-sample.mark--ammattilainen {
      background: var(--_professional);
    }

    .differences {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin: 0 0 1rem;
    }

    .differences p {
      margin: 0;
      font-weight: 600;
    }

    .button[aria-pressed='true'] {
      background: var(--_accent);
      color: #fff;
    }

    .statements {
      list-style: none;
      padding: 0;
      margin: 0;
    }

    .statement {
      padding: 0.75rem 0 0.25rem;
      border-top: 1px solid var(--_border);
      break-inside: avoid;
    }

    .statement--discuss {
      border-inline-start: 6px solid var(--_error);
      padding-inline-start: 0.75rem;
    }

    .statement-title {
      font-size: 1rem;
      margin: 0 0 0.25rem;
    }

    .discuss {
      display: inline-block;
      margin: 0 0 0.25rem;
      padding: 0 0.5rem;
      border: 2px solid var(--_error);
      border-radius: var(--_radius);
      color: var(--_error);
      font-weight: 700;
    }

    .axis {
      display: block;
      max-width: 28rem;
      overflow: visible;
    }

    .axis-line,
    .tick {
      stroke: var(--_text);
      stroke-width: 2px;
    }

    .tick-label {
      font: inherit;
      font-size: 0.875rem;
      fill: var(--_text);
    }

    .stem {
      stroke-width: 2px;
      stroke: var(--_accent);
    }

    .stem.mark--ammattilainen {
      stroke: var(--_professional);
    }

    circle.mark--kokemustoimija {
      fill: var(--_accent);
    }

    circle.mark--ammattilainen {
      fill: var(--_professional);
    }

    .mark-label {
      font: inherit;
      font-size: 0.875rem;
      font-weight: 700;
      fill: #fff;
    }

    .axis,
    .statement--discuss {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }

    .rating-words {
      margin: 0 0 0.5rem;
    }

    .note {
      margin-bottom: 0.75rem;
    }

    .note textarea {
      min-height: 3.5rem;
    }

    .question {
      margin: 0 0 1.25rem;
      break-inside: avoid;
    }

    .question-title {
      font-size: 1rem;
      margin: 0 0 0.5rem;
    }

    .answers {
      display: grid;
      gap: 0.75rem;
    }

    .answers--2 {
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    }

    .answer {
      border: 1px solid var(--_border);
      border-top: 4px solid var(--_accent);
      border-radius: var(--_radius);
      padding: 0.5rem 0.75rem;
    }

    .answer--ammattilainen {
      border-top-color: var(--_professional);
    }

    .answer-role {
      font-weight: 700;
      margin: 0 0 0.25rem;
    }

    .answer-text {
      white-space: pre-line;
    }

    .answer > :last-child {
      margin-bottom: 0;
    }

    .no-quoting {
      font-weight: 600;
      font-size: 0.875rem;
      border-inline-start: 4px solid var(--_text);
      padding-inline-start: 0.5rem;
    }

    .muted {
      color: var(--_muted);
    }

    .action-list {
      padding-inline-start: 0;
      list-style: none;
      margin: 0 0 1rem;
    }

    .action-row {
      display: flex;
      gap: 0.5rem;
      align-items: stretch;
    }

    .action-row input {
      flex: 1 1 auto;
      min-width: 0;
    }

    .save-status p {
      margin-top: 1rem;
      font-weight: 600;
    }

    .print-only {
      display: none;
    }

    @media print {
      :host {
        max-width: none;
      }
      /* One page per section; notes and points as text, no controls. */
      .section {
        break-before: page;
      }
      .section:first-of-type {
        break-before: auto;
      }
      textarea,
      input,
      .note .label,
      .differences button,
      #add-action,
      .remove,
      .save-status {
        display: none !important;
      }
      .action:not(:has(.print-only)) {
        display: none;
      }
      .print-only {
        display: block;
      }
      /* form.styles hides a form's notices on paper; this one explains the page. */
      [part='partner-missing'] {
        display: block !important;
      }
      .action-list {
        list-style: decimal;
        padding-inline-start: 1.5rem;
      }
      .action .label {
        display: none;
      }
    }
  `,
];
