import { containsHetu } from './hetu.js';
import { isBlank } from './invisible.js';
import { locales } from './locales.js';
import * as z from 'zod/mini';
import './zod.js';

export { locales, type Locale } from './locales.js';
export const localeSchema = z.enum(locales);

/**
 * A text shown to the user. Built-in definitions use plain Finnish strings,
 * translated through the XLIFF catalogue in `locales/`. A host's own
 * definition may instead give each language itself: `{ fi, sv, en }`.
 */
export const localizedText = z.union([
  z.string().check(z.minLength(1)),
  z.object({
    fi: z.string().check(z.minLength(1)),
    sv: z.optional(z.string()),
    en: z.optional(z.string()),
  }),
]);
export type LocalizedText = z.infer<typeof localizedText>;

/** Keys whose values are user-facing texts in a definition (see locales/localize.ts). */
export const textKeys = new Set([
  'title',
  'subtitle',
  'text',
  'hint',
  'intro',
  'notice',
  'minLabel',
  'maxLabel',
  'label',
  'note',
  'paragraphs',
  'options',
  'nextSteps',
  'summary',
  'points',
  'privacyHint',
]);

/** Trims an answer; one that shows nothing becomes `''`, so `required` rules see it as missing. */
export const trimText = () => z.overwrite((text: string) => (isBlank(text) ? '' : text.trim()));

/** Stable, machine-friendly identifiers (`a1`, `a_open_1`, `clientConsent`). */
export const idSchema = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/));

/**
 * A text the pair writes down (a kickoff note, a shared note, a development
 * point): not empty, at most `max` long, and no personal identity code: the
 * notes are the pair's own, never a client's details (the forms say so).
 */
export const pairText = (max: number) =>
  z.string().check(
    trimText(),
    z.minLength(1),
    z.maxLength(max),
    z.refine((value) => !containsHetu(value), { message: 'Contains a personal identity code', params: { reason: 'hetu' } }),
  );
