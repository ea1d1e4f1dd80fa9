/**
 * The numbers `<tp-pair-reflection>` works with, apart from its rules
 * (reflection.ts, with zod): the element draws with these before the rules
 * have loaded.
 */

/** Ratings this far apart or more are worth talking about ("kannattaa keskustella"). */
export const DISCUSS_DIFFERENCE = 2;

/** The longest note and development point, and how many points a pair may agree on. */
export const reflectionLimits = { note: 4000, action: 1000, actions: 30 } as const;
