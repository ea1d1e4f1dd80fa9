import type { LocalizedText } from './text.js';

/**
 * The agreement scale of the source forms: "Arvioi seuraavia väittämiä
 * asteikolla 1-5, 1 = täysin eri mieltä, 5 = täysin samaa mieltä". Plain data,
 * so `<tp-likert-scale>` can use its words without loading zod.
 */
export const agreementScale: { min: number; max: number; minLabel: LocalizedText; maxLabel: LocalizedText } = {
  min: 1,
  max: 5,
  minLabel: 'täysin eri mieltä',
  maxLabel: 'täysin samaa mieltä',
};
