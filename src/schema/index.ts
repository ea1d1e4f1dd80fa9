/**
 * tyopari-forms/schema: every question, field and payload of the library, as
 * zod schemas and plain data. No DOM and no Lit: a server can import it to
 * check what it receives (`evaluationPayloadSchema.safeParse(body)`).
 */
export * from './text.js';
export * from './questionnaire.js';
export * from './answers.js';
export * from './evaluation.js';
export * from './evaluation-payload.js';
export * from './draft.js';
export * from './kickoff.js';
