/**
 * The pair's discussion of their two evaluation forms (`<tp-pair-reflection>`):
 * which statements they see differently, and what they write down together.
 * Plain functions and zod schemas, no DOM.
 */
import { evaluationDefinitions, evaluationRoles, type EvaluationRole } from './evaluation.js';
import type { EvaluationPayload } from './evaluation-payload.js';
import { readEvaluations, type SkippedRecord } from './evaluation-records.js';
import { isBlank } from './invisible.js';
import { DISCUSS_DIFFERENCE, reflectionLimits } from './reflection-limits.js';
import type { Questionnaire } from './questionnaire.js';
import { submissionIdSchema } from './submission.js';
import { localeSchema, pairText, trimText, type Locale, type LocalizedText } from './text.js';
import * as z from 'zod/mini';
import './zod.js';

export const REFLECTION_SCHEMA = 'tyopari/reflection@1';

/** Which evaluation a reflection was written from. */
export const reflectionSourceSchema = z.object({
  role: z.enum(evaluationRoles),
  submittedAt: z.iso.datetime({ offset: true }),
  submissionId: z.optional(submissionIdSchema),
});
export type ReflectionSource = z.infer<typeof reflectionSourceSchema>;

/**
 * What `<tp-pair-reflection>` sends in `tp-submit` when the pair saves:
 * a shared note per statement (`notes.a1`; section B notes as `kokemustoimija.b1`),
 * the development points they agreed on (`actions`), and the two evaluations
 * it was written from (`sources`).
 */
export const reflectionPayloadSchema = z.object({
  schema: z.literal(REFLECTION_SCHEMA),
  pairId: z.optional(z.string().check(trimText(), z.minLength(1), z.maxLength(200))),
  locale: localeSchema,
  savedAt: z.iso.datetime({ offset: true }),
  submissionId: z.optional(submissionIdSchema),
  notes: z.record(z.string(), pairText(reflectionLimits.note)),
  actions: z.array(pairText(reflectionLimits.action)).check(z.maxLength(reflectionLimits.actions)),
  sources: z.array(reflectionSourceSchema).check(z.minLength(1), z.maxLength(2)),
});
export type ReflectionPayload = z.infer<typeof reflectionPayloadSchema>;

/** What the pair has written so far: also the shape of its draft. */
export interface ReflectionAnswers {
  notes: Record<string, string>;
  actions: string[];
}

export const reflectionAnswersSchema = z.object({
  notes: z.record(z.string(), z.string().check(z.maxLength(200_000))),
  actions: z.array(z.string().check(z.maxLength(200_000))).check(z.maxLength(reflectionLimits.actions)),
});

export interface ReflectionContext {
  sources: readonly EvaluationPayload[];
  pairId?: string | undefined;
  locale: Locale;
  savedAt?: Date;
  submissionId?: string | undefined;
}

/**
 * Builds the `tyopari/reflection@1` payload: blank notes and points are left
 * out, the rest trimmed. Returns zod's result, so a too-long text is named.
 */
export function buildReflectionPayload(answers: ReflectionAnswers, context: ReflectionContext) {
  const notes = Object.fromEntries(Object.entries(answers.notes).filter(([, text]) => !isBlank(text)));
  const actions = answers.actions.filter((text) => !isBlank(text));
  const pairId = context.pairId && !isBlank(context.pairId) ? context.pairId.trim() : undefined;
  return reflectionPayloadSchema.safeParse({
    schema: REFLECTION_SCHEMA,
    ...(pairId ? { pairId } : {}),
    locale: context.locale,
    savedAt: (context.savedAt ?? new Date()).toISOString(),
    ...(context.submissionId ? { submissionId: context.submissionId } : {}),
    notes,
    actions,
    sources: context.sources.map((payload) => ({
      role: payload.role,
      submittedAt: payload.submittedAt,
      ...(payload.submissionId ? { submissionId: payload.submissionId } : {}),
    })),
  });
}

/** One statement of section A, as both partners rated it. */
export interface SharedStatement {
  id: string;
  text: LocalizedText;
  ratings: Partial<Record<EvaluationRole, number>>;
  /** How far apart the two ratings are; `undefined` while one is missing. */
  difference: number | undefined;
  /** The ratings are `DISCUSS_DIFFERENCE` or more apart. */
  discuss: boolean;
}

/** Why two payloads cannot be one pair's. */
export type PairProblem = 'invalid' | 'same-role' | 'pair-mismatch' | 'too-many';

export type PairReading =
  | { status: 'empty' }
  | { status: 'problem'; problem: PairProblem; skipped: SkippedRecord[]; message: string }
  | {
      status: 'complete' | 'partner-missing';
      pairId: string | undefined;
      /** Each partner's payload, by role. */
      byRole: Partial<Record<EvaluationRole, EvaluationPayload>>;
      definitions: Partial<Record<EvaluationRole, Questionnaire>>;
      /** Section A, statement by statement. */
      shared: SharedStatement[];
    };

/**
 * Reads one pair's evaluations: at most one per role, with the same `pairId`.
 * Anything else is a `problem` (with a message for the host's `tp-error`), never a throw.
 */
export function readPair(payloads: readonly unknown[]): PairReading {
  const list = Array.isArray(payloads) ? payloads : [];
  if (list.length === 0) return { status: 'empty' };
  const { records, skipped } = readEvaluations(list);
  if (skipped.length > 0) {
    return { status: 'problem', problem: 'invalid', skipped, message: 'Some payloads are not valid evaluation payloads.' };
  }
  if (records.length > 2) {
    return { status: 'problem', problem: 'too-many', skipped, message: 'A pair has at most two evaluations, one per role.' };
  }
  const [first, second] = records;
  if (first && second && first.payload.role === second.payload.role) {
    return { status: 'problem', problem: 'same-role', skipped, message: `Both payloads are of the role ${first.payload.role}.` };
  }
  if (first && second && (first.payload.pairId ?? '') !== (second.payload.pairId ?? '')) {
    return { status: 'problem', problem: 'pair-mismatch', skipped, message: 'The payloads have different pairIds.' };
  }
  const byRole: Partial<Record<EvaluationRole, EvaluationPayload>> = {};
  const definitions: Partial<Record<EvaluationRole, Questionnaire>> = {};
  for (const record of records) {
    byRole[record.payload.role] = record.payload;
    definitions[record.payload.role] = record.definition;
  }
  const sectionA = evaluationDefinitions.kokemustoimija.sections.find((section) => section.id === 'a')!;
  const shared = sectionA.items.flatMap((item) => {
    if (item.kind !== 'likert') return [];
    const ratings: Partial<Record<EvaluationRole, number>> = {};
    for (const role of evaluationRoles) {
      const value = byRole[role]?.ratings[item.id];
      if (value !== undefined) ratings[role] = value;
    }
    const [a, b] = [ratings.kokemustoimija, ratings.ammattilainen];
    const difference = a !== undefined && b !== undefined ? Math.abs(a - b) : undefined;
    return [{ id: item.id, text: item.text, ratings, difference, discuss: (difference ?? 0) >= DISCUSS_DIFFERENCE }];
  });
  return {
    status: records.length === 2 ? 'complete' : 'partner-missing',
    pairId: first?.payload.pairId,
    byRole,
    definitions,
    shared,
  };
}
