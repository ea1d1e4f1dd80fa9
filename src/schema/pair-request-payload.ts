import { e164FinnishPhoneSchema, emailSchema, isEmail, isFinnishPhone, normalizeFinnishPhone } from './contact.js';
import { addDays, isIsoDate, localIsoDate } from './dates.js';
import { draftText } from './draft.js';
import { containsHetu } from './hetu.js';
import {
  OFFER_WITHIN_DAYS,
  VISIT_AFTER_DAYS,
  consentMethods,
  defaultFieldOfWork,
  fieldOfWorkIds,
  helpIds,
  networkIds,
  pairRequestAnswerFields,
  pairRequestDefinitions,
  situationIds,
  situationIdsFor,
  type FieldOfWork,
  type PairRequestAnswerField,
  type PairRequestDefinition,
  type PairRequestTextField,
  type ConsentMethod,
} from './pair-request.js';
import { submissionIdSchema } from './submission.js';
import { localeSchema, localizedText, type Locale, trimText } from './text.js';
import * as z from 'zod/mini';
import './zod.js';

export const PAIR_REQUEST_SCHEMA = 'tyopari/pair-request@1';

// The elderly-care days, defined with the definition that promises them.
export { OFFER_WITHIN_DAYS, VISIT_AFTER_DAYS };

/** What the user has filled in so far, by field id: text, a day, a choice, ticks or a tick. */
export type PairRequestAnswers = Record<string, string | boolean | string[]>;

export const pairRequestAnswersSchema = z.record(
  z.string(),
  z.union([draftText(), z.boolean(), z.array(z.string().check(z.maxLength(200)))]),
);

const reason = (name: string) => ({ params: { reason: name } });
const noHetu = z.refine<string>((value) => !containsHetu(value), reason('hetu'));
const isoDateOrEmpty = z.refine<string>((value) => value === '' || isIsoDate(value), reason('date'));
const formatRule = (format: PairRequestTextField['format']) =>
  format === 'phone'
    ? z.refine<string>((value) => value === '' || isFinnishPhone(value), reason('phone'))
    : format === 'email'
      ? z.refine<string>((value) => value === '' || isEmail(value), reason('email'))
      : z.refine<string>(() => true);

function fieldSchema(field: PairRequestAnswerField, today: string) {
  switch (field.kind) {
    case 'consent': {
      const tick = z._default(z.boolean(), false);
      // The one required tick of this form is the client's permission: its
      // message says plainly that the request cannot be sent without it.
      return field.required ? tick.check(z.refine((value) => value === true, reason('clientConsent'))) : tick;
    }
    case 'text': {
      const text = z.string().check(trimText(), z.maxLength(field.maxLength), noHetu, formatRule(field.format));
      return field.required ? text.check(z.minLength(1)) : z._default(text, '');
    }
    case 'choice': {
      const choice = z.enum(field.options.map((option) => option.id) as [string, ...string[]]);
      return field.required ? choice : z.optional(choice);
    }
    case 'checkboxes': {
      const ticks = z.array(z.enum(field.options.map((option) => option.id) as [string, ...string[]]));
      return field.required ? ticks.check(z.minLength(1)) : z._default(ticks, []);
    }
    case 'date': {
      const side =
        field.allowed === 'todayOrEarlier'
          ? z.refine<string>((value) => !isIsoDate(value) || value <= today, reason('futureDate'))
          : z.refine<string>((value) => !isIsoDate(value) || value >= today, reason('pastDate'));
      const date = z.string().check(z.trim(), isoDateOrEmpty, side);
      return field.required ? date.check(z.minLength(1)) : z._default(date, '');
    }
  }
}

/**
 * The rules a complete set of answers to `definition` must meet on `today`
 * (ISO date). Issues carry the field id as their path; custom rules name
 * themselves with `params.reason` (see src/internal/issue-messages.ts).
 */
