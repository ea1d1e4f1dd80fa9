/**
 * Finds Finnish personal identity codes (henkilötunnus, HETU) in free text, so
 * a form can refuse to send one. A code is DDMMYY, a century sign, a three-digit
 * individual number and a check character; only codes whose date exists and
 * whose check character is right are found, so an ordinary number that merely
 * looks similar is left alone.
 *
 * A code is found however it was written or pasted: full-width, Arabic-Indic,
 * Devanagari or any other decimal digits; invisible characters inside; any
 * spaces, line breaks or punctuation between the date, the sign and the
 * individual number (`131052 - 308T`, `131052—308T`, `131052/308T`); a sign
 * left out (`131052 308T`, any century whose date exists); Greek, Cyrillic and
 * other look-alike letters as the sign or the check character. Only the date
 * written right against the individual number with nothing between
 * (`100891235Y`) is not read as a code: that is how a reference number that
 * happens to look like one can be written instead.
 */
import { withoutFormatCharacters } from './invisible.js';

/** The check character is the nine digits DDMMYYNNN modulo 31, indexed into this list. */
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Century signs in use since 2023: `+` 1800s, `-` and `Y X W V U` 1900s, `A B C D E F` 2000s. */
const CENTURY_BY_SIGN: ReadonlyMap<string, number> = new Map([
  ['+', 1800],
  ['-', 1900],
  ...[...'YXWVU'].map((sign) => [sign, 1900] as const),
  ...[...'ABCDEF'].map((sign) => [sign, 2000] as const),
]);

/** A sign left out: the code is still one if its date exists in any century. */
const CENTURIES = [1900, 2000, 1800];

/**
 * Letters of other scripts that look like the Latin letters of signs and check
 * characters (Cyrillic, Greek, Latin small capitals, Cherokee, Lisu), each
 * pair "look-alike, Latin". NFKC already folds full-width, circled and
 * mathematical letters.
 */
const LOOK_ALIKES =
  'АAВBСCЕEНHІIЈJКKМMОOРPЅSТTУYҮYХXԀDԚQԜWѴVаaвBеeкkмMнHоoрpсcтTуyүyхxѕsіiјjԁdԝwѵv' +
  'ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXϒYαaβBεEιiκkνvοoρpτtυuχxγy' +
  'ᴀAʙBᴄCᴅDᴇEꜰFʜHᴊJᴋKʟLᴍMɴNᴘPʀRꜱSᴛTᴜUᴠVᴡWʏY' +
  'ᎪAᏴBᏟCᎠDᎬEᎻHᎫJᏦKᏞLᎷMᏢPᎡRᏚSᎢTᏙVᏔWᎩY' +
  'ꓮAꓐBꓚCꓓDꓰEꓝFꓧHꓙJꓗKꓡLꓟMꓠNꓑPꓣRꓢSꓔTꓴUꓦVꓪWꓫXꓬY';
const LATIN_BY_LOOK_ALIKE = new Map<string, string>(
  [...LOOK_ALIKES].flatMap((char, index, chars) => (index % 2 === 0 ? [[char, chars[index + 1]!]] : [])),
);

const DECIMAL_DIGIT = /^\p{Nd}$/u;
const DASH = /^[\p{Pd}\u2212\u02D7\u2796\uFE63\uFF0D]$/u;

/**
 * The value of a decimal digit of any script. Unicode puts each script's digits
 * 0–9 in a run of ten code points (some scripts have runs next to each other),
 * so the value is the distance from the start of the run, modulo ten.
 */
function digitValue(char: string): string {
  const code = char.codePointAt(0)!;
  let start = code;
  while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
  return String((code - start) % 10);
}

/**
 * `text` as the detector reads it: NFKC, without invisible characters, every
 * decimal digit as 0–9, look-alike letters as Latin ones, every dash as `-`.
 */
export function normalizeForHetu(text: string): string {
  let out = '';
  for (const char of withoutFormatCharacters(text.normalize('NFKC'))) {
    if (char >= '0' && char <= '9') out += char;
    else if (DECIMAL_DIGIT.test(char)) out += digitValue(char);
    else if (DASH.test(char)) out += '-';
    else out += LATIN_BY_LOOK_ALIKE.get(char) ?? char;
  }
  return out;
}

/**
 * A date, then up to eight characters of spaces, punctuation, symbols and at
 * most one sign letter, then the individual number and the check character;
 * not inside a longer number. What lies between is sorted out in code.
 */
const CANDIDATE = /(?<!\d)(\d{2})(\d{2})(\d{2})((?:[\s\p{P}\p{S}]|[A-FU-Y]){0,8}?)(\d{3})([0-9A-Y])(?!\d)/giu;
const SEPARATOR = /[\s\p{P}\p{S}]/u;

/** The check character of a code's nine digits (DDMMYYNNN). */
export function hetuCheckCharacter(nineDigits: string): string {
  return CHECK_CHARACTERS[Number(nineDigits) % 31] ?? '';
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // years below 100 would otherwise mean 19xx
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The centuries the characters between the date and the individual number
 * allow: one sign (`-`, `+` or a letter) among separators, or separators only
 * (a sign left out: any century). Nothing between, more than eight, or two
 * signs: none.
 */
function centuriesOf(between: string): readonly number[] {
  if (between === '' || between.length > 8) return [];
  const letters = [...between.toUpperCase()].filter((char) => !SEPARATOR.test(char));
  if (letters.length > 1) return [];
  if (letters.length === 1) {
    const century = CENTURY_BY_SIGN.get(letters[0]!);
    return century === undefined ? [] : [century];
  }
  const plus = between.includes('+');
  const dash = between.includes('-');
  if (plus && !dash) return [1800];
  if (dash && !plus) return [1900];
  return CENTURIES;
}

function isValidParts(day: string, month: string, year: string, between: string, individual: string, check: string) {
  // 000 and 001 are never given; 900–999 are temporary codes, still personal data.
  if (Number(individual) < 2) return false;
  if (hetuCheckCharacter(`${day}${month}${year}${individual}`) !== check.toUpperCase()) return false;
  return centuriesOf(between).some((century) => isRealDate(century + Number(year), Number(month), Number(day)));
}

export interface HetuMatch {
  /** The code as found in the normalised text. */
  code: string;
  /** Where it starts in the normalised text. */
  index: number;
}

/**
 * Every valid personal identity code in `text` (letters in any case). The text
 * is first normalised (`normalizeForHetu`); `code` and `index` refer to that
 * normalised text.
 */
export function findHetus(text: string): HetuMatch[] {
  const found: HetuMatch[] = [];
  for (const match of normalizeForHetu(text).matchAll(CANDIDATE)) {
    const [code, day, month, year, between, individual, check] = match;
    if (isValidParts(day!, month!, year!, between!, individual!, check!)) found.push({ code, index: match.index });
  }
  return found;
}

/** Whether `text` contains a valid personal identity code anywhere. */
export function containsHetu(text: string): boolean {
  return findHetus(text).length > 0;
}

/** Whether `code` is exactly one valid personal identity code. */
export function isHetu(code: string): boolean {
  const trimmed = normalizeForHetu(code).trim();
  const [match] = findHetus(trimmed);
  return match !== undefined && match.code.length === trimmed.length;
}
