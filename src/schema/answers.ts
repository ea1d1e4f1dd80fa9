import { allItems, type Item, type Questionnaire } from './questionnaire.js';
import { z } from './zod.js';

/** What a respondent has filled in so far, grouped the way the payload groups it. */
export const answersSchema = z.object({
  details: z.record(z.string(), z.string().check(z.maxLength(20000))),
  ratings: z.record(z.string(), z.int().check(z.gte(0), z.lte(11))),
  openAnswers: z.record(z.string(), z.string().check(z.maxLength(20000))),
  consents: z.record(z.string(), z.boolean()),
});
export type QuestionnaireAnswers = z.infer<typeof answersSchema>;

export const emptyAnswers = (): QuestionnaireAnswers => ({
  details: {},
  ratings: {},
  openAnswers: {},
  consents: {},
});

/** The answer group an item's value lives in. */
export function answerGroup(item: Item, definition: Pick<Questionnaire, 'details'>): keyof QuestionnaireAnswers {
  if (item.kind === 'likert') return 'ratings';
  if (item.kind === 'consent') return 'consents';
  return definition.details.some((detail) => detail.id === item.id) ? 'details' : 'openAnswers';
}

function itemSchema(item: Item, definition: Questionnaire) {
  switch (item.kind) {
    case 'likert': {
      const rating = z.int().check(z.gte(definition.scale.min), z.lte(definition.scale.max));
      return item.required ? rating : z.optional(rating);
    }
    case 'text': {
      const text = z.string().check(z.trim(), z.maxLength(item.maxLength));
      return item.required ? text.check(z.minLength(1)) : z.optional(text);
    }
    case 'consent':
      return item.required ? z.literal(true) : z._default(z.boolean(), false);
  }
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

/** Drops empty strings so that an optional question left blank is simply absent. */
export function withoutBlanks(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''));
}