export function pairRequestRulesFor(definition: PairRequestDefinition, today: string) {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const field of pairRequestAnswerFields(definition)) shape[field.id] = fieldSchema(field, today);
  const ranges = definition.sections.flatMap((section) => section.fields.filter((field) => field.kind === 'dateRange'));
  return z.object(shape).check(
    z.superRefine((answers, ctx) => {
      for (const range of ranges) {
        const from = answers[range.from.id];
        const to = answers[range.to.id];
        if (typeof from === 'string' && typeof to === 'string' && isIsoDate(from) && isIsoDate(to) && to < from) {
          // The message names the day this one may not come before ("Aikaisintaan").
          const params = { reason: 'dateOrder', after: range.from.label };
          ctx.addIssue({ code: 'custom', input: to, path: [range.to.id], params });
        }
      }
    }),
  );
}

const shortText = z.string().check(trimText(), z.minLength(1), z.maxLength(200));
const longText = z.string().check(trimText(), z.minLength(1), z.maxLength(2000));

/**
 * What `<tp-pair-request-form>` sends in `tp-submit`. `offerDueBy` and
 * `expectedVisitFrom` are there only where the pair team promises them (the
 * definition's `offerDays` and `visitDays`; built in, only `vanhustyö`: the
 * sender's calendar days 5 and 14 days after `submittedAt`). `situations` are ids of the options of `fieldOfWork` (see
 * `situationIdsFor`). No field may hold a personal identity code; a server can run
 * `pairRequestPayloadSchema.safeParse(body)` to check that too.
 */
export const pairRequestPayloadSchema = z
  .object({
    schema: z.literal(PAIR_REQUEST_SCHEMA),
    form: z.object({ id: z.string(), version: z.int() }),
    locale: localeSchema,
    submittedAt: z.iso.datetime({ offset: true }),
    submissionId: z.optional(submissionIdSchema),
    offerDueBy: z.optional(z.iso.date()),
    expectedVisitFrom: z.optional(z.iso.date()),
    fieldOfWork: z.enum(fieldOfWorkIds),
    clientConsent: z.object({ given: z.literal(true), how: z.enum(consentMethods), date: z.iso.date() }),
    municipality: shortText,
    contactName: shortText,
    contactTitle: z.optional(shortText),
    contactPhone: e164FinnishPhoneSchema,
    contactEmail: emailSchema,
    situations: z.array(z.enum(situationIds)).check(z.minLength(1)),
    situationDescription: longText,
    network: z.array(z.enum(networkIds)),
    help: z.array(z.enum(helpIds)).check(z.minLength(1)),
    helpDescription: z.optional(longText),
    suitableFrom: z.optional(z.iso.date()),
    suitableTo: z.optional(z.iso.date()),
    recordConsent: z.boolean(),
  })
  .check(
    z.superRefine((payload, ctx) => {
      // Each field of work asks about situations with its own options.
      const known = situationIdsFor(payload.fieldOfWork);
      payload.situations.forEach((situation, index) => {
        if (!known.includes(situation)) {
          const message = `Not a situation of ${payload.fieldOfWork}`;
          ctx.addIssue({ code: 'custom', input: situation, path: ['situations', index], message });
        }
      });
      for (const [key, value] of Object.entries(payload)) {
        if (typeof value === 'string' && containsHetu(value)) {
          ctx.addIssue({ code: 'custom', input: value, path: [key], params: { reason: 'hetu' } });
        }
      }
    }),
  );
export type PairRequestPayload = z.infer<typeof pairRequestPayloadSchema>;

export interface PairRequestContext {
  locale: Locale;
  fieldOfWork?: FieldOfWork;
  /** When the request is sent; "today" for the date rules. Defaults to now. */
  submittedAt?: Date;
  /** The send's id (see `submissionIdSchema`); left out when not given. */
  submissionId?: string | undefined;
}

/**
 * The calendar days the confirmation promises, counted from the day of
 * sending: only those `definition` promises (`offerDays`, `visitDays`).
 */
