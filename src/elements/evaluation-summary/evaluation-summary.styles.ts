import { css } from 'lit';
import { formStyles } from '../../internal/form.styles.js';

/**
 * The chart colours, from disagree (1) to agree (5): a diverging scale whose
 * ends meet 3:1 against white; the middle is grey. Each segment is also
 * separated by a white gap and labelled with its count, and the table under
 * every chart gives the numbers, so colour is never the only cue.
 */
export const chartStyles = css`
  :host {
    --_step-1: var(--tp-chart-1, #a1271f);
    --_step-2: var(--tp-chart-2, #e59a8c);
    --_step-3: var(--tp-chart-3, #c4c8cd);
    --_step-4: var(--tp-chart-4, #8cb8e3);
    --_step-5: var(--tp-chart-5, #0b5cad);
  }

  rect.step-1,
  .swatch.step-1 {
    fill: var(--_step-1);
    background: var(--_step-1);
  }
  rect.step-2,
  .swatch.step-2 {
    fill: var(--_step-2);
    background: var(--_step-2);
  }
  rect.step-3,
  .swatch.step-3 {
    fill: var(--_step-3);
    background: var(--_step-3);
  }
  rect.step-4,
  .swatch.step-4 {
    fill: var(--_step-4);
    background: var(--_step-4);
  }
  rect.step-5,
  .swatch.step-5 {
    fill: var(--_step-5);
    background: var(--_step-5);
  }

  rect {
    stroke: var(--_surface);
    stroke-width: 2px;
  }

  text.count {
    font: inherit;
    font-size: 0.875rem;
    font-weight: 600;
    fill: #1a1a1a;
  }

  text.count.step-1,
  text.count.step-5 {
    fill: #ffffff;
  }

  .swatch {
    display: inline-block;
    width: 1rem;
    height: 1rem;
    margin-inline-end: 0.375rem;
    vertical-align: -0.125rem;
    border: 1px solid var(--_border);
    /* Keep the colours when printed. */
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }

  .bar {
    display: block;
    margin: 0.25rem 0 0.5rem;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    list-style: none;
    padding: 0;
    margin: 1.5rem 0 0;
  }
`;

export const evaluationSummaryStyles = [
  formStyles,
  chartStyles,
  css`
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 0.75rem 1rem;
      margin: 1rem 0;
      padding: 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    .filters-title {
      font-weight: 600;
      padding: 0 0.25rem;
    }

    .status {
      font-weight: 600;
    }

    .notice--warning {
      border-inline-start-color: var(--_error);
      background: var(--_error-soft);
    }

    .export {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 0.75rem;
      align-items: center;
      margin: 0 0 1rem;
    }

    .export .hint {
      flex-basis: 100%;
      margin: 0;
    }

    .statement {
      margin: 0 0 1.5rem;
      break-inside: avoid;
    }

    .statement-title {
      font-size: 1rem;
      margin: 0;
    }

    .figures {
      color: var(--_muted);
      margin: 0;
    }

    .table-wrap {
      overflow-x: auto;
    }

    .distribution {
      border-collapse: collapse;
      font-size: 0.875rem;
      width: 100%;
      table-layout: fixed;
    }

    .distribution th,
    .distribution td {
      border: 1px solid var(--_border);
      padding: 0.125rem 0.25rem;
      text-align: center;
    }

    .distribution th[scope='row'] {
      text-align: start;
      width: 6.5rem;
    }

    .share {
      display: block;
      color: var(--_muted);
      white-space: nowrap;
    }

    .question {
      margin: 0 0 1.25rem;
    }

    .question-title {
      font-size: 1rem;
      margin: 0 0 0.5rem;
    }

    .quotes {
      list-style: none;
      padding: 0;
      margin: 0 0 0.5rem;
    }

    .quotes li {
      border-inline-start: 4px solid var(--_accent);
      padding: 0.25rem 0.75rem;
      margin: 0 0 0.375rem;
      background: var(--_accent-soft);
    }

    blockquote {
      margin: 0;
      white-space: pre-line;
    }

    .quote-source,
    .muted {
      color: var(--_muted);
      margin: 0;
    }

    .withheld {
      margin-top: 0.25rem;
    }

    @media (max-width: 30rem) {
      .distribution th[scope='row'] {
        width: 5.75rem;
      }
      .distribution th,
      .distribution td {
        padding: 0.125rem 0;
        font-size: 0.8125rem;
      }
    }

    .print-only {
      display: none;
    }

    @media print {
      :host {
        max-width: none;
      }
      .filters,
      .export {
        display: none;
      }
      .print-only {
        display: block;
        font-weight: 600;
      }
      /* The notices explain the numbers on paper too (form.styles hides a form's notices). */
      .notice {
        display: block !important;
      }
      .section-title,
      .statement-title {
        break-after: avoid;
      }
    }
  `,
];
