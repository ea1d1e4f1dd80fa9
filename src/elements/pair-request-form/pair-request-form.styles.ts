import { css } from 'lit';
import { formStyles } from '../../internal/form.styles.js';

export const pairRequestFormStyles = [
  formStyles,
  css`
    fieldset {
      margin-inline: 0;
    }

    legend {
      padding: 0;
    }

    .section-legend {
      padding: 0;
      width: 100%;
      float: left;
    }

    .section-legend + * {
      clear: left;
    }

    .section-intro {
      margin-bottom: 1rem;
    }

    .title:focus {
      outline: none;
    }

    .title:focus-visible {
      outline: 3px solid var(--_focus);
    }

    fieldset.field {
      border: 0;
      padding: 0;
    }

    fieldset.field--error {
      border-inline-start: 4px solid var(--_error);
      padding-inline-start: 0.75rem;
    }

    /* Each option row is a 44 px target; the label is part of it. */
    .option-list .checkbox-row {
      min-height: 2.75rem;
      align-items: center;
    }

    .option-list .checkbox-row input {
      margin: 0;
    }

    .checkbox-row label {
      cursor: pointer;
    }

    .option-list label {
      flex: 1;
      padding-block: 0.5rem;
    }

    input[type='date'] {
      max-width: 12rem;
    }

    input[autocomplete='tel'],
    input[autocomplete='email'],
    input[autocomplete='organization'],
    input[autocomplete='name'],
    input[autocomplete='organization-title'] {
      max-width: 28rem;
    }

    .date-range-days {
      display: flex;
      flex-wrap: wrap;
      column-gap: 1.5rem;
    }

    .date-range-days .field {
      margin-bottom: 0.5rem;
    }

    .consent-reminder {
      margin-top: 2rem;
      margin-bottom: -1rem;
      font-weight: 600;
    }

    .confirmation h2:focus {
      outline: none;
    }

    .next-steps-title {
      font-size: 1.125rem;
      margin-top: 1.25rem;
    }

    .next-steps {
      padding-inline-start: 1.5rem;
      margin: 0 0 1.25rem;
    }

    .next-steps li + li {
      margin-top: 0.75rem;
    }

    .next-steps p {
      margin: 0;
    }

    .step-date {
      font-weight: 600;
    }
  `,
];
