/**
 * Reading many stored evaluation payloads, without a DOM and without the
 * translation catalogue: checking them one by one (`readEvaluations`), the
 * numbers of `<tp-evaluation-summary>` (`summarise`) and the CSV writer.
 * `tyopari-forms/schema` offers these through export.ts, whose `toCsv` adds
 * Swedish and English column headers from the catalogue; the elements use
 * this module directly, so their pages load no catalogue they already have.
 */
import { DEFAULT_MIN_N, evaluationDefinitions, evaluationRoles, type EvaluationRole } from './evaluation.js';
import { evaluationPayloadSchema, type EvaluationPayload } from './evaluation-payload.js';
import { localIsoDate } from './dates.js';
import type { Item, LikertItem, Questionnaire, TextItem } from './questionnaire.js';
import type { Locale, LocalizedText } from './text.js';

/** One payload the export could not use, by its place in the list given (0-based). */
export interface SkippedRecord {
  index: number;
  /** `not-evaluation`: not a valid evaluation payload; `unknown-form`: a form this version of the library does not know; `out-of-scale`: a rating outside the form's scale. */
  reason: 'not-evaluation' | 'unknown-form' | 'out-of-scale';
  /** zod's issues for `not-evaluation`, otherwise one issue naming the field. */
  issues: { path: PropertyKey[]; message: string }[];
}

/** A valid payload with the definition it answers. */
export interface ReadEvaluation {
  index: number;
  payload: EvaluationPayload;
  definition: Questionnaire;
}

/** The definition a payload answers (its `form` id and version), when the library knows it. */
export function evaluationDefinitionOf(payload: Pick<EvaluationPayload, 'form' | 'role'>): Questionnaire | undefined {
  const definition = evaluationDefinitions[payload.role];
  return definition && definition.id === payload.form.id && definition.version === payload.form.version
    ? definition
    : undefined;
}

/** Splits `payloads` into the usable ones (with their definitions) and the skipped ones. */
export function readEvaluations(payloads: readonly unknown[]): { records: ReadEvaluation[]; skipped: SkippedRecord[] } {
  const records: ReadEvaluation[] = [];
  const skipped: SkippedRecord[] = [];
  (Array.isArray(payloads) ? payloads : []).forEach((candidate: unknown, index) => {
    const parsed = evaluationPayloadSchema.safeParse(candidate);
    if (!parsed.success) {
      skipped.push({
        index,
        reason: 'not-evaluation',
        issues: parsed.error.issues.map(({ path, message }) => ({ path, message })),
      });
      return;
    }
    const payload = parsed.data;
    const definition = evaluationDefinitionOf(payload);
    if (!definition) {
      skipped.push({
        index,
        reason: 'unknown-form',
        issues: [{ path: ['form'], message: `Unknown form ${payload.form.id}@${payload.form.version} for ${payload.role}` }],
      });
      return;
    }
    const { min, max } = definition.scale;
    const outside = Object.entries(payload.ratings).find(([, value]) => value < min || value > max);
    if (outside) {
      skipped.push({
        index,
        reason: 'out-of-scale',
        issues: [{ path: ['ratings', outside[0]], message: `Rating ${outside[1]} is outside ${min}–${max}` }],
      });
      return;
    }
    records.push({ index, payload, definition });
  });
  return { records, skipped };
}

/** What `summarise` (and the summary element) narrows the answers to (`minN` defaults to `DEFAULT_MIN_N`). Every field is optional. */
export interface SummaryFilters {
  role?: EvaluationRole | undefined;
  /** "Toiminnan muoto", matched after trimming and case-folding (see `activityKey`). */
  activityType?: string | undefined;
  /** First day of `submittedAt` to include, `YYYY-MM-DD` (the day in the local time zone). */
  from?: string | undefined;
  /** Last day of `submittedAt` to include, `YYYY-MM-DD`. */
  to?: string | undefined;
  /** Fewer answers than this show counts only, so a filter cannot single out one person. Default 3. */
  minN?: number | undefined;
}

