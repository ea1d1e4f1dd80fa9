import type { LocalizedText } from './text.js';

/**
 * The agreement scale of the source forms: "Arvioi seuraavia väittämiä
 * asteikolla 1-5, 1 = täysin eri mieltä, 5 = täysin samaa mieltä". Plain data,
 * so the scale's radio groups can use its words without loading zod.
 */
export const agreementScale: { min: number; max: number; minLabel: LocalizedText; maxLabel: LocalizedText } = {
  min: 1,
  max: 5,
  minLabel: 'täysin eri mieltä',
  maxLabel: 'täysin samaa mieltä',
};

/** The widest a rating scale may be: its ends lie in 0–11 (0–10 is the widest common scale). */
export const scaleLimits = { lowest: 0, highest: 11 } as const;

/** Whole-number ends with `max` above `min`, inside `scaleLimits`: the range a scale may have. */
export function isScaleRange(min: number, max: number): boolean {
  return (
    Number.isInteger(min) &&
    Number.isInteger(max) &&
    min >= scaleLimits.lowest &&
    max <= scaleLimits.highest &&
    max > min
  );
}

/**
 * The answers of a scale from `min` to `max`. A range `isScaleRange` refuses
 * falls back to the agreement scale's 1–5, so the end words never name the
 * wrong numbers.
 */
export function scaleOptions({ min, max }: { min: number; max: number }): number[] {
  const [from, to] = isScaleRange(min, max) ? [min, max] : [agreementScale.min, agreementScale.max];
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
