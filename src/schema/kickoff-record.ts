/**
 * The kickoff record's rules: what `<tp-kickoff-guide>` saves and takes back
 * (`tyopari/kickoff@1`), the answers a draft keeps, and building and reading a
 * record. The guide itself, its ids and limits are kickoff.ts, which has no
 * zod at run time: the guide draws without this file and loads it on demand.
 */
import { isIsoDate } from './dates.js';
import { draftText } from './draft.js';
import { isBlank } from './invisible.js';
import { withoutBlanks } from './items.js';
import {
  KICKOFF_SCHEMA,
  kickoffAgreementIds,
  kickoffLimits,
  kickoffQuestionIds,
} from './kickoff.js';
import { submissionIdSchema } from './submission.js';
import { localeSchema, pairText, type Locale } from './text.js';
import * as z from 'zod/mini';
import './zod.js';

const questionId = z.enum(kickoffQuestionIds);
/** A calendar date `YYYY-MM-DD` that exists (no 30 February). */
const meetingDate = z.string().check(z.refine(isIsoDate, { message: 'Not a date', params: { reason: 'date' } }));

/** Who the pair is and which group they lead; every part is optional. */
export const kickoffPairSchema = z.strictObject({
  professional: z.optional(pairText(kickoffLimits.name)),
  experienceExpert: z.optional(pairText(kickoffLimits.name)),
  group: z.optional(pairText(kickoffLimits.group)),
  meetingDate: z.optional(meetingDate),
});

const agreementSchema = z.strictObject({
  done: z.boolean(),
  note: z.optional(pairText(kickoffLimits.note)),
});

/**
 * What `<tp-kickoff-guide>` sends in `tp-submit` and takes back in `value`.
 * `notes` holds only questions with a note; `discussed` lists the questions
 * the pair marked discussed; `agreements` always has all four.
 */
export const kickoffRecordSchema = z.strictObject({
  schema: z.literal(KICKOFF_SCHEMA),
  locale: localeSchema,
  savedAt: z.iso.datetime({ offset: true }),
  submissionId: z.optional(submissionIdSchema),
  pair: kickoffPairSchema,
  notes: z.partialRecord(questionId, pairText(kickoffLimits.note)),
  discussed: z.array(questionId).check(
    z.refine((ids) => new Set(ids).size === ids.length, { message: 'A question is listed twice' }),
  ),
  agreements: z.strictObject({
    volunteerAndConfidentiality: agreementSchema,
    challengingSituations: agreementSchema,
    planningAndDebrief: agreementSchema,
    practicalMatters: agreementSchema,
  }),
});
export type KickoffRecord = z.infer<typeof kickoffRecordSchema>;

/** The guide as it is being filled in: every field present, blanks allowed. Drafts keep this. */
export const kickoffAnswersSchema = z.strictObject({
  pair: z.strictObject({
    professional: draftText(),
    experienceExpert: draftText(),
    group: draftText(),
    meetingDate: z.string().check(z.maxLength(10)),
  }),
  notes: z.partialRecord(questionId, draftText()),
  discussed: z.array(questionId),
  agreements: z.partialRecord(
    z.enum(kickoffAgreementIds),
    z.strictObject({ done: z.boolean(), note: draftText() }),
  ),
});
export type KickoffAnswers = z.infer<typeof kickoffAnswersSchema>;

export interface KickoffContext {
  locale: Locale;
  savedAt?: Date;
  /** The save's id (see `submissionIdSchema`); left out when not given. */
  submissionId?: string | undefined;
}

/** Checks what the pair wrote and builds the record; returns zod's result, so a failure lists every field. */
export function buildKickoffRecord(answers: KickoffAnswers, context: KickoffContext) {
  const pair = withoutBlanks(answers.pair);
  const agreements = Object.fromEntries(
    kickoffAgreementIds.map((id) => {
      const agreement = answers.agreements[id];
      const note = agreement && !isBlank(agreement.note) ? { note: agreement.note } : {};
      return [id, { done: agreement?.done === true, ...note }];
    }),
  );
  return kickoffRecordSchema.safeParse({
    schema: KICKOFF_SCHEMA,
    locale: context.locale,
    savedAt: (context.savedAt ?? new Date()).toISOString(),
    ...(context.submissionId ? { submissionId: context.submissionId } : {}),
    pair,
    notes: withoutBlanks(answers.notes as Record<string, string>),
    // In the guide's order, once each, whatever order they were ticked in.
    discussed: kickoffQuestionIds.filter((id) => answers.discussed.includes(id)),
    agreements,
  });
}

export type KickoffParseResult =
  | { success: true; data: KickoffRecord }
  | { success: false; message: string; issues: z.core.$ZodIssue[] };

/**
 * Reads a saved record (an object, or its JSON text) for `value`. Anything
 * else — another schema version, unknown ids, too long texts — is rejected
 * with a message that names each problem, never thrown.
 */
export function parseKickoffRecord(input: unknown): KickoffParseResult {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      return { success: false, message: `Not a ${KICKOFF_SCHEMA} record: the text is not JSON.`, issues: [] };
    }
  }
  const parsed = kickoffRecordSchema.safeParse(data);
  if (parsed.success) return { success: true, data: parsed.data };
  const problems = parsed.error.issues.map(describeIssue).join('; ');
  return { success: false, message: `Not a ${KICKOFF_SCHEMA} record: ${problems}.`, issues: parsed.error.issues };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.map(String).join('.') : 'record';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${where}: unknown ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'invalid_type':
      return `${where}: expected ${issue.expected}`;
    case 'invalid_value':
      return issue.values.length > 3
        ? `${where}: not one of the guide's ids`
        : `${where}: expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
    case 'invalid_key':
      return `${where}: unknown key`;
    case 'too_big':
      return `${where}: longer than ${String(issue.maximum)}`;
    case 'too_small':
      return `${where}: empty`;
    case 'invalid_format':
      return `${where}: not a valid ${issue.format}`;
    default:
      return `${where}: ${issue.message}`;
  }
}
