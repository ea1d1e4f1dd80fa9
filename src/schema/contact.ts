/**
 * Contact details a busy worker types in whatever way they are used to:
 * a Finnish phone number in any common notation and an e-mail address.
 * Phone numbers are stored in one form, E.164 (`+358401234567`).
 */
import * as z from 'zod/mini';
import './zod.js';

// Digits with the separators people write: spaces, '-', '.', '/', brackets.
const PHONE_CHARACTERS = /^\+?[\d\s().\-/]+$/;

// The national significant number: no leading 0, 6 to 10 digits (mobile and
// landline numbers with their area code).
const NATIONAL_NUMBER = /^[1-9]\d{5,9}$/;

/**
 * A Finnish phone number in E.164 (`+358…`), or `undefined` when `input` is
 * not one. Accepts `040 123 4567`, `040-1234567`, `+358 40 123 4567`,
 * `+358 (0)40 123 4567`, `00358401234567`, `(09) 123 4567` and the like.
 */
export function normalizeFinnishPhone(input: string): string | undefined {
  // NFKC turns no-break spaces and full-width digits into plain ones.
  const value = input.normalize('NFKC').trim();
  if (!PHONE_CHARACTERS.test(value) || (value.match(/\(/g) ?? []).length !== (value.match(/\)/g) ?? []).length) {
    return undefined;
  }
  const digits = value.replace(/\D/g, '');
  let national: string;
  if (value.startsWith('+')) {
    if (!digits.startsWith('358')) return undefined;
    national = digits.slice(3);
  } else if (digits.startsWith('00358')) {
    national = digits.slice(5);
  } else if (digits.startsWith('0')) {
    national = digits.slice(1);
  } else {
    return undefined;
  }
  // "+358 (0)40 …" and "+358 040 …" both keep the trunk 0 by mistake.
  if (digits.length > national.length + 1 && national.startsWith('0')) national = national.slice(1);
  return NATIONAL_NUMBER.test(national) ? `+358${national}` : undefined;
}

/** Whether `input` is a Finnish phone number in any common notation. */
export function isFinnishPhone(input: string): boolean {
  return normalizeFinnishPhone(input) !== undefined;
}

/** A phone number as stored in a payload. */
export const e164FinnishPhoneSchema = z.string().check(z.regex(/^\+358[1-9]\d{5,9}$/));

/** Whether `input` (trimmed) is an e-mail address such as `etunimi.sukunimi@kunta.fi`. */
export function isEmail(input: string): boolean {
  return z.regexes.email.test(input.trim());
}

/** An e-mail address as stored in a payload. */
export const emailSchema = z.string().check(z.trim(), z.maxLength(254), z.regex(z.regexes.email));