/** The key activity types are grouped by: trimmed, inner spaces folded, case-folded. */
export function activityKey(activityType: string): string {
  return activityType.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');
}

/** Whether one payload passes `filters` (the role, activity type and date range). */
export function matchesFilters(payload: EvaluationPayload, filters: SummaryFilters = {}): boolean {
  if (filters.role && payload.role !== filters.role) return false;
  if (filters.activityType && activityKey(payload.activityType) !== activityKey(filters.activityType)) return false;
  if (filters.from || filters.to) {
    const day = localIsoDate(new Date(payload.submittedAt));
    if (filters.from && day < filters.from) return false;
    if (filters.to && day > filters.to) return false;
  }
  return true;
}

/** One statement across the answers: `counts[i]` answered `min + i`. */
export interface StatementSummary {
  id: string;
  /** Set for a statement of one role only (section B); `undefined` when both roles answer it. */
  role: EvaluationRole | undefined;
  /** The statement in Finnish (or as the definition gives it); `localize()` it for the screen. */
  text: LocalizedText;
  sectionId: string;
  n: number;
  /** `undefined` when `n` is below `minN` (counts only) or 0. */
  mean: number | undefined;
  median: number | undefined;
  /** The distribution from `min` to `max`; `undefined` when `n` is below `minN`. */
  counts: number[] | undefined;
  min: number;
  max: number;
}

/** The answers to one open question that may be quoted, and how many may not. */
export interface OpenAnswerSummary {
  id: string;
  role: EvaluationRole | undefined;
  text: LocalizedText;
  sectionId: string;
  /** Answers of respondents who allowed quoting; empty when the answers are too few (see `suppressed`). */
  quotes: { text: string; role: EvaluationRole; submittedAt: string }[];
  /** Answers left out because their respondent did not allow quoting. */
  withheld: number;
}

export interface EvaluationSummary {
  /** Valid answers that pass the filters. */
  n: number;
  minN: number;
  /** `n` is below `minN`: only counts are given. */
  suppressed: boolean;
  byRole: Record<EvaluationRole, number>;
  /** Activity types among all valid answers (not only the filtered ones), most common first. */
  activityTypes: { key: string; label: string; n: number }[];
  statements: StatementSummary[];
  openAnswers: OpenAnswerSummary[];
  /** Records that were not valid evaluation payloads, for all filters alike. */
  skipped: SkippedRecord[];
}

/** `statements` of a definition's section with the role they belong to (undefined when every role has them). */
interface Column {
  id: string;
  item: Item;
  role: EvaluationRole | undefined;
  sectionId: string;
  definition: Questionnaire;
}

const sameText = (a: LocalizedText, b: LocalizedText) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The items of the definitions in use, in form order. An id both roles ask
 * with the same words is one column (`a1`); an id whose words differ by role
 * (`b1`) is one column per role, named `kokemustoimija.b1`.
 */
function columnsOf(definitions: Questionnaire[]): Column[] {
  const byRole = evaluationRoles.flatMap((role) => {
    const definition = evaluationDefinitions[role];
    return definitions.includes(definition) ? [[role, definition] as const] : [];
  });
  const texts = new Map<string, LocalizedText[]>();
  for (const [, definition] of byRole) {
    for (const section of definition.sections) {
      for (const item of section.items) texts.set(item.id, [...(texts.get(item.id) ?? []), item.text]);
    }
  }
  const shared = (id: string) => {
    const list = texts.get(id) ?? [];
    return list.length === byRole.length && list.every((text) => sameText(text, list[0]!));
  };
  const columns: Column[] = [];
  const seen = new Set<string>();
  // Shared items first (section A, in order), then each role's own.
  for (const [role, definition] of byRole) {
    for (const section of definition.sections) {
      for (const item of section.items) {
        const common = shared(item.id) || byRole.length === 1;
        const id = common ? item.id : `${role}.${item.id}`;
        if (seen.has(id)) continue;
        seen.add(id);
        columns.push({ id, item, role: common ? undefined : role, sectionId: section.id, definition });
      }
    }
  }
  const order = (column: Column) => (column.role === undefined ? 0 : 1 + evaluationRoles.indexOf(column.role));
  return columns
    .map((column, position) => ({ column, position }))
    .sort((a, b) => order(a.column) - order(b.column) || a.position - b.position)
    .map(({ column }) => column);
}

