import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import {
  TpEvent,
  type TpChangeDetail,
  type TpErrorDetail,
  type TpSubmitEvent,
  type TpSubmitFailedDetail,
} from '../../events.js';
import { evaluationDefinitions, evaluationRoles, goThroughAnswersTogether, type EvaluationRole } from '../../schema/evaluation.js';
import type { EvaluationPayload } from '../../schema/evaluation-payload.js';
import type { LikertItem, TextItem } from '../../schema/questionnaire.js';
import type { PairReading, ReflectionAnswers, ReflectionPayload, SharedStatement } from '../../schema/reflection.js';
import { DISCUSS_DIFFERENCE, reflectionLimits } from '../../schema/reflection-limits.js';
import { errorSummary, focusField, summaryLine } from '../../internal/form-issues.js';
import { FormSession, type BuildResult, type FieldValue, type SendContext } from '../../internal/form-session.js';
import { issueMessage, type ValidationIssue } from '../../internal/issue-messages.js';
import { currentLocale, localize } from '../../internal/localization.js';
import { TpFormElement, defineElement, formInternals } from '../../internal/tp-element.js';
import { markKey, ratingAxis, ratingWords, roleName } from './pair-reflection.parts.js';
import { pairReflectionStyles } from './pair-reflection.styles.js';

// Reading the payloads and checking the notes (zod) load after the element is
// first drawn: a page with forms and a review draws the forms without them.
const loadRules = async () => {
  const [reflection, { exportColumns }] = await Promise.all([
    import('../../schema/reflection.js'),
    import('../../schema/evaluation-records.js'),
  ]);
  return { ...reflection, exportColumns };
};
type Rules = Awaited<ReturnType<typeof loadRules>>;

const REFLECTION_FORM = { id: 'pair-reflection', version: 1 } as const;

const emptyReflection = (): ReflectionAnswers => ({ notes: {}, actions: [''] });

/** The DOM id of a note's text area (`notes.kokemustoimija.b1` → `note-kokemustoimija-b1`). */
const noteFieldId = (key: string) => `note-${key.replace(/\W/g, '-')}`;
const actionFieldId = (index: number) => `action-${index + 1}`;

/** The field a `tp-change` id or an issue path belongs to. */
function fieldOf(id: string): string {
  if (id.startsWith('notes.')) return noteFieldId(id.slice('notes.'.length));
  const action = /^actions\.(\d+)$/.exec(id);
  return action ? actionFieldId(Number(action[1])) : id;
}

/** Shown instead of the comparison when the payloads cannot be one pair's. */
function problemMessage(reading: Extract<PairReading, { status: 'problem' }>) {
  switch (reading.problem) {
    case 'invalid':
      return msg('Kaikki vastaukset eivät ole kelvollisia arviointilomakkeen vastauksia, joten niitä ei voi näyttää.');
    case 'same-role':
      return msg('Molemmat vastaukset ovat saman roolin lomakkeita. Työparin läpikäyntiin tarvitaan kokemustoimijan ja ammattilaisen lomakkeet.');
    case 'pair-mismatch':
      return msg('Vastaukset ovat eri työpareilta. Valitkaa saman työparin kaksi lomaketta.');
    case 'too-many':
      return msg('Vastauksia on enemmän kuin kaksi. Työparin läpikäyntiin tarvitaan yksi kokemustoimijan ja yksi ammattilaisen lomake.');
  }
}

