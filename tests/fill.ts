/**
 * How a user fills each tyopari form so that it can be sent: the shared form
 * session suite (form-session.test.ts) runs against all three with these.
 */
import type { TpEvaluationForm } from '../src/elements/evaluation-form/evaluation-form.js';
import type { TpKickoffGuide } from '../src/elements/kickoff-guide/kickoff-guide.js';
import type { TpPairRequestForm } from '../src/elements/pair-request-form/pair-request-form.js';
import { choose, likerts, shadow, typeInto } from './helpers.js';

const byId = <T extends HTMLElement = HTMLInputElement>(el: Element, id: string) => {
  const found = shadow(el).getElementById(id);
  if (!found) throw new Error(`no #${id}`);
  return found as T;
};

/** Every statement and both details of the evaluation form. */
export async function fillEvaluation(el: TpEvaluationForm): Promise<void> {
  typeInto(byId(el, 'activityType'), 'Vertaistukiryhmä');
  typeInto(byId(el, 'duration'), '3 kuukautta');
  likerts(el).forEach((likert, index) => choose(likert, (index % 5) + 1));
  await el.updateComplete;
}

/** A note, a discussed question and the pair's names: the guide has no required field. */
export async function fillKickoff(el: TpKickoffGuide): Promise<void> {
  typeInto(byId(el, 'pair-professional'), 'A. K.');
  typeInto(byId(el, 'pair-experienceExpert'), 'M. L.');
  typeInto(byId<HTMLTextAreaElement>(el, 'notes-pair_1'), 'Jokainen on oman elämänsä asiantuntija.');
  byId(el, 'discussed-pair_1').click();
  await el.updateComplete;
}

/** Every required answer of the elderly-care request, the client's permission included; `texts` replace answers. */
export async function fillPairRequest(el: TpPairRequestForm, overrides: Record<string, string> = {}): Promise<void> {
  byId(el, 'clientConsent').click();
  byId(el, 'consentHow-phone').click();
  typeInto(byId(el, 'consentDate'), '2026-02-24');
  const texts: Record<string, string> = {
    municipality: 'Kemijärvi',
    contactName: 'Maija Meikäläinen',
    contactPhone: '040 123 4567',
    contactEmail: 'maija.meikalainen@kemijarvi.fi',
    situationDescription: 'Asuu yksin, omaiset kaukana.',
    ...overrides,
  };
  for (const [id, text] of Object.entries(texts)) typeInto(byId<HTMLInputElement | HTMLTextAreaElement>(el, id), text);
  byId(el, 'situations-loneliness').click();
  byId(el, 'help-networkMeeting').click();
  await el.updateComplete;
}
