/**
 * Many evaluation payloads at once, without a DOM: `summarise` gives the
 * numbers `<tp-evaluation-summary>` shows, `toCsv` a spreadsheet file. A
 * server can run both on what it stored.
 *
 * Payloads are checked one by one (`readEvaluations`): a record that is not a
 * valid `tyopari/evaluation@1` payload of a form the library knows is skipped
 * and reported by its position, never thrown.
 *
 * Column headers in Swedish and English come from the library's own
 * translation catalogue (src/generated/locales, built from locales/*.xlf): the
 * same texts the forms show, looked up by lit-localize's message id. The
 * catalogues are plain data, so this stays free of the DOM. (The elements use
 * evaluation-records.ts, without the catalogues: their page has them already.)
 */
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { templates as enTemplates } from '../generated/locales/en.js';
import { templates as svTemplates } from '../generated/locales/sv.js';
import { writeCsv, type CsvOptions } from './evaluation-records.js';
import type { Locale, LocalizedText } from './text.js';

export * from './evaluation-records.js';

const catalogues: Record<Exclude<Locale, 'fi'>, Record<string, unknown>> = { sv: svTemplates, en: enTemplates };

/** A Finnish text of the library in `locale`, from the translation catalogue; Finnish when it has none. */
export function translateText(text: LocalizedText, locale: Locale): string {
  if (typeof text !== 'string') return text[locale] || text.fi;
  if (locale === 'fi') return text;
  const translated = catalogues[locale][generateMsgId(text, false)];
  return typeof translated === 'string' ? translated : text;
}

/**
 * One row per valid submission, one column per id in the form's order (shared
 * ids such as `a1` once; an id whose question differs by role, such as `b1`,
 * once per role as `kokemustoimija.b1`), as a string that starts with a
 * byte-order mark so that Excel reads ä and ö as UTF-8; lines end in CRLF;
 * cells are quoted as RFC 4180 says and a cell that a spreadsheet would run
 * as a formula (`=`, `+`, `-`, `@`, tab, CR first) starts with `'`. Open
 * answers of a respondent who did not allow quoting are left empty unless
 * `includeUnquotable`. Records that are not valid evaluation payloads are
 * left out (see `readEvaluations`).
 */
export function toCsv(payloads: readonly unknown[], options: CsvOptions = {}): string {
  const locale = options.headers === undefined || options.headers === 'ids' ? 'fi' : options.headers;
  return writeCsv(payloads, options, (text) => translateText(text, locale));
}