/** The definitions a role filter leaves (both roles when there is no filter). */
const definitionsFor = (role: EvaluationRole | undefined) =>
  role ? [evaluationDefinitions[role]] : evaluationRoles.map((each) => evaluationDefinitions[each]);

const answersTo = (column: Column, record: ReadEvaluation) =>
  column.role === undefined || column.role === record.payload.role;

/** The middle value of sorted numbers (the mean of the two middle ones for an even count). */
function median(sorted: number[]): number | undefined {
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The numbers of `<tp-evaluation-summary>`: per statement n, mean, median and
 * the distribution; per open question the answers that may be quoted and a
 * count of those that may not. Below `filters.minN` answers (default 3) only
 * counts are given (`suppressed`), for the whole set and for each statement.
 */
export function summarise(payloads: readonly unknown[], filters: SummaryFilters = {}): EvaluationSummary {
  const minN = filters.minN ?? DEFAULT_MIN_N;
  const { records: all, skipped } = readEvaluations(payloads);
  const records = all.filter((record) => matchesFilters(record.payload, filters));
  const suppressed = records.length < minN;
  const columns = columnsOf(definitionsFor(filters.role));

  const statements: StatementSummary[] = [];
  const openAnswers: OpenAnswerSummary[] = [];
  for (const column of columns) {
    const answering = records.filter((record) => answersTo(column, record));
    if (column.item.kind === 'likert') {
      const { min, max } = column.definition.scale;
      const values = answering
        .map((record) => record.payload.ratings[column.item.id])
        .filter((value): value is number => value !== undefined)
        .sort((a, b) => a - b);
      const hidden = suppressed || values.length < minN || values.length === 0;
      const counts = Array.from({ length: max - min + 1 }, (_, offset) => values.filter((value) => value === min + offset).length);
      statements.push({
        id: column.id,
        role: column.role,
        text: column.item.text,
        sectionId: column.sectionId,
        n: values.length,
        mean: hidden ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length,
        median: hidden ? undefined : median(values),
        counts: hidden ? undefined : counts,
        min,
        max,
      });
    } else if (column.item.kind === 'text') {
      const given = answering.flatMap((record) => {
        const text = record.payload.openAnswers[column.item.id];
        return text?.trim() ? [{ text: text.trim(), record }] : [];
      });
      const quotable = given.filter(({ record }) => record.payload.quotePermission);
      openAnswers.push({
        id: column.id,
        role: column.role,
        text: column.item.text,
        sectionId: column.sectionId,
        quotes: suppressed
          ? []
          : quotable.map(({ text, record }) => ({ text, role: record.payload.role, submittedAt: record.payload.submittedAt })),
        withheld: given.length - quotable.length,
      });
    }
  }

  const groups = new Map<string, { labels: Map<string, number>; n: number }>();
  for (const { payload } of all) {
    const key = activityKey(payload.activityType);
    const group = groups.get(key) ?? { labels: new Map(), n: 0 };
    const label = payload.activityType.trim().replace(/\s+/g, ' ');
    group.labels.set(label, (group.labels.get(label) ?? 0) + 1);
    group.n++;
    groups.set(key, group);
  }
  const activityTypes = [...groups]
    .map(([key, group]) => ({
      key,
      // The spelling most answers used (the first of equals).
      label: [...group.labels].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0],
      n: group.n,
    }))
    .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label, 'fi'));

  const byRole = Object.fromEntries(
    evaluationRoles.map((role) => [role, records.filter((record) => record.payload.role === role).length]),
  ) as Record<EvaluationRole, number>;

  return { n: records.length, minN, suppressed, byRole, activityTypes, statements, openAnswers, skipped };
}

