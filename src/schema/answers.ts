import { allItems, answerGroup, emptyAnswers, own } from './items.js';
import type { Item, Questionnaire } from './questionnaire.js';
import { draftText } from './draft.js';
import { trimText } from './text.js';
import * as z from 'zod/mini';
import './zod.js';

/** What a respondent has filled in so far, grouped the way the payload groups it. */
export const answersSchema = z.object({
  details: z.record(z.string(), draftText()),
  // 0–11 is scaleLimits (scale.ts), written out: importing it here would split
  // scale.ts into a chunk of its own and cost the first render more than it says.
  ratings: z.record(z.string(), z.int().check(z.gte(0), z.lte(11))),
  openAnswers: z.record(z.string(), draftText()),
  consents: z.record(z.string(), z.boolean()),
});
export type QuestionnaireAnswers = z.infer<typeof answersSchema>;

export { answerGroup, emptyAnswers } from './items.js';

function itemSchema(item: Item, definition: Questionnaire) {
  switch (item.kind) {
    case 'likert': {
      const rating = z.int().check(z.gte(definition.scale.min), z.lte(definition.scale.max));
      return item.required ? rating : z.optional(rating);
    }
    case 'text': {
      const text = z.string().check(trimText(), z.maxLength(item.maxLength));
      return item.required ? text.check(z.minLength(1)) : z.optional(text);
    }
    case 'consent':
      return item.required ? z.literal(true) : z._default(z.boolean(), false);
  }
}

/**
 * `answers` as records with no prototype, holding only their own entries: a
 * validator then finds nothing inherited under an item id.
 */
export function ownAnswers(answers: QuestionnaireAnswers): QuestionnaireAnswers {
  // What is not a record at all is left for the validator to refuse.
  const copy = (record: object) =>
    record && typeof record === 'object' ? Object.assign(Object.create(null) as Record<string, never>, record) : record;
  return {
    details: copy(answers.details),
    ratings: copy(answers.ratings),
    openAnswers: copy(answers.openAnswers),
    consents: copy(answers.consents),
  };
}

/**
 * The rules a complete set of answers to `definition` must meet. Issues carry
 * the path `[group, itemId]`, which the elements turn into a message at the
 * field (see src/internal/issue-messages.ts).
 */
export function answersSchemaFor(definition: Questionnaire) {
  const shapes: Record<keyof QuestionnaireAnswers, Record<string, z.ZodMiniType>> = {
    details: {},
    ratings: {},
    openAnswers: {},
    consents: {},
  };
  for (const item of allItems(definition)) {
    shapes[answerGroup(item, definition)][item.id] = itemSchema(item, definition);
  }
  return z.object({
    details: z.strictObject(shapes.details),
    ratings: z.strictObject(shapes.ratings),
    openAnswers: z.strictObject(shapes.openAnswers),
    consents: z.strictObject(shapes.consents),
  });
}

/**
 * The answers of a stored draft that still fit `definition`, or `undefined`
 * when the draft is not answers at all or holds a value the form never offers
 * (an older version, or edited by hand): such a draft is dropped, not trusted.
 */
export function parseDraftAnswers(definition: Questionnaire, data: unknown): QuestionnaireAnswers | undefined {
  const parsed = answersSchema.safeParse(data);
  if (!parsed.success) return undefined;
  const kept: QuestionnaireAnswers = { details: {}, ratings: {}, openAnswers: {}, consents: {} };
  for (const item of allItems(definition)) {
    const group = answerGroup(item, definition);
    const value = own<unknown>(parsed.data[group], item.id);
    if (value === undefined) continue;
    if (group === 'ratings' && (typeof value !== 'number' || value < definition.scale.min || value > definition.scale.max)) {
      return undefined;
    }
    (kept[group] as Record<string, unknown>)[item.id] = value;
  }
  return kept;
}

/**
 * The answers that still mean the same under `next`: an item with the same id,
 * kind, group and text. When a form switches definition (another respondent),
 * section A stays answered and a B statement that says something else starts empty.
 */
export function answersStillMeant(
  previous: Questionnaire,
  next: Questionnaire,
  answers: QuestionnaireAnswers,
): QuestionnaireAnswers {
  const before = new Map(allItems(previous).map((item) => [item.id, item]));
  const kept = emptyAnswers();
  for (const item of allItems(next)) {
    const old = before.get(item.id);
    const group = answerGroup(item, next);
    const same =
      old !== undefined &&
      old.kind === item.kind &&
      answerGroup(old, previous) === group &&
      JSON.stringify(old.text) === JSON.stringify(item.text);
    const value = own<unknown>(answers[group], item.id);
    if (same && value !== undefined) Object.assign(kept[group], { [item.id]: value });
  }
  return kept;
}
