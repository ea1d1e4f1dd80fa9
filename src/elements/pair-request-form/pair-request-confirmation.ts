/**
 * What the sender sees after a request has gone: what happens next, in the
 * definition's order, with a day only where the pair team promises one (the
 * payload then carries it).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDay, localize } from '../../internal/localization.js';
import type { PairRequestPayload } from '../../schema/pair-request-payload.js';
import type { PairRequestDefinition, PairRequestNextStep } from '../../schema/pair-request.js';

function stepDate(step: PairRequestNextStep, payload: PairRequestPayload) {
  const date = step.date && payload[step.date];
  if (!date) return nothing;
  const day = formatDay(date, 'long');
  // `day` reads "torstaina 12. maaliskuuta 2026", so it needs no case ending after it.
  const text = step.date === 'offerDueBy' ? msg(str`Viimeistään ${day}`) : msg(str`Arviolta ${day} tai sen jälkeen`);
  return html`<p class="step-date" part="step-date">${text}</p>`;
}

/** Several steps as a numbered list; a single one (no promised process) as plain text. */
function nextSteps(steps: readonly PairRequestNextStep[], payload: PairRequestPayload) {
  const [only] = steps;
  if (steps.length === 1 && only) {
    return html`<div class="next-step"><p>${localize(only.text)}</p>${stepDate(only, payload)}</div>`;
  }
  return html`<ol class="next-steps">
    ${steps.map(
      (step) => html`<li>
        <p>${localize(step.text)}</p>
        ${stepDate(step, payload)}
      </li>`,
    )}
  </ol>`;
}

export function confirmation(
  definition: PairRequestDefinition,
  payload: PairRequestPayload,
  onStartOver: () => void,
): TemplateResult {
  return html`<section class="confirmation" part="confirmation" tabindex="-1" aria-labelledby="confirmation-title">
    <h2 id="confirmation-title">${msg('Kiitos! Työparipyyntö on lähetetty.')}</h2>
    <h3 class="next-steps-title">${msg('Mitä tapahtuu seuraavaksi')}</h3>
    ${nextSteps(definition.nextSteps, payload)}
    <button type="button" class="button button--secondary" part="start-over" @click=${onStartOver}>
      ${msg('Lähetä uusi pyyntö')}
    </button>
  </section>`;
}