/** Labels of the columns that are not questions; `label` texts are translated like the forms' texts. */
export const exportColumns = [
  { id: 'submissionId', label: 'Vastauksen tunniste' },
  { id: 'submittedAt', label: 'Lähetetty' },
  { id: 'role', label: 'Vastaaja' },
  { id: 'pairId', label: 'Työpari' },
  { id: 'locale', label: 'Kieli' },
  { id: 'form', label: 'Lomake' },
  { id: 'activityType', label: 'Toiminnan muoto' },
  { id: 'duration', label: 'Yhteistyön kesto' },
] as const;

export const quotePermissionColumn = { id: 'quotePermission', label: 'Lainauslupa' } as const;

export interface CsvOptions {
  /** Header row: item ids (`a1`, default) or the questions in Finnish, Swedish or English. */
  headers?: 'ids' | Locale;
  /** Also write open answers whose respondent did not allow quoting (default: left empty). */
  includeUnquotable?: boolean;
  /** `,` (RFC 4180, default) or `;` (what Excel expects where the decimal mark is a comma). */
  delimiter?: ',' | ';';
}

/** Starts that a spreadsheet would read as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: a text that a spreadsheet would run as a formula gets a `'`
 * in front, and a cell with the delimiter, a quote or a line break is quoted
 * with its quotes doubled (RFC 4180).
 */
export function csvCell(value: string | number | boolean | undefined, delimiter: ',' | ';' = ','): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * `toCsv` with the header texts given by `translate` (a Finnish text in the
 * language `options.headers` names): see `toCsv` in export.ts.
 */
export function writeCsv(
  payloads: readonly unknown[],
  options: CsvOptions,
  translate: (text: LocalizedText) => string,
): string {
  const { headers = 'ids', includeUnquotable = false, delimiter = ',' } = options;
  const { records } = readEvaluations(payloads);
  const used = [...new Set(records.map((record) => record.definition))];
  const questions = columnsOf(used.length ? used : definitionsFor(undefined));
  const header = (id: string, text: LocalizedText, role?: EvaluationRole) => {
    if (headers === 'ids') return id;
    const question = translate(text);
    return role ? `${translate(evaluationDefinitions[role].subtitle ?? role)}: ${question}` : question;
  };
  const head = [
    ...exportColumns.map((column) => header(column.id, column.label)),
    ...questions.map((column) => header(column.id, column.item.text, column.role)),
    header(quotePermissionColumn.id, quotePermissionColumn.label),
  ];
  const rows = records.map(({ payload }) => {
    const meta: Record<(typeof exportColumns)[number]['id'], string | undefined> = {
      submissionId: payload.submissionId,
      submittedAt: payload.submittedAt,
      role: payload.role,
      pairId: payload.pairId,
      locale: payload.locale,
      form: `${payload.form.id}@${payload.form.version}`,
      activityType: payload.activityType,
      duration: payload.duration,
    };
    const answers = questions.map((column) => {
      if (column.role !== undefined && column.role !== payload.role) return undefined;
      const item = column.item as LikertItem | TextItem;
      if (item.kind === 'likert') return payload.ratings[item.id];
      return payload.quotePermission || includeUnquotable ? payload.openAnswers[item.id] : undefined;
    });
    return [...exportColumns.map((column) => meta[column.id]), ...answers, payload.quotePermission];
  });
  const line = (cells: (string | number | boolean | undefined)[]) =>
    cells.map((cell) => csvCell(cell, delimiter)).join(delimiter);
  return `\uFEFF${[head, ...rows].map(line).join('\r\n')}\r\n`;
}

/**
 * The payloads as a host may show or share them: open answers of a respondent
 * who did not allow quoting are removed (unless `includeUnquotable`).
 */
export function quotablePayloads(payloads: readonly unknown[], includeUnquotable = false): EvaluationPayload[] {
  return readEvaluations(payloads).records.map(({ payload }) =>
    payload.quotePermission || includeUnquotable ? payload : { ...payload, openAnswers: {} },
  );
}
