import { css } from 'lit';
import { formStyles } from '../../internal/form.styles.js';
import { likertGroupStyles } from '../likert-scale/likert-scale.styles.js';

export const evaluationFormStyles = [
  formStyles,
  likertGroupStyles,
  css`
    .scale-legend {
      font-weight: 600;
    }

    .statements .likert {
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