/**
 * The pair goes through its two evaluation forms together ("vastaukset
 * käydään läpi yhdessä keskustellen"): the ratings of section A side by side
 * on one 1–5 axis, statements two or more points apart marked "kannattaa
 * keskustella", section B of each partner under its owner, and the open
 * answers of both next to each other. The pair writes a shared note per
 * statement and the development points it agrees on ("Mitä kehitämme?"),
 * then saves them.
 *
 * When to use: after both partners have sent `<tp-evaluation-form>`, give
 * this element their two payloads (same `pairId`). When not to use: to look
 * at many pairs at once — that is `<tp-evaluation-summary>`.
 *
 * How it works: each payload is checked. With one payload the element shows
 * that side and says the partner's form is still missing. Two of one role,
 * different `pairId`s or an invalid record: a message and `tp-error`.
 * Open answers whose writer did not allow quoting are marked "ei saa lainata";
 * the pair still sees them. "Tallenna" sends `tp-submit` with a
 * `tyopari/reflection@1` payload and, like the forms, waits for the host's
 * `waitUntil` and keeps a draft with `autosave`.
 *
 * @summary The pair's discussion of its two evaluation forms: differences first, shared notes and development points.
 *
 * @fires tp-change - On every edit of a note or a development point. `detail: { id, value }` (`notes.a1`, `actions`).
 * @fires tp-submit - When the pair saves. `detail` is a `ReflectionPayload` (schema `tyopari/reflection@1`); call `event.waitUntil(promise)` to say when it is stored.
 * @fires tp-submit-failed - When the host did not store it. `detail: { submissionId, reason, status? }`.
 * @fires tp-invalid - When a save is blocked (a note over its length). `detail: { missing, issues }`.
 * @fires tp-error - When `payloads` cannot be one pair's evaluations. `detail: { message, issues }`.
 * @fires tp-draft - When a draft was restored, dropped, discarded or cannot be kept. `detail: { status }`.
 *
 * @csspart pair-error - The message shown when the payloads cannot be one pair's.
 * @csspart partner-missing - The notice that the partner's form is still missing.
 * @csspart statement - One statement with both ratings, the difference and the note.
 * @csspart discuss - The "Kannattaa keskustella" mark.
 * @csspart axis - The 1–5 axis with the partners' marks.
 * @csspart differences-first - The "Näytä erot ensin" toggle.
 * @csspart open-answer - One partner's answer to an open question.
 * @csspart no-quoting - The mark on an answer that may not be quoted.
 * @csspart textarea - A note.
 * @csspart input - A development point.
 * @csspart submit - The save button.
 * @csspart send-failure - Shown when the host did not store the notes: they are still here.
 * @csspart send-status - The status line while saving.
 * @csspart confirmation - The line that says the notes were saved.
 *
 * @cssprop --tp-color-accent - Main colour of buttons, headings and the experience expert's mark.
 * @cssprop --tp-color-professional - Colour of the professional's mark (default #5b2a86).
 * @cssprop --tp-color-focus - Colour of the focus ring.
 * @cssprop --tp-font-family - Font of the element.
 * @cssprop --tp-form-max-width - Widest the element grows (default 44rem).
 */
export class TpPairReflection extends TpFormElement {
  static override styles = pairReflectionStyles;

  /** The pair's `tyopari/evaluation@1` payloads: one per role, with the same `pairId`. */
  @property({ attribute: false }) payloads: readonly unknown[] = [];

  /** Keep a draft: `autosave` (this tab only) or `autosave="local"` (this browser, up to 30 days). */
  @property() autosave: string | null = null;

  /** List the statements the partners rated 2 or more points apart first. */
  @state() private differencesFirst = false;

  private reading: PairReading = { status: 'empty' };
  private readonly internals = formInternals(this);

  private readonly session = new FormSession<ReflectionAnswers, ReflectionPayload>(this, {
    content: 'notes',
    allowLocalDrafts: true,
    keepsEditing: true,
    empty: emptyReflection,
    apply: (answers, id, value) => applyEdit(answers, id, value),
    fieldOf,
    draftIdentity: () =>
      this.reading.status === 'complete' || this.reading.status === 'partner-missing'
        ? { ...REFLECTION_FORM, scope: this.reading.pairId ?? '' }
        : undefined,
    loadDraftParser: async () => {
      const { reflectionAnswersSchema } = await loadRules();
      return (data) => {
        const parsed = reflectionAnswersSchema.safeParse(data);
        return parsed.success ? { notes: parsed.data.notes, actions: parsed.data.actions.length ? parsed.data.actions : [''] } : undefined;
      };
    },
    build: (answers, context) => this.build(answers, context),
    messages: (errors) => new Map([...errors].map(([id, issue]) => [id, issueMessage(issue, 'text', 'pair')])),
    isMissing: () => false,
  });

  private get answers(): ReflectionAnswers {
    return this.session.answers;
  }

  /** The pair as read from `payloads`: complete, partner missing, empty, or a problem. */
  get pair(): PairReading {
    return this.reading;
  }

  /** The rules once loaded (right after the first render); until then only the title shows. */
  private rules?: Rules;
  private rulesLoading?: Promise<void>;

