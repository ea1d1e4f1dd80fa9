/**
 * Finds Finnish personal identity codes (henkilötunnus, HETU) in free text, so
 * a form can refuse to send one. A code is DDMMYY, a century sign, a three-digit
 * individual number and a check character; only codes whose date exists and
 * whose check character is right are found, so an ordinary number that merely
 * looks similar is left alone. Full-width digits and invisible characters
 * inside a code do not hide it.
 */
import { withoutFormatCharacters } from './invisible.js';

/** The check character is the nine digits DDMMYYNNN modulo 31, indexed into this list. */
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Century signs in use since 2023: `+` 1800s, `-` and `Y X W V U` 1900s, `A B C D E F` 2000s. */
const CENTURY_BY_SIGN: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

// A word processor or a phone keyboard may turn '-' into another dash; a code
// pasted from such a document must still be found.
const DASHES = /[\u2010\u2011\u2012\u2013\u2212]/g;

// Not inside a longer number: no digit right before or after.
const CANDIDATE = /(?<!\d)(\d{2})(\d{2})(\d{2})([-+A-FU-Y\u2010-\u2013\u2212])(\d{3})([0-9A-Y])(?!\d)/gi;

/** The check character of a code's nine digits (DDMMYYNNN). */
export function hetuCheckCharacter(nineDigits: string): string {
  return CHECK_CHARACTERS[Number(nineDigits) % 31] ?? '';
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // years below 100 would otherwise mean 19xx
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isValidParts(day: string, month: string, year: string, sign: string, individual: string, check: string) {
  const century = CENTURY_BY_SIGN[sign.replace(DASHES, '-').toUpperCase()];
  if (century === undefined) return false;
  if (!isRealDate(century + Number(year), Number(month), Number(day))) return false;
  // 000 and 001 are never given; 900–999 are temporary codes, still personal data.
  if (Number(individual) < 2) return false;
  return hetuCheckCharacter(`${day}${month}${year}${individual}`) === check.toUpperCase();
}

export interface HetuMatch {
  /** The code as found in the normalised text. */
  code: string;
  /** Where it starts in the normalised text. */
  index: number;
}

/**
 * Every valid personal identity code in `text` (letters in any case). The text
 * is first normalised (NFKC, invisible characters removed); `code` and `index`
 * refer to that normalised text.
 */
export function findHetus(text: string): HetuMatch[] {
  const found: HetuMatch[] = [];
  for (const match of withoutFormatCharacters(text.normalize('NFKC')).matchAll(CANDIDATE)) {
    const [code, day, month, year, sign, individual, check] = match;
    if (isValidParts(day!, month!, year!, sign!, individual!, check!)) found.push({ code, index: match.index });
  }
  return found;
}

/** Whether `text` contains a valid personal identity code anywhere. */
export function containsHetu(text: string): boolean {
  return findHetus(text).length > 0;
}

/** Whether `code` is exactly one valid personal identity code. */
export function isHetu(code: string): boolean {
  const trimmed = withoutFormatCharacters(code.normalize('NFKC')).trim();
  const [match] = findHetus(trimmed);
  return match !== undefined && match.code.length === trimmed.length;
}
