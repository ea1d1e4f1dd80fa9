import * as z from 'zod/mini';
import './zod.js';

export const DRAFT_SCHEMA = 'tyopari/draft@1';

/**
 * The envelope a draft is kept in (sessionStorage or localStorage). `data` is
 * checked by the element's own schema; a draft whose form id, version or data
 * no longer fits is dropped, never trusted.
 */
export const draftEnvelopeSchema = z.object({
  schema: z.literal(DRAFT_SCHEMA),
  form: z.object({ id: z.string(), version: z.int() }),
  savedAt: z.iso.datetime({ offset: true }),
  expiresAt: z.optional(z.iso.datetime({ offset: true })),
  data: z.unknown(),
});
export type DraftEnvelope = z.infer<typeof draftEnvelopeSchema>;

/**
 * The longest text a draft keeps of one field. Fields take any length (a text
 * over its limit is kept and flagged, not cut), but a draft keeps at most this
 * much of each, so storage is not filled by one paste.
 */
export const DRAFT_TEXT_LIMIT = 200_000;

/** Cuts a text to what a draft keeps. Saving and loading both use it, so they always agree. */
export const cutForDraft = (text: string): string => (text.length > DRAFT_TEXT_LIMIT ? text.slice(0, DRAFT_TEXT_LIMIT) : text);

/**
 * A text in a draft. A longer one (an old or edited draft) is cut to the
 * limit, never a reason to drop the rest of the draft with it.
 */
export const draftText = () => z.string().check(z.overwrite(cutForDraft));
