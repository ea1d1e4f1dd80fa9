/**
 * What `<tp-pair-request-form>` knows about its answers apart from drawing
 * them: which field an id is, how a field is named in the error summary,
 * which answers hold an identity code, and which parts of a stored draft
 * still fit.
 */
import { issueMessage, type FieldKind, type ValidationIssue } from '../../internal/issue-messages.js';
import { localize } from '../../internal/localization.js';
import { containsHetu } from '../../schema/hetu.js';
import { pairRequestAnswersSchema, type PairRequestAnswers } from '../../schema/pair-request-payload.js';
import {
  pairRequestAnswerFields,
  pairRequestDefinition,
  type PairRequestAnswerField,
  type PairRequestDefinition,
} from '../../schema/pair-request.js';

export const definition: PairRequestDefinition = pairRequestDefinition;
/** Every field that holds an answer, in the order of the form. */
export const fields = pairRequestAnswerFields(definition);
export const fieldsById = new Map(fields.map((field) => [field.id, field]));

export const fieldKind = (field: PairRequestAnswerField): FieldKind => (field.kind === 'text' ? 'text' : field.kind);

export const isEmpty = (value: PairRequestAnswers[string] | undefined) =>
  value === undefined ||
  value === false ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/** Each field's error in the current language. */
export function errorMessages(errors: ReadonlyMap<string, ValidationIssue>): Map<string, string> {
  return new Map([...errors].map(([id, issue]) => [id, issueMessage(issue, fieldKind(fieldsById.get(id)!))]));
}

/** The question a field answers; for a day of a range, "question – day". */
export function fieldName(id: string): string {
  for (const section of definition.sections) {
    for (const field of section.fields) {
      if (field.id === id) return localize(field.label);
      if (field.kind === 'dateRange' && (field.from.id === id || field.to.id === id)) {
        return `${localize(field.label)} – ${localize((field.from.id === id ? field.from : field.to).label)}`;
      }
    }
  }
  return id;
}

/** "Kuvaile tilannetta lyhyesti: Kirjoita vastaus." — a question keeps its mark: "Miten…? Valitse…" */
export function summaryLine(question: string, message: string): string {
  const name = question.trim();
  return /[?？]$/.test(name) ? `${name} ${message}` : `${name.replace(/[.:]$/, '')}: ${message}`;
}

export const hetuIssue: ValidationIssue = { code: 'custom', path: [], params: { reason: 'hetu' } };

/** The identity-code warnings for text answers that hold one (e.g. in a restored draft). */
export function hetuErrors(answers: PairRequestAnswers): Map<string, ValidationIssue> {
  const textIds = fields.filter((field) => field.kind === 'text').map((field) => field.id);
  return new Map(
    textIds.filter((id) => typeof answers[id] === 'string' && containsHetu(answers[id])).map((id) => [id, hetuIssue]),
  );
}

/** Keeps a stored draft's answers that still fit the form; anything else drops the draft. */
export function keepKnownAnswers(data: unknown): PairRequestAnswers | undefined {
  const parsed = pairRequestAnswersSchema.safeParse(data);
  if (!parsed.success) return undefined;
  const kept: PairRequestAnswers = {};
  for (const [id, value] of Object.entries(parsed.data)) {
    const field = fieldsById.get(id);
    if (!field) continue;
    const fits =
      field.kind === 'consent'
        ? typeof value === 'boolean'
        : field.kind === 'checkboxes'
          ? Array.isArray(value) && value.every((option) => field.options.some((known) => known.id === option))
          : field.kind === 'choice'
            ? field.options.some((known) => known.id === value)
            : typeof value === 'string';
    if (!fits) return undefined;
    kept[id] = value;
  }
  return kept;
}
