/** The languages every built-in text is available in; Finnish is the source. Plain data, no zod. */
export const locales = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof locales)[number];
