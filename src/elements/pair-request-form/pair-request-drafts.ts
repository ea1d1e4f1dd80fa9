/**
 * Which parts of a stored draft of `<tp-pair-request-form>` still fit the form.
 * Loaded only when a draft is kept: it needs zod, which the form's first
 * render does without.
 */
import { pairRequestAnswersSchema, type PairRequestAnswers } from '../../schema/pair-request-payload.js';
import { pairRequestAnswerFields, pairRequestDefinitions } from '../../schema/pair-request.js';
import { fieldsById } from './pair-request-answers.js';

/** The ids of a choice or checkboxes field's options in any field of work: one draft serves them all. */
function knownOptionIds(id: string): Set<string> {
  return new Set(
    Object.values(pairRequestDefinitions).flatMap((shown) =>
      pairRequestAnswerFields(shown).flatMap((field) =>
        field.id === id && (field.kind === 'choice' || field.kind === 'checkboxes') ? field.options.map((option) => option.id) : [],
      ),
    ),
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
    const known = knownOptionIds(id);
    const fits =
      field.kind === 'consent'
        ? typeof value === 'boolean'
        : field.kind === 'checkboxes'
          ? Array.isArray(value) && value.every((option) => known.has(option))
          : field.kind === 'choice'
            ? typeof value === 'string' && known.has(value)
            : typeof value === 'string';
    if (!fits) return undefined;
    kept[id] = value;
  }
  return kept;
}
