/**
 * What `<tp-evaluation-form>` needs only once the user presses send: the
 * payload's rules (zod), the wording of errors, and the thank-you. Loaded on
 * the first submit, to keep the form's first render small.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { errorSummary, focusField, summaryLine } from '../../internal/form-issues.js';
import type { BuildResult, SendContext } from '../../internal/form-session.js';
import { issueFieldId, issueMessage, type FieldKind, type ValidationIssue } from '../../internal/issue-messages.js';
import { localize } from '../../internal/localization.js';
import type { QuestionnaireAnswers } from '../../schema/answers.js';
import { goThroughAnswersTogether, type EvaluationRole } from '../../schema/evaluation.js';
import { buildEvaluationPayload, type EvaluationPayload } from '../../schema/evaluation-payload.js';
import { allItems, answerGroup, isUnanswered, own } from '../../schema/items.js';
import type { Item, Questionnaire } from '../../schema/questionnaire.js';

const fieldKind = (item: Item): FieldKind =>
  item.kind === 'likert' ? 'choice' : item.kind === 'consent' ? 'consent' : 'text';

/** Checks the answers and builds the payload, or the first broken rule of each field in the order of the form. */
export function buildEvaluation(
  definition: Questionnaire,
  answers: QuestionnaireAnswers,
  host: { role: EvaluationRole; pairId: string },
  context: SendContext,
): BuildResult<EvaluationPayload> {
  const result = buildEvaluationPayload(definition, answers, {
    role: host.role,
    pairId: host.pairId,
    locale: context.locale,
    submittedAt: context.now,
    submissionId: context.submissionId,
  });
  if (result.success) return { ok: true, payload: result.data };
  const { issues } = result.error;
  // The first broken rule of each field, in the order of the form (not the order zod found them).
  const errors = new Map(
    allItems(definition).flatMap((item) => {
      const issue = issues.find((candidate) => issueFieldId(candidate) === item.id);
      return issue ? [[item.id, issue] as const] : [];
    }),
  );
  return { ok: false, errors, issues };
}

/** Each field's error in the current language. */
export function errorMessages(definition: Questionnaire, errors: ReadonlyMap<string, ValidationIssue>): Map<string, string> {
  const items = new Map(allItems(definition).map((item) => [item.id, item]));
  return new Map(
    [...errors].flatMap(([id, issue]) => {
      const item = items.get(id);
      return item ? [[id, issueMessage(issue, fieldKind(item))] as const] : [];
    }),
  );
}

/** Whether the answer to `id` is empty (for `tp-invalid`'s `missing`). */
export function isMissing(definition: Questionnaire, answers: QuestionnaireAnswers, id: string): boolean {
  const item = allItems(definition).find((candidate) => candidate.id === id);
  if (!item) return false;
  const group: Readonly<Record<string, string | number | boolean>> = answers[answerGroup(item, definition)];
  return isUnanswered(own(group, id));
}

/** The thank-you after sending, with the source's reminder to go through the answers together. */
export function renderConfirmation(onStartOver: () => void): TemplateResult {
  return html`<div class="confirmation" part="confirmation" tabindex="-1" role="region" aria-labelledby="confirmation-title">
    <h2 id="confirmation-title">${msg('Kiitos! Arviointisi on lähetetty.')}</h2>
    <p>${localize(goThroughAnswersTogether)}</p>
    <button type="button" class="button button--secondary" @click=${onStartOver}>${msg('Täytä uusi lomake')}</button>
  </div>`;
}

/**
 * The error summary of a blocked send: each line says where, then what to do
 * ("Yhteistyö oli tasavertaista: Valitse yksi vaihtoehto.") and moves to its field.
 */
export function renderErrorSummary(definition: Questionnaire, messages: ReadonlyMap<string, string>, root: ShadowRoot | null) {
  const items = new Map(allItems(definition).map((item) => [item.id, item]));
  const entries = [...messages].map(([id, message]) => {
    const item = items.get(id);
    return { id, message: item ? summaryLine(localize(item.text), message) : message };
  });
  return errorSummary(entries, (id) => focusField(root, id));
}