  protected override willUpdate(changed: PropertyValues): void {
    this.internals.ariaLabel = msg('Arviointien läpikäynti yhdessä');
    if (!this.rules) {
      this.rulesLoading ??= this.track(loadRules()).then(
        (rules) => {
          this.rules = rules;
          // Now read the payloads (and open the draft of the pair they name).
          this.requestUpdate('payloads', undefined);
        },
        (error: unknown) => console.error('tyopari-forms: the review could not read the payloads.', error),
      );
      return;
    }
    if (changed.has('payloads')) {
      const before = this.reading;
      this.reading = this.rules.readPair(this.payloads ?? []);
      if (this.reading.status === 'problem') {
        const { message, skipped } = this.reading;
        this.dispatchEvent(new TpEvent<TpErrorDetail>('tp-error', { message, issues: skipped }));
      }
      const scope = (reading: PairReading) => ('pairId' in reading ? (reading.pairId ?? '') : undefined);
      const otherPair = scope(before) !== scope(this.reading);
      // Another pair's evaluations: its notes start empty (or from its own draft), never from the last pair's.
      if (otherPair && scope(before) !== undefined) this.session.replace(emptyReflection());
      if (otherPair || changed.has('autosave') || changed.has('draftKey')) this.session.openDraft();
    } else if (changed.has('autosave') || changed.has('draftKey')) {
      this.session.openDraft();
    }
  }

  /** Checks the notes and sends `tp-submit`; a double click saves once, saving again needs an edit. */
  submit(): Promise<boolean> {
    return this.session.submit();
  }

  private async build(answers: ReflectionAnswers, context: SendContext): Promise<BuildResult<ReflectionPayload>> {
    const reading = this.reading;
    const sources = 'byRole' in reading ? evaluationRoles.flatMap((role) => reading.byRole[role] ?? []) : [];
    const { buildReflectionPayload } = await loadRules();
    const result = buildReflectionPayload(answers, {
      sources,
      pairId: 'pairId' in reading ? reading.pairId : undefined,
      locale: context.locale,
      savedAt: context.now,
      submissionId: context.submissionId,
    });
    if (result.success) return { ok: true, payload: result.data };
    const errors = new Map<string, ValidationIssue>();
    for (const issue of result.error.issues) {
      const [group, key] = issue.path;
      if (group !== 'notes' && group !== 'actions') continue;
      const id = fieldOf(`${group}.${String(key)}`);
      if (!errors.has(id)) errors.set(id, issue);
    }
    return { ok: false, errors, issues: result.error.issues };
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    void this.submit();
  }

  private async addAction() {
    const actions = [...this.answers.actions, ''];
    this.session.edit('actions', actions);
    await this.focusAfterUpdate(`#${actionFieldId(actions.length - 1)}`);
  }

  private async removeAction(index: number) {
    const actions = this.answers.actions.filter((_, at) => at !== index);
    this.session.edit('actions', actions.length ? actions : ['']);
    await this.focusAfterUpdate(
      actions.length ? `#${actionFieldId(Math.min(index, actions.length - 1))}` : '#add-action',
    );
  }

