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