export function pairRequestDates(
  submittedAt: Date,
  definition: Pick<PairRequestDefinition, 'offerDays' | 'visitDays'> = pairRequestDefinitions[defaultFieldOfWork],
): { offerDueBy?: string; expectedVisitFrom?: string } {
  const sent = localIsoDate(submittedAt);
  const { offerDays, visitDays } = definition;
  return {
    ...(offerDays !== undefined ? { offerDueBy: addDays(sent, offerDays) } : {}),
    ...(visitDays !== undefined ? { expectedVisitFrom: addDays(sent, visitDays) } : {}),
  };
}

const present = (value: string | undefined) => (value ? value : undefined);

/** The answers after `pairRequestRulesFor` has checked them (optional ones default to empty). */
interface CheckedAnswers {
  clientConsent: true;
  consentHow: ConsentMethod;
  consentDate: string;
  municipality: string;
  contactName: string;
  contactTitle: string;
  contactPhone: string;
  contactEmail: string;
  situations: string[];
  situationDescription: string;
  network: string[];
  help: string[];
  helpDescription: string;
  suitableFrom: string;
  suitableTo: string;
  recordConsent: boolean;
}

/**
 * Checks `answers` against the built-in pair request of the context's field of
 * work and builds the payload. Returns zod's result, so a failed check lists
 * every field to fix.
 */
export function buildPairRequestPayload(
  answers: PairRequestAnswers,
  context: PairRequestContext,
  definition: PairRequestDefinition = pairRequestDefinitions[context.fieldOfWork ?? defaultFieldOfWork],
) {
  const submittedAt = context.submittedAt ?? new Date();
  const checked = pairRequestRulesFor(definition, localIsoDate(submittedAt)).safeParse(answers);
  if (!checked.success) return checked;
  const a = checked.data as unknown as CheckedAnswers;
  return pairRequestPayloadSchema.safeParse(withoutUndefined({
    schema: PAIR_REQUEST_SCHEMA,
    form: { id: definition.id, version: definition.version },
    locale: context.locale,
    submittedAt: submittedAt.toISOString(),
    submissionId: context.submissionId,
    ...pairRequestDates(submittedAt, definition),
    fieldOfWork: context.fieldOfWork ?? defaultFieldOfWork,
    clientConsent: { given: a.clientConsent, how: a.consentHow, date: a.consentDate },
    municipality: a.municipality,
    contactName: a.contactName,
    contactTitle: present(a.contactTitle),
    contactPhone: normalizeFinnishPhone(a.contactPhone),
    contactEmail: a.contactEmail,
    situations: a.situations,
    situationDescription: a.situationDescription,
    network: a.network,
    help: a.help,
    helpDescription: present(a.helpDescription),
    suitableFrom: present(a.suitableFrom),
    suitableTo: present(a.suitableTo),
    recordConsent: a.recordConsent,
  }));
}

/** Leaves out the optional answers left empty, so the payload has no `undefined` keys. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/**
 * What a host's pair team promises after a request, given to
 * `<tp-pair-request-form>` as its `promise` property in place of the built-in
 * next steps (a field of work the sources describe no process for says only
 * that the team will be in touch). `offerDays` and `visitDays` put the dates
 * `offerDueBy` and `expectedVisitFrom` into the payload; a step with `date`
 * shows that day. Promise only what your team does.
 */
export const pairRequestPromiseSchema = z.strictObject({
  nextSteps: z
    .array(
      z.strictObject({
        text: localizedText,
        date: z.optional(z.enum(['offerDueBy', 'expectedVisitFrom'])),
      }),
    )
    .check(z.minLength(1), z.maxLength(20)),
  offerDays: z.optional(z.int().check(z.gte(1), z.lte(365))),
  visitDays: z.optional(z.int().check(z.gte(1), z.lte(365))),
});
export type PairRequestPromise = z.infer<typeof pairRequestPromiseSchema>;
/** One step of a host's promise. */
export type PairRequestNextStepInput = PairRequestPromise['nextSteps'][number];