  override render() {
    const reading = this.reading;
    const { session } = this;
    const header = html`<div class="intro">
      <h2 class="title" id="title" tabindex="-1">${msg('Arviointien läpikäynti yhdessä')}</h2>
      <p>${localize(goThroughAnswersTogether)}</p>
    </div>`;
    // Until the rules have loaded (`updateComplete` waits for them) the payloads are not read yet.
    if (!this.rules) return html`<div lang=${currentLocale()}>${header}</div>`;
    if (reading.status === 'problem') {
      return html`<div lang=${currentLocale()}>
        ${header}
        <div class="error-summary" part="pair-error" role="alert">
          <h3 class="error-summary-title">${msg('Arviointeja ei voitu näyttää')}</h3>
          <p>${problemMessage(reading)}</p>
        </div>
      </div>`;
    }
    if (reading.status === 'empty') {
      return html`<div lang=${currentLocale()}>
        ${header}
        <p class="notice">${msg('Työparin arviointilomakkeita ei ole vielä annettu.')}</p>
      </div>`;
    }
    const errors = new Map([...session.errors].map(([id, issue]) => [id, issueMessage(issue, 'text', 'pair')]));
    const summary = session.showSummary
      ? [...errors].map(([id, message]) => ({ id, message: summaryLine(this.fieldLabel(id), message) }))
      : [];
    const roles = evaluationRoles.filter((role) => reading.byRole[role]);
    return html`<div lang=${currentLocale()}>
      ${header} ${this.renderPairDetails(reading.pairId, reading.byRole)}
      ${reading.status === 'partner-missing' ? this.renderPartnerMissing(roles[0]!) : nothing}
      ${session.renderNotices()} ${errorSummary(summary, (id) => focusField(this.shadowRoot, id))}
      <form part="form" novalidate aria-labelledby="title" @submit=${this.onSubmit}>
        ${this.renderSectionA(reading.shared, reading.byRole, roles, errors)}
        ${roles.map((role) => this.renderSectionB(role, reading.byRole[role]!, errors))} ${this.renderActions(errors)}
        <div class="actions">
          ${session.renderSubmit(msg('Tallenna'))}
          <button type="button" class="button button--secondary" part="print" @click=${() => window.print()}>
            ${msg('Tulosta')}
          </button>
        </div>
        <div class="save-status" part="confirmation" role="status">
          ${session.phase === 'sent'
            ? html`<p>${msg('Muistiinpanot on tallennettu. Voitte jatkaa muokkaamista tai tulostaa ne.')}</p>`
            : session.renderStatus()}
        </div>
      </form>
    </div>`;
  }

  private renderPairDetails(pairId: string | undefined, byRole: Partial<Record<EvaluationRole, EvaluationPayload>>) {
    const first = byRole.kokemustoimija ?? byRole.ammattilainen;
    const [activity, duration] = evaluationDefinitions.kokemustoimija.details;
    return html`<dl class="pair-details">
      ${pairId && this.rules
        ? html`<div><dt>${localize(this.rules.exportColumns.find((column) => column.id === 'pairId')!.label)}</dt><dd>${pairId}</dd></div>`
        : nothing}
      ${first
        ? html`<div><dt>${localize(activity!.text)}</dt><dd>${first.activityType}</dd></div>
            <div><dt>${localize(duration!.text)}</dt><dd>${first.duration}</dd></div>`
        : nothing}
    </dl>`;
  }

  private renderPartnerMissing(present: EvaluationRole) {
    return html`<div class="notice" part="partner-missing">
      <p class="notice-title">
        ${present === 'kokemustoimija'
          ? msg('Ammattilaisen arviointilomake puuttuu vielä.')
          : msg('Kokemustoimijan arviointilomake puuttuu vielä.')}
      </p>
      <p>${msg('Alla näkyvät toisen vastaukset. Vertailu näkyy, kun molemmat lomakkeet on annettu.')}</p>
    </div>`;
  }

  private noteField(key: string, label: string, errors: Map<string, string>) {
    const id = noteFieldId(key);
    const error = errors.get(id);
    const value = this.answers.notes[key] ?? '';
    return html`<div class="field note ${error ? 'field--error' : ''}">
      <label class="label" for=${id}>
        ${msg('Yhteinen muistiinpano')}<span class="visually-hidden">: ${label}</span>
        <span class="optional"> (${msg('valinnainen')})</span>
      </label>
      ${error
        ? html`<p id="${id}-error" class="field-error"><span class="visually-hidden">${msg('Virhe:')}</span> ${error}</p>`
        : nothing}
      <textarea
        id=${id}
        part="textarea"
        rows="2"
        .value=${live(value)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        @input=${(event: Event) => this.session.edit(`notes.${key}`, (event.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${value.trim() ? html`<p class="print-only note-print"><strong>${msg('Yhteinen muistiinpano')}:</strong> ${value}</p>` : nothing}
    </div>`;
  }

  private renderStatement(statement: SharedStatement, number: number, errors: Map<string, string>) {
    const { min, max } = evaluationDefinitions.kokemustoimija.scale;
    const text = localize(statement.text);
    return html`<li class="statement ${statement.discuss ? 'statement--discuss' : ''}" part="statement">
      <h4 class="statement-title" id="statement-${statement.id}">${number}. ${text}</h4>
      ${statement.discuss
        ? html`<p class="discuss" part="discuss"><span aria-hidden="true">!</span> ${msg('Kannattaa keskustella')}</p>`
        : nothing}
      ${ratingAxis(statement.ratings, min, max)} ${ratingWords(statement.ratings, statement.difference)}
      ${this.noteField(statement.id, text, errors)}
    </li>`;
  }

