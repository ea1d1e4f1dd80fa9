import * as z from 'zod/mini';
import './zod.js';

/**
 * `submissionId`: one id per send, made when the user first presses send and
 * kept across retries, so a host's store can treat it as an idempotency key
 * (store once, ignore the same id again). It is an optional field of every `@1`
 * payload: records stored before it existed still validate, and a payload
 * never needs a new version for it.
 */
export const submissionIdSchema = z.uuid();

/** A new submission id (a random UUID). */
export const newSubmissionId = (): string => crypto.randomUUID();
