/**
 * Characters that show nothing on screen: soft hyphen, zero-width spaces and
 * joiners, direction marks and other format characters, variation selectors,
 * and the blank "fillers" (Hangul, Braille) that look like nothing. Pasted text often
 * carries them; they must neither pass as an answer nor hide an identity code.
 * Plain functions, no zod, so the render path can use them.
 */
const FORMAT_CHARACTERS =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{E0000}-\u{E007F}]/gu;

/** `text` without its invisible format characters. */
export function withoutFormatCharacters(text: string): string {
  return text.replace(FORMAT_CHARACTERS, '');
}

/** Whether a text shows nothing at all: empty, spaces, or invisible characters only. */
export function isBlank(text: string): boolean {
  return withoutFormatCharacters(text).trim() === '';
}
