/**
 * Plain functions over definitions and answers, with no zod at run time, so an
 * element can render and collect answers before any validator loads.
 */
import type { QuestionnaireAnswers } from './answers.js';
import type { Item, Questionnaire } from './questionnaire.js';
import { isBlank } from './invisible.js';

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

/** Drops empty strings so that an optional question left blank is simply absent. */
export function withoutBlanks(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => !isBlank(value)));
}

/** An answer the user has not given: nothing, an unticked box, no option ticked, or text that shows nothing. */
export function isUnanswered(value: string | number | boolean | readonly string[] | undefined): boolean {
  return (
    value === undefined ||
    value === false ||
    (typeof value === 'string' && isBlank(value)) ||
    (Array.isArray(value) && value.length === 0)
  );
}