  private renderSectionA(
    shared: SharedStatement[],
    byRole: Partial<Record<EvaluationRole, EvaluationPayload>>,
    roles: EvaluationRole[],
    errors: Map<string, string>,
  ) {
    const section = evaluationDefinitions.kokemustoimija.sections[0]!;
    const numbered = shared.map((statement, index) => ({ statement, number: index + 1 }));
    const discuss = numbered.filter(({ statement }) => statement.discuss);
    const ordered = this.differencesFirst
      ? [...discuss, ...numbered.filter(({ statement }) => !statement.discuss)]
      : numbered;
    const both = roles.length === 2;
    const open = section.items.filter((item): item is TextItem => item.kind === 'text');
    return html`<section class="section" aria-labelledby="section-a">
      <h3 class="section-title" id="section-a">${section.title ? localize(section.title) : 'A'}</h3>
      ${markKey(roles)}
      ${both
        ? html`<div class="differences">
            <p>
              ${discuss.length === 0
                ? msg(str`Arvioissanne ei ole ${DISCUSS_DIFFERENCE} pisteen tai suurempia eroja.`)
                : discuss.length === 1
                  ? msg(str`Yhdessä väittämässä arvionne eroavat ${DISCUSS_DIFFERENCE} pistettä tai enemmän.`)
                  : msg(str`${discuss.length} väittämässä arvionne eroavat ${DISCUSS_DIFFERENCE} pistettä tai enemmän.`)}
            </p>
            ${discuss.length
              ? html`<button
                  type="button"
                  class="button button--secondary"
                  part="differences-first"
                  aria-pressed=${this.differencesFirst ? 'true' : 'false'}
                  @click=${() => (this.differencesFirst = !this.differencesFirst)}
                >
                  ${msg('Näytä erot ensin')}
                </button>`
              : nothing}
          </div>`
        : nothing}
      <ul class="statements">
        ${ordered.map(({ statement, number }) => this.renderStatement(statement, number, errors))}
      </ul>
      ${this.renderOpenAnswers(open, roles, byRole)}
    </section>`;
  }

  /** The open questions: both partners' answers next to each other, or one partner's under its own section. */
  private renderOpenAnswers(
    questions: TextItem[],
    roles: EvaluationRole[],
    byRole: Partial<Record<EvaluationRole, EvaluationPayload>>,
  ) {
    if (questions.length === 0) return nothing;
    return html`<h4 class="subsection-title">${msg('Avoimet kysymykset')}</h4>
      ${questions.map(
        (question, index) => html`<div class="question">
          <h5 class="question-title">${index + 1}. ${localize(question.text)}</h5>
          <div class="answers answers--${roles.length}">
            ${roles.map((role) => this.renderAnswer(role, byRole[role]!, question.id))}
          </div>
        </div>`,
      )}`;
  }

  private renderAnswer(role: EvaluationRole, payload: EvaluationPayload, id: string) {
    const text = payload.openAnswers[id]?.trim();
    return html`<div class="answer answer--${role}" part="open-answer">
      <p class="answer-role">${roleName(role)}</p>
      ${text ? html`<p class="answer-text">${text}</p>` : html`<p class="muted">${msg('Ei vastausta.')}</p>`}
      ${text && !payload.quotePermission
        ? html`<p class="no-quoting" part="no-quoting">${msg('Ei saa lainata: vastaaja ei antanut lupaa lainata.')}</p>`
        : nothing}
    </div>`;
  }

  private renderSectionB(role: EvaluationRole, payload: EvaluationPayload, errors: Map<string, string>) {
    const definition = evaluationDefinitions[role];
    const section = definition.sections[1]!;
    const statements = section.items.filter((item): item is LikertItem => item.kind === 'likert');
    const open = section.items.filter((item): item is TextItem => item.kind === 'text');
    const titleId = `section-b-${role}`;
    return html`<section class="section" aria-labelledby=${titleId}>
      <h3 class="section-title" id=${titleId}>${section.title ? localize(section.title) : 'B'}: ${roleName(role)}</h3>
      <ul class="statements">
        ${statements.map((item, index) => {
          const value = payload.ratings[item.id];
          const ratings = value === undefined ? {} : { [role]: value };
          const text = localize(item.text);
          return html`<li class="statement" part="statement">
            <h4 class="statement-title">${index + 1}. ${text}</h4>
            ${ratingAxis(ratings, definition.scale.min, definition.scale.max)} ${ratingWords(ratings, undefined)}
            ${this.noteField(`${role}.${item.id}`, text, errors)}
          </li>`;
        })}
      </ul>
      ${this.renderOpenAnswers(open, [role], { [role]: payload })}
    </section>`;
  }

