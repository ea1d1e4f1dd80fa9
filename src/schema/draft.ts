import * as z from './zod.js';

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
 * A text in a draft. Fields take any length (a text over its limit is kept
 * and flagged, not cut), so a draft must keep it too; this bound only stops a
 * tampered draft from filling memory.
 */
export const draftText = () => z.string().check(z.maxLength(200_000));
