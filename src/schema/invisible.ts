/**
 * Characters that show nothing on screen: soft hyphen, zero-width spaces and
 * joiners, direction marks and other format characters. Pasted text often
 * carries them; they must neither pass as an answer nor hide an identity code.
 * Plain functions, no zod, so the render path can use them.
 */
const FORMAT_CHARACTERS = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/** `text` without its invisible format characters. */
export function withoutFormatCharacters(text: string): string {
  return text.replace(FORMAT_CHARACTERS, '');
}

/** Whether a text shows nothing at all: empty, spaces, or invisible characters only. */
export function isBlank(text: string): boolean {
  return withoutFormatCharacters(text).trim() === '';
}
