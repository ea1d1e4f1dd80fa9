/**
 * tyopari-forms/schema: every question, field and payload of the library, as
 * zod schemas and plain data. No DOM and no Lit: a server can import it to
 * check what it receives (`evaluationPayloadSchema.safeParse(body)`).
 */
export * from './text.js';
export * from './questionnaire.js';
export * from './scale.js';
export * from './answers.js';
export * from './evaluation.js';
export * from './evaluation-payload.js';
export * from './draft.js';
export * from './kickoff.js';
export * from './hetu.js';
export * from './invisible.js';
export * from './contact.js';
export * from './dates.js';
export * from './pair-request.js';
export * from './pair-request-payload.js';
export * from './submission.js';
export * from './export.js';
