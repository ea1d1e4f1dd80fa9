/**
 * tyopari-forms/schema: every question, field and payload of the library, as
 * zod schemas and plain data. No DOM and no Lit: a server can import it to
 * check what it receives (`evaluationPayloadSchema.safeParse(body)`).
 *
 * This file is the public API, named one by one: what it exports keeps working
 * across minor and patch versions (see CHANGELOG.md). Everything else in
 * src/schema is internal and may change in any release.
 */

// Payloads: what the elements send in `tp-submit`, one schema per payload.
export { EVALUATION_SCHEMA, evaluationPayloadSchema, type EvaluationPayload } from './evaluation-payload.js';
export { KICKOFF_SCHEMA } from './kickoff.js';
export { kickoffRecordSchema, parseKickoffRecord, type KickoffRecord, type KickoffParseResult } from './kickoff-record.js';
export { PAIR_REQUEST_SCHEMA, pairRequestPayloadSchema, type PairRequestPayload } from './pair-request-payload.js';
export { OFFER_WITHIN_DAYS, VISIT_AFTER_DAYS } from './pair-request-payload.js';
export { submissionIdSchema } from './submission.js';

// Languages and texts.
export { locales, type Locale, type LocalizedText } from './text.js';

// Definitions: the built-in questionnaires, and what a host's own must look like.
export {
  questionnaireSchema,
  allItems,
  type Questionnaire,
  type QuestionnaireInput,
  type Section,
  type Item,
  type ItemInput,
  type LikertItem,
  type TextItem,
  type ConsentItem,
  type Scale,
} from './questionnaire.js';
export { agreementScale } from './scale.js';
export { evaluationRoles, evaluationDefinitions, DEFAULT_MIN_N, type EvaluationRole } from './evaluation.js';
export { evaluationDefinitionSchema } from './evaluation-payload.js';
export {
  kickoffGuide,
  kickoffQuestionIds,
  kickoffAgreementIds,
  type KickoffGuide,
  type KickoffSection,
  type KickoffQuestion,
  type KickoffAgreement,
  type KickoffQuestionId,
  type KickoffAgreementId,
} from './kickoff.js';
export {
  pairRequestDefinitions,
  pairRequestDefinition,
  fieldOfWorkIds,
  situationOptions,
  childProtectionSituationOptions,
  consentMethodOptions,
  networkOptions,
  helpOptions,
  type FieldOfWork,
  type ConsentMethod,
  type PairRequestDefinition,
  type PairRequestSection,
  type PairRequestField,
  type PairRequestOption,
} from './pair-request.js';

// Data protection: finding a Finnish personal identity code in free text.
export { findHetus, containsHetu, type HetuMatch } from './hetu.js';

// A host's own promise after a pair request (`promise` of <tp-pair-request-form>).
export { pairRequestPromiseSchema, type PairRequestPromise, type PairRequestNextStepInput } from './pair-request-payload.js';

// Reading stored evaluations: the summary's numbers and the CSV export.
export {
  toCsv,
  summarise,
  type CsvOptions,
  type SummaryFilters,
  type EvaluationSummary,
  type StatementSummary,
  type OpenAnswerSummary,
  type SkippedRecord,
} from './export.js';

// The pair's joint review of their two evaluations: its payload and how a pair is read.
export {
  REFLECTION_SCHEMA,
  reflectionPayloadSchema,
  buildReflectionPayload,
  readPair,
  type ReflectionPayload,
  type ReflectionSource,
  type PairReading,
  type PairProblem,
} from './reflection.js';
