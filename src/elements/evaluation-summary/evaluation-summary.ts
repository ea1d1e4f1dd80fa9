import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { TpEvent, type TpErrorDetail } from '../../events.js';
import { DEFAULT_MIN_N, evaluationDefinitions, evaluationRoles, isEvaluationRole, type EvaluationRole } from '../../schema/evaluation.js';
import type {
  EvaluationSummary,
  OpenAnswerSummary,
  SkippedRecord,
  StatementSummary,
  SummaryFilters,
} from '../../schema/evaluation-records.js';
import { localIsoDate } from '../../schema/dates.js';
import { agreementScale } from '../../schema/scale.js';
import { currentLocale, formatDay, localize } from '../../internal/localization.js';
import { TpElement, defineElement } from '../../internal/tp-element.js';
import { legend, statementView, type ScaleWords } from './evaluation-summary.parts.js';
import { evaluationSummaryStyles } from './evaluation-summary.styles.js';

/** `tp-export`: the file an export button made. Cancel it (`preventDefault()`) to handle the file yourself. */
export interface TpExportDetail {
  format: 'csv' | 'json';
  filename: string;
  /** The file's text (CSV with its byte-order mark, or JSON). */
  content: string;
  /** The filters it was made with. */
  filters: SummaryFilters;
}

// Reading the payloads (zod) loads after the element is first drawn: a page
// with forms and a summary draws the forms without it.
const loadRecords = () => import('../../schema/evaluation-records.js');
type Records = Awaited<ReturnType<typeof loadRecords>>;

const roleName = (role: EvaluationRole) => localize(evaluationDefinitions[role].subtitle ?? role);

/**
 * Many evaluation forms at once: for each statement the number of answers,
 * the mean, the median and how the answers spread from 1 to 5 (a stacked bar
 * and the same numbers as a table), and the open answers that may be quoted.
 * Filters narrow it to one role, one activity type ("Toiminnan muoto") or a
 * period; the buttons download what the filters show as CSV or JSON.
 *
 * When to use: an organisation looks back at many pairs' evaluations to
 * develop its pair work ("vastauksia voidaan hyödyntää toiminnan
 * kehittämisessä"). When not to use: for one pair going through its own two
 * forms — that is `<tp-pair-reflection>`.
 *
 * How it works: give it the `tyopari/evaluation@1` payloads you stored
 * (`payloads`). Each is checked; records that are not valid are skipped,
 * counted and reported in the element and with `tp-error`. When a filter
 * leaves fewer answers than `min-n` (default 3), only counts are shown and
 * nothing can be exported, so a filter cannot single out one person. Open
 * answers are listed only where the respondent allowed quoting; the others
 * are counted. Nothing is sent anywhere.
 *
 * @summary Statistics, charts and quotable answers of many evaluation forms, with filters and CSV/JSON export.
 *
 * @fires tp-error - When some of `payloads` are not valid evaluation payloads. `detail: { message, issues }` (`issues` lists each skipped record: `{ index, reason, issues }`).
 * @fires tp-export - When an export button is pressed, before the download. `detail: { format, filename, content, filters }`; cancel it to handle the file yourself.
 *
 * @csspart filters - The filter controls.
 * @csspart status - The line saying how many answers are shown.
 * @csspart skipped - The notice about records that were skipped.
 * @csspart too-few - The notice shown when a filter leaves too few answers.
 * @csspart export - The export buttons.
 * @csspart button - Each export button.
 * @csspart legend - The colour key of the charts.
 * @csspart statement - One statement with its chart and table.
 * @csspart chart - A stacked bar.
 * @csspart table - The table under a chart.
 * @csspart open-answers - The quotable open answers of one question.
 *
 * @cssprop --tp-color-accent - Main colour of headings and buttons.
 * @cssprop --tp-color-focus - Colour of the focus ring.
 * @cssprop --tp-font-family - Font of the element.
 * @cssprop --tp-chart-1 - Colour of answer 1 (and --tp-chart-2 … --tp-chart-5).
 * @cssprop --tp-form-max-width - Widest the element grows (default 44rem).
 */
export class TpEvaluationSummary extends TpElement {
  static override styles = evaluationSummaryStyles;

  /** The stored `tyopari/evaluation@1` payloads, any number, both roles. Invalid records are skipped and reported. */
  @property({ attribute: false }) payloads: readonly unknown[] = [];

