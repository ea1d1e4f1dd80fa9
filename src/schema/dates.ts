/**
 * Calendar dates as ISO strings (`2026-03-10`), the form a native date input
 * gives and a payload stores. "Today" is the user's own calendar day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** The local calendar day of `date` as `YYYY-MM-DD`. */
export function localIsoDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The calendar day of an ISO date, or `undefined` when it is not a real day. */
export function parseIsoDate(value: string): Date | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day, 12);
  date.setFullYear(year);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

/** Whether `value` is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== undefined;
}

/** The ISO date `days` calendar days after `value` (which must be an ISO date). */
export function addDays(value: string, days: number): string {
  const date = parseIsoDate(value);
  if (!date) throw new RangeError(`Not an ISO date: ${value}`);
  date.setDate(date.getDate() + days);
  return localIsoDate(date);
}
