/**
 * What the sender sees after a request has gone: what happens next, in the
 * source's words, with the days the pair team promises.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { localize } from '../../internal/localization.js';
import { parseIsoDate } from '../../schema/dates.js';
import type { PairRequestPayload } from '../../schema/pair-request-payload.js';
import type { PairRequestDefinition, PairRequestNextStep } from '../../schema/pair-request.js';
import type { Locale } from '../../schema/text.js';

const dateLocales: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** "maanantaina 16. maaliskuuta 2026": the weekday helps plan the visit. */
export function formatDay(isoDate: string, locale: Locale): string {
  const date = parseIsoDate(isoDate);
  if (!date) return isoDate;
  return new Intl.DateTimeFormat(dateLocales[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

function stepDate(step: PairRequestNextStep, payload: PairRequestPayload, locale: Locale) {
  if (!step.date) return nothing;
  const day = formatDay(payload[step.date], locale);
  // `day` reads "torstaina 12. maaliskuuta 2026", so it needs no case ending after it.
  const text = step.date === 'offerDueBy' ? msg(str`Viimeistään ${day}`) : msg(str`Arviolta ${day} tai sen jälkeen`);
  return html`<p class="step-date" part="step-date">${text}</p>`;
}

export function confirmation(
  definition: PairRequestDefinition,
  payload: PairRequestPayload,
  locale: Locale,
  onStartOver: () => void,
): TemplateResult {
  return html`<section class="confirmation" part="confirmation" tabindex="-1" aria-labelledby="confirmation-title">
    <h2 id="confirmation-title">${msg('Kiitos! Työparipyyntö on lähetetty.')}</h2>
    <h3 class="next-steps-title">${msg('Mitä tapahtuu seuraavaksi')}</h3>
    <ol class="next-steps">
      ${definition.nextSteps.map(
        (step) => html`<li>
          <p>${localize(step.text)}</p>
          ${stepDate(step, payload, locale)}
        </li>`,
      )}
    </ol>
    <button type="button" class="button button--secondary" part="start-over" @click=${onStartOver}>
      ${msg('Lähetä uusi pyyntö')}
    </button>
  </section>`;
}