  /** Fewest answers a filter may leave before only counts are shown. */
  @property({ type: Number, attribute: 'min-n' }) minN = DEFAULT_MIN_N;

  @state() private roleFilter: EvaluationRole | '' = '';
  @state() private activityType = '';
  @state() private from = '';
  @state() private to = '';

  private skipped: SkippedRecord[] = [];

  /** The filters chosen now. */
  get filters(): SummaryFilters {
    return {
      role: this.roleFilter || undefined,
      activityType: this.activityType || undefined,
      from: this.from || undefined,
      to: this.to || undefined,
      minN: this.effectiveMinN,
    };
  }

  private get effectiveMinN() {
    return Number.isFinite(this.minN) && this.minN >= 1 ? Math.floor(this.minN) : DEFAULT_MIN_N;
  }

  /** The records' rules, loaded with the first `payloads` (the default `[]` too). */
  private records?: Records;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('payloads')) {
      // Not loaded (a network gone): the title stays alone, and the console says why.
      this.track(this.read(this.payloads)).catch((error: unknown) => console.error('tyopari-forms: the summary could not read the payloads.', error));
    }
  }

  /** Reads `payloads` and reports the ones skipped; a newer `payloads` given meanwhile is read instead. */
  private async read(payloads: readonly unknown[]) {
    const records = (this.records ??= await loadRecords());
    if (payloads !== this.payloads) return;
    this.skipped = records.readEvaluations(payloads ?? []).skipped;
    if (this.skipped.length > 0) {
      this.dispatchEvent(
        new TpEvent<TpErrorDetail>('tp-error', {
          message: `${this.skipped.length} of the payloads are not valid evaluation payloads and were skipped.`,
          issues: this.skipped,
        }),
      );
    }
    this.requestUpdate();
  }

  override render() {
    const title = html`<h2 class="title">${msg('Arviointien yhteenveto')}</h2>`;
    // Until the records' rules have loaded (`updateComplete` waits for them): the title only.
    if (!this.records) return html`<div lang=${currentLocale()}>${title}</div>`;
    const summary = this.records.summarise(this.payloads ?? [], this.filters);
    const words: ScaleWords = {
      minLabel: localize(agreementScale.minLabel),
      maxLabel: localize(agreementScale.maxLabel),
    };
    if (summary.activityTypes.length === 0) {
      // No valid answers at all: nothing to filter or count yet.
      return html`<div lang=${currentLocale()}>
        ${title} ${this.renderSkipped()}
        <p class="notice" part="status">${msg('Arviointilomakkeiden vastauksia ei ole vielä.')}</p>
      </div>`;
    }
    return html`<div lang=${currentLocale()}>
      ${title} ${this.renderSkipped()} ${this.renderFilters(summary)} ${this.renderStatus(summary)}
      ${summary.suppressed ? this.renderTooFew(summary) : this.renderExport()}
      ${this.renderStatements(summary, words)} ${this.renderOpenAnswers(summary)}
    </div>`;
  }

  private renderSkipped() {
    const count = this.skipped.length;
    if (count === 0) return nothing;
    const positions = this.skipped.map((record) => record.index + 1).join(', ');
    return html`<div class="notice notice--warning" part="skipped">
      <p class="notice-title">
        ${count === 1 ? msg('1 vastaus ohitettiin') : msg(str`${count} vastausta ohitettiin`)}
      </p>
      <p>
        ${msg(str`Ne eivät ole kelvollisia arviointilomakkeen vastauksia, eikä niitä lasketa mukaan. Kohdat aineistossa: ${positions}.`)}
      </p>
    </div>`;
  }

  private renderFilters(summary: EvaluationSummary) {
    const onRole = (event: Event) => {
      const value = (event.target as HTMLSelectElement).value;
      this.roleFilter = isEvaluationRole(value) ? value : '';
    };
    return html`<fieldset class="filters" part="filters">
      <legend class="filters-title">${msg('Rajaa vastauksia')}</legend>
      <div class="filter">
        <label class="label" for="role">${msg('Vastaaja', { desc: 'exportColumns.2.label' })}</label>
        <select id="role" .value=${this.roleFilter} @change=${onRole}>
          <option value="" ?selected=${this.roleFilter === ''}>${msg('Kaikki vastaajat')}</option>
          ${evaluationRoles.map(
            (role) => html`<option value=${role} ?selected=${this.roleFilter === role}>${roleName(role)}</option>`,
          )}
        </select>
      </div>
      <div class="filter">
        <label class="label" for="activity">${localize(evaluationDefinitions.kokemustoimija.details[0]!.text)}</label>
        <select
          id="activity"
          .value=${this.activityType}
          @change=${(event: Event) => (this.activityType = (event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${this.activityType === ''}>${msg('Kaikki toiminnan muodot')}</option>
          ${summary.activityTypes.map(
            (type) =>
              html`<option value=${type.key} ?selected=${this.activityType === type.key}>${type.label} (${type.n})</option>`,
          )}
        </select>
      </div>
      <div class="filter filter--date">
        <label class="label" for="from">${msg('Lähetetty aikaisintaan')}</label>
        <input
          id="from"
          type="date"
          .value=${this.from}
          max=${this.to || nothing}
          @change=${(event: Event) => (this.from = (event.target as HTMLInputElement).value)}
        />
      </div>
      <div class="filter filter--date">
        <label class="label" for="to">${msg('Lähetetty viimeistään')}</label>
        <input
          id="to"
          type="date"
          .value=${this.to}
          min=${this.from || nothing}
          @change=${(event: Event) => (this.to = (event.target as HTMLInputElement).value)}
        />
      </div>
    </fieldset>`;
  }

  /** How many answers the filters leave, said again to a screen reader when it changes. */
  private renderStatus(summary: EvaluationSummary) {
    const { kokemustoimija, ammattilainen } = summary.byRole;
    const period =
      this.from || this.to
        ? ` ${msg(str`Aikaväli: ${this.from ? formatDay(this.from) : '…'}–${this.to ? formatDay(this.to) : '…'}.`)}`
        : '';
    const chosen = [
      this.roleFilter ? roleName(this.roleFilter) : '',
      summary.activityTypes.find((type) => type.key === this.activityType)?.label ?? '',
    ].filter(Boolean);
    return html`${chosen.length
        ? html`<p class="print-only">${msg(str`Rajaus: ${chosen.join(', ')}`)}</p>`
        : nothing}<p class="status" part="status" role="status">
      ${msg(
        str`Näytetään ${summary.n} vastausta: ${roleName('kokemustoimija')} ${kokemustoimija}, ${roleName('ammattilainen')} ${ammattilainen}.`,
      )}${period}
    </p>`;
  }

  private renderTooFew(summary: EvaluationSummary) {
    return html`<div class="notice" part="too-few">
      <p class="notice-title">${msg('Vain vastausten määrät näytetään')}</p>
      <p>
        ${msg(
          str`Rajaus jättää ${summary.n} vastausta, alle ${summary.minN}. Siksi keskiarvoja, jakaumia ja avoimia vastauksia ei näytetä eikä vastauksia voi ladata: yksittäistä vastaajaa ei saa voida tunnistaa.`,
        )}
      </p>
    </div>`;
  }

  private renderExport() {
    return html`<div class="export" part="export">
      <button type="button" class="button button--secondary" part="button" @click=${() => this.export('csv')}>
        ${msg('Lataa CSV')}
      </button>
      <button type="button" class="button button--secondary" part="button" @click=${() => this.export('json')}>
        ${msg('Lataa JSON')}
      </button>
      <p class="hint">${msg('Tiedostossa ovat rajauksen vastaukset. Avoimet vastaukset ovat mukana vain, jos vastaaja antoi luvan lainata niitä.')}</p>
    </div>`;
  }

  /** The statements grouped as on the forms: section A (both roles), then section B of each role. */
  private groups(summary: EvaluationSummary) {
    const groups: { key: string; title: string; statements: StatementSummary[]; open: OpenAnswerSummary[] }[] = [];
    const title = (sectionId: string, role: EvaluationRole | undefined) => {
      const section = evaluationDefinitions.kokemustoimija.sections.find((each) => each.id === sectionId);
      const name = section?.title ? localize(section.title) : sectionId.toUpperCase();
      const owner = role ?? (this.roleFilter || undefined);
      return owner ? `${name}: ${roleName(owner)}` : name;
    };
    const add = (sectionId: string, role: EvaluationRole | undefined) => {
      const key = `${sectionId}-${role ?? 'all'}`;
      let group = groups.find((each) => each.key === key);
      if (!group) {
        group = { key, title: title(sectionId, role), statements: [], open: [] };
        groups.push(group);
      }
      return group;
    };
    for (const statement of summary.statements) add(statement.sectionId, statement.role).statements.push(statement);
    for (const answer of summary.openAnswers) add(answer.sectionId, answer.role).open.push(answer);
    return groups;
  }

  private renderStatements(summary: EvaluationSummary, words: ScaleWords) {
    const { min, max } = agreementScale;
    return html`${summary.suppressed ? nothing : legend(min, max, words)}
    ${this.groups(summary).map(
      (group) => html`<section class="section" aria-labelledby="group-${group.key}">
        <h3 class="section-title" id="group-${group.key}">${group.title}</h3>
        ${group.statements.map((statement, index) => statementView(statement, index + 1, words))}
      </section>`,
    )}`;
  }

  private renderOpenAnswers(summary: EvaluationSummary) {
    if (summary.suppressed) return nothing;
    return html`<section class="section open-answers" aria-labelledby="open-title">
      <h3 class="section-title" id="open-title">${msg('Avoimet vastaukset')}</h3>
      <p>${msg('Näytetään vain vastaukset, joiden vastaaja antoi luvan lainata niitä suoraan.')}</p>
      ${this.groups(summary).map((group) =>
        group.open.length
          ? html`<h4 class="subsection-title">${group.title}</h4>
              ${group.open.map((question, index) => this.renderQuestion(question, index + 1))}`
          : nothing,
      )}
    </section>`;
  }

  /** One question's quotable answers; the respondent's role is named where both roles answer it. */
  private renderQuestion(question: OpenAnswerSummary, number: number) {
    const withheld = question.withheld;
    return html`<div class="question" part="open-answers">
      <h5 class="question-title">${number}. ${localize(question.text)}</h5>
      ${question.quotes.length
        ? html`<ul class="quotes">
            ${question.quotes.map(
              (quote) => html`<li>
                <blockquote>${quote.text}</blockquote>
                ${question.role || this.roleFilter ? nothing : html`<p class="quote-source">— ${roleName(quote.role)}</p>`}
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">${msg('Ei lainattavia vastauksia.')}</p>`}
      ${withheld
        ? html`<p class="muted withheld">
            ${withheld === 1
              ? msg('1 vastaus jätettiin pois, koska vastaaja ei antanut lupaa lainata.')
              : msg(str`${withheld} vastausta jätettiin pois, koska vastaajat eivät antaneet lupaa lainata.`)}
          </p>`
        : nothing}
    </div>`;
  }

  /**
   * Makes the file of what the filters show and downloads it unless a
   * `tp-export` listener cancels. `undefined` when the filters leave too few
   * answers, or before the payloads have been read (await `updateComplete`).
   */
  export(format: 'csv' | 'json'): TpExportDetail | undefined {
    const { records, filters } = this;
    if (!records || records.summarise(this.payloads ?? [], filters).suppressed) return undefined;
    const shown = records
      .readEvaluations(this.payloads ?? [])
      .records.filter((record) => records.matchesFilters(record.payload, filters))
      .map((record) => record.payload);
    const content =
      format === 'csv'
        ? records.writeCsv(shown, { headers: currentLocale() }, localize)
        : JSON.stringify(records.quotablePayloads(shown), null, 2);
    const detail: TpExportDetail = {
      format,
      filename: `${msg('arvioinnit')}-${localIsoDate(new Date())}.${format}`,
      content,
      filters,
    };
    const event = new CustomEvent<TpExportDetail>('tp-export', { detail, bubbles: true, composed: true, cancelable: true });
    if (this.dispatchEvent(event)) download(detail);
    return detail;
  }
}

function download({ format, filename, content }: TpExportDetail) {
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

defineElement('tp-evaluation-summary', TpEvaluationSummary);

/** The events of `<tp-evaluation-summary>` with their exact details. */
export interface TpEvaluationSummaryEventMap extends HTMLElementEventMap {
  'tp-error': TpEvent<TpErrorDetail>;
  'tp-export': CustomEvent<TpExportDetail>;
}

// Typed listeners, merged into the class (see TpEvaluationForm for why they are written out).
export interface TpEvaluationSummary {
  addEventListener<K extends keyof TpEvaluationSummaryEventMap>(
    type: K,
    listener: (this: TpEvaluationSummary, event: TpEvaluationSummaryEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof TpEvaluationSummaryEventMap>(
    type: K,
    listener: (this: TpEvaluationSummary, event: TpEvaluationSummaryEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'tp-evaluation-summary': TpEvaluationSummary;
  }
}
