/**
 * Plain functions over definitions and answers, with no zod at run time, so an
 * element can render and collect answers before any validator loads.
 */
import type { QuestionnaireAnswers } from './answers.js';
import type { Item, Questionnaire } from './questionnaire.js';

/** Every item of a questionnaire in the order it is shown. */
export function allItems(definition: Pick<Questionnaire, 'details' | 'sections' | 'consents'>): Item[] {
  return [
    ...definition.details,
    ...definition.sections.flatMap((section) => section.items),
    ...definition.consents,
  ];
}

/**
 * The answer stored under `id` in `record` itself, never a property every
 * object inherits (`constructor`, `toString`…; see `reservedIds` in questionnaire.ts).
 */
export function own<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

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
