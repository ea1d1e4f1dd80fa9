/**
 * What `<tp-evaluation-form>` shows only after a send: the thank-you, or the
 * message that the host's attributes broke the payload. Loaded with the
 * validation on the first submit, to keep the form's first render small.
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

/**
 * Shown when the answers are fine but what the host gave the element is not
 * (e.g. a `pair-id` too long for the payload): the user's answers stay.
 */
export function sendError(): TemplateResult {
  return html`<div class="error-summary" part="send-error" role="alert" tabindex="-1">
    <h2 class="error-summary-title">${msg('Lomaketta ei voitu lähettää')}</h2>
    <p>${msg('Vastauksesi ovat yhä lomakkeella. Ota yhteyttä sivuston ylläpitäjään.')}</p>
  </div>`;
}
