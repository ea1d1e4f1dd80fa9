import { answersSchemaFor, ownAnswers, type QuestionnaireAnswers } from './answers.js';
import { allItems, answerGroup, own, withoutBlanks } from './items.js';
import { containsHetu } from './hetu.js';
import { isBlank } from './invisible.js';
import { evaluationRoles, type EvaluationRole } from './evaluation.js';
import { questionnaireSchema, type Questionnaire } from './questionnaire.js';
import { submissionIdSchema } from './submission.js';
import { localeSchema, trimText, type Locale } from './text.js';
import * as z from 'zod/mini';
import './zod.js';

export const EVALUATION_SCHEMA = 'tyopari/evaluation@1';

// Answers may be quoted in reports: none may carry a personal identity code.
const noHetu = z.refine<string>((value) => !containsHetu(value), { params: { reason: 'hetu' } });
const shortText = z.string().check(trimText(), z.minLength(1), z.maxLength(200), noHetu);

/**
 * What `<tp-evaluation-form>` sends in `tp-submit`. A host stores it as it is;
 * `schema` names the payload's version, `form` the definition it answers.
 */
export const evaluationPayloadSchema = z.object({
  schema: z.literal(EVALUATION_SCHEMA),
  form: z.object({ id: z.string(), version: z.int() }),
  role: z.enum(evaluationRoles),
  pairId: z.optional(z.string().check(trimText(), z.minLength(1), z.maxLength(200))),
  locale: localeSchema,
  submittedAt: z.iso.datetime({ offset: true }),
  submissionId: z.optional(submissionIdSchema),
  activityType: shortText,
  duration: shortText,
  ratings: z.record(z.string(), z.int().check(z.gte(0), z.lte(11))), // scaleLimits, see answers.ts
  openAnswers: z.record(z.string(), z.string().check(z.maxLength(20000), noHetu)),
  quotePermission: z.boolean(),
});
export type EvaluationPayload = z.infer<typeof evaluationPayloadSchema>;

export interface EvaluationContext {
  role: EvaluationRole;
  pairId?: string | undefined;
  locale: Locale;
  submittedAt?: Date;
  /** The send's id (see `submissionIdSchema`); left out when not given. */
  submissionId?: string | undefined;
}

/** An issue at each free text (open answer or detail) that holds a personal identity code. */
function hetuIssues(definition: Questionnaire, answers: QuestionnaireAnswers): z.core.$ZodIssueCustom[] {
  return allItems(definition).flatMap((item) => {
    if (item.kind !== 'text') return [];
    const group = answerGroup(item, definition);
    const value = own<unknown>(answers[group], item.id);
    if (typeof value !== 'string' || !containsHetu(value)) return [];
    return [
      { code: 'custom', path: [group, item.id], input: value, message: 'Contains a personal identity code', params: { reason: 'hetu' } },
    ];
  });
}

/**
 * Checks `answers` against `definition` and builds the payload. Returns zod's
 * result, so a failed check lists every field to fix.
 */
export function buildEvaluationPayload(
  definition: Questionnaire,
  answers: QuestionnaireAnswers,
  context: EvaluationContext,
) {
  const checked = answersSchemaFor(definition).safeParse(ownAnswers(answers));
  if (!checked.success) {
    // An identity code is pointed out with the other answers to fix, not only after them.
    checked.error.issues.push(...hetuIssues(definition, answers));
    return checked;
  }
  const { details, ratings, openAnswers, consents } = checked.data as QuestionnaireAnswers;
  const pairId = context.pairId === undefined || isBlank(context.pairId) ? undefined : context.pairId.trim();
  return evaluationPayloadSchema.safeParse({
    schema: EVALUATION_SCHEMA,
    form: { id: definition.id, version: definition.version },
    role: context.role,
    ...(pairId ? { pairId } : {}),
    locale: context.locale,
    submittedAt: (context.submittedAt ?? new Date()).toISOString(),
    ...(context.submissionId ? { submissionId: context.submissionId } : {}),
    activityType: details['activityType'] ?? '',
    duration: details['duration'] ?? '',
    ratings,
    openAnswers: withoutBlanks(openAnswers),
    quotePermission: consents['quotePermission'] ?? false,
  });
}

/** A definition a host gives `<tp-evaluation-form>` must ask what the payload carries. */
export const evaluationDefinitionRequirements = {
  details: ['activityType', 'duration'],
  consents: ['quotePermission'],
} as const;

/** Checks a host's own definition for `<tp-evaluation-form>`. */
export const evaluationDefinitionSchema = questionnaireSchema.check(
  z.superRefine((definition, ctx) => {
    const ids = (list: { id: string }[]) => new Set(list.map((item) => item.id));
    const present = { details: ids(definition.details), consents: ids(definition.consents) };
    for (const group of ['details', 'consents'] as const) {
      for (const id of evaluationDefinitionRequirements[group]) {
        if (!present[group].has(id)) {
          ctx.addIssue({
            code: 'custom',
            message: `An evaluation definition needs a ${group} item with id "${id}"`,
            input: definition[group],
            path: [group],
          });
        }
      }
    }
  }),
);
