/**
 * What `<tp-pair-request-form>` knows about its answers apart from drawing
 * them: which field an id is, how a field is named in the error summary,
 * and which answers hold an identity code (which parts of a stored draft
 * still fit is pair-request-drafts.ts, loaded with the draft).
 */
import { summaryLine, type SummaryEntry } from '../../internal/form-issues.js';
import { issueMessage, type ValidationIssue } from '../../internal/issue-messages.js';
import { localize } from '../../internal/localization.js';
import { containsHetu } from '../../schema/hetu.js';
import type { PairRequestAnswers } from '../../schema/pair-request-payload.js';
import {
  isFieldOfWork,
  pairRequestAnswerFields,
  pairRequestDefinition,
  pairRequestDefinitions,
  type PairRequestDefinition,
} from '../../schema/pair-request.js';
import { focusTargetId } from './pair-request-fields.js';

// Every field of work has the same field ids, kinds and rules; only some
// texts and the situation options differ, so the default one names the fields.
/** Every field that holds an answer, in the order of the form. */
export const fields = pairRequestAnswerFields(pairRequestDefinition);
export const fieldsById = new Map(fields.map((field) => [field.id, field]));

/** The request as shown for `fieldOfWork` (the default one for an unknown field). */
export function definitionFor(fieldOfWork: string): PairRequestDefinition {
  return isFieldOfWork(fieldOfWork) ? pairRequestDefinitions[fieldOfWork] : pairRequestDefinition;
}

/** Each field's error in the current language. */
export function errorMessages(errors: ReadonlyMap<string, ValidationIssue>): Map<string, string> {
  return new Map([...errors].map(([id, issue]) => [id, issueMessage(issue, fieldsById.get(id)!.kind)]));
}

/** The question a field answers in `shown`; for a day of a range, "question – day". */
function fieldName(id: string, shown: PairRequestDefinition): string {
  for (const section of shown.sections) {
    for (const field of section.fields) {
      if (field.id === id) return localize(field.label);
      if (field.kind === 'dateRange' && (field.from.id === id || field.to.id === id)) {
        return `${localize(field.label)} – ${localize((field.from.id === id ? field.from : field.to).label)}`;
      }
    }
  }
  return id;
}

/** The error summary's entries: each names its question and links to the field's first control. */
export function summaryEntries(shown: PairRequestDefinition, messages: ReadonlyMap<string, string>): SummaryEntry[] {
  const shownFields = new Map(pairRequestAnswerFields(shown).map((field) => [field.id, field]));
  return [...messages].map(([id, message]) => ({
    id: focusTargetId(shownFields.get(id)!),
    message: summaryLine(fieldName(id, shown), message),
  }));
}

export const hetuIssue: ValidationIssue = { code: 'custom', path: [], params: { reason: 'hetu' } };

/** The identity-code warnings for text answers that hold one (e.g. in a restored draft). */
export function hetuErrors(answers: PairRequestAnswers): Map<string, ValidationIssue> {
  const textIds = fields.filter((field) => field.kind === 'text').map((field) => field.id);
  return new Map(
    textIds.filter((id) => typeof answers[id] === 'string' && containsHetu(answers[id])).map((id) => [id, hetuIssue]),
  );
}
