/**
 * What `<tp-evaluation-form>` shows only after a send: the thank-you. Loaded
 * with the validation on the first submit, to keep the form's first render small.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { localize } from '../../internal/localization.js';
import { goThroughAnswersTogether } from '../../schema/evaluation.js';

/** The thank-you after sending, with the source's reminder to go through the answers together. */
export function renderConfirmation(onStartOver: () => void): TemplateResult {
  return html`<div class="confirmation" part="confirmation" tabindex="-1" role="region" aria-labelledby="confirmation-title">
    <h2 id="confirmation-title">${msg('Kiitos! Arviointisi on lähetetty.')}</h2>
    <p>${localize(goThroughAnswersTogether)}</p>
    <button type="button" class="button button--secondary" @click=${onStartOver}>${msg('Täytä uusi lomake')}</button>
  </div>`;
}
