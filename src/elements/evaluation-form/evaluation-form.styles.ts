import { css } from 'lit';
import { formStyles } from '../../internal/form.styles.js';

export const evaluationFormStyles = [
  formStyles,
  css`
    .scale-legend {
      font-weight: 600;
    }

    .statements tp-likert-scale {
      margin: 0 0 1.75rem;
    }

    .details {
      margin-top: 1.5rem;
    }

    .details input {
      max-width: 24rem;
    }
  `,
];