  private renderActions(errors: Map<string, string>) {
    const actions = this.answers.actions;
    return html`<section class="section development" aria-labelledby="development-title">
      <h3 class="section-title" id="development-title">${msg('Mitä kehitämme?')}</h3>
      <p class="hint">${msg('Kirjatkaa kehittämiskohteet, joista sovitte yhdessä. Yksi kohde yhteen kenttään.')}</p>
      <ol class="action-list">
        ${actions.map((text, index) => {
          const id = actionFieldId(index);
          const error = errors.get(id);
          return html`<li class="field action ${error ? 'field--error' : ''}">
            <label class="label" for=${id}>${msg(str`Kehittämiskohde ${index + 1}`)}</label>
            ${error
              ? html`<p id="${id}-error" class="field-error"><span class="visually-hidden">${msg('Virhe:')}</span> ${error}</p>`
              : nothing}
            <div class="action-row">
              <input
                id=${id}
                type="text"
                part="input"
                .value=${live(text)}
                aria-invalid=${error ? 'true' : 'false'}
                aria-describedby=${error ? `${id}-error` : nothing}
                @input=${(event: Event) =>
                  this.session.edit(
                    'actions',
                    actions.map((each, at) => (at === index ? (event.target as HTMLInputElement).value : each)),
                  )}
              />
              ${actions.length > 1 || text
                ? html`<button type="button" class="button button--secondary remove" @click=${() => void this.removeAction(index)}>
                    ${msg('Poista')}<span class="visually-hidden"> ${msg(str`kehittämiskohde ${index + 1}`)}</span>
                  </button>`
                : nothing}
            </div>
            ${text.trim() ? html`<p class="print-only">${text}</p>` : nothing}
          </li>`;
        })}
      </ol>
      ${actions.length < reflectionLimits.actions
        ? html`<button type="button" id="add-action" class="button button--secondary" @click=${() => void this.addAction()}>
            ${msg('Lisää kehittämiskohde')}
          </button>`
        : nothing}
    </section>`;
  }

  /** The field as the error summary names it. */
  private fieldLabel(id: string): string {
    const action = /^action-(\d+)$/.exec(id);
    if (action) return msg(str`Kehittämiskohde ${action[1]}`);
    return msg('Yhteinen muistiinpano');
  }
}

/** One edit of the pair's notes: `notes.<key>` (text) or `actions` (the whole list). */
function applyEdit(answers: ReflectionAnswers, id: string, value: FieldValue): ReflectionAnswers {
  if (id.startsWith('notes.') && typeof value === 'string') {
    return { ...answers, notes: { ...answers.notes, [id.slice('notes.'.length)]: value } };
  }
  if (id === 'actions' && Array.isArray(value)) return { ...answers, actions: value.slice(0, reflectionLimits.actions) };
  return answers;
}

defineElement('tp-pair-reflection', TpPairReflection);

/** The events of `<tp-pair-reflection>` with their exact details. */
export interface TpPairReflectionEventMap extends HTMLElementEventMap {
  'tp-submit': TpSubmitEvent<ReflectionPayload>;
  'tp-submit-failed': TpEvent<TpSubmitFailedDetail>;
  'tp-change': TpEvent<TpChangeDetail>;
  'tp-error': TpEvent<TpErrorDetail>;
}

// Typed listeners, merged into the class (see TpEvaluationForm for why they are written out).
export interface TpPairReflection {
  addEventListener<K extends keyof TpPairReflectionEventMap>(
    type: K,
    listener: (this: TpPairReflection, event: TpPairReflectionEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof TpPairReflectionEventMap>(
    type: K,
    listener: (this: TpPairReflection, event: TpPairReflectionEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'tp-pair-reflection': TpPairReflection;
  }
}
