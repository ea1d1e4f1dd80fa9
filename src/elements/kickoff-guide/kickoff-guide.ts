import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { TpEvent, type TpChangeDetail, type TpErrorDetail, type TpSubmitEvent, type TpSubmitFailedDetail } from '../../events.js';
import {
  editKickoffAnswers,
  emptyKickoffAnswers,
  kickoffAnswersFromRecord,
  kickoffGuide,
  kickoffPairFields,
  type KickoffAgreementId,
  type KickoffAnswers,
  type KickoffParseResult,
  type KickoffQuestionId,
  type KickoffRecord,
} from '../../schema/kickoff.js';
import { errorSummary, focusField, halfTypedDates, summaryLine } from '../../internal/form-issues.js';
import { FormSession, type BuildResult, type SendContext } from '../../internal/form-session.js';
import { issueMessage, type ValidationIssue } from '../../internal/issue-messages.js';
import { currentLocale, localize } from '../../internal/localization.js';
import { isBlank } from '../../schema/invisible.js';
import { TpFormElement, defineElement } from '../../internal/tp-element.js';
import {
  fieldId,
  guideItems,
  guideSection,
  itemCard,
  loadError,
  modelIntro,
  pairDetails,
  pairFieldLabel,
  progress,
  stepNav,
  viewSwitch,
  type GuideItem,
} from './kickoff-parts.js';
import { kickoffGuideStyles } from './kickoff-guide.styles.js';

export type KickoffView = 'all' | 'step' | 'print';

// The record's rules (zod): the guide draws without them and loads them once
// it is on the page, for `value`, drafts and saving.
const loadRecordRules = () => import('../../schema/kickoff-record.js');
type RecordRules = Awaited<ReturnType<typeof loadRecordRules>>;

const items = guideItems(kickoffGuide);

/** The question or agreement a field belongs to: `notes-pair_1` → `pair_1`, `agreements-x-note` → `x`. */
const itemIdOf = (fieldId: string) => /^(?:notes|discussed|agreements)-([A-Za-z0-9_]+)/.exec(fieldId)?.[1];

/** The text of a field named by its id (`pair-group`, `notes-pair_1`, `agreements-x-note`), or '' . */
function textAt(answers: KickoffAnswers, id: string): string {
  const [group, key, part] = id.split('-');
  const value =
    group === 'pair'
      ? answers.pair[key as keyof KickoffAnswers['pair']]
      : group === 'notes'
        ? answers.notes[key as KickoffQuestionId]
        : group === 'agreements' && part === 'note'
          ? answers.agreements[key as KickoffAgreementId]?.note
          : undefined;
  return value ?? '';
}

/** Below this width the guide starts one question at a time, unless `view` says otherwise. */
const NARROW = '(max-width: 40rem)';

/**
 * The professional and the experience expert talk through the questions of
 * "Yhteistyön käynnistäminen", write down what they agreed, and save or print
 * a summary to keep as their working agreement.
 *
 * When to use: on the shared screen of the pair's kickoff meeting, before the
 * group starts. When not to use: to evaluate finished work (use
 * `<tp-evaluation-form>`). Every field is optional; the only checks are length,
 * a real meeting date, and no personal identity code in any text.
 *
 * @summary The first meeting of a new pair: questions to talk through, notes, and the agreements checklist.
 *
 * @fires tp-change - On every edit. `detail: { id, value }`; `id` is the field's path in the record:
 *   `pair.professional`, `notes.pair_1`, `discussed.group_3` (boolean), `agreements.practicalMatters.done`
 *   (boolean), `agreements.practicalMatters.note`.
 * @fires tp-submit - On "Tallenna yhteenveto": a `TpSubmitEvent` whose `detail` is a `KickoffRecord` (schema `tyopari/kickoff@1`).
 *   Call `event.waitUntil(promise)` to keep the notes marked unsaved until your store has them.
 * @fires tp-submit-failed - When the host did not store the record. `detail: { submissionId, reason, status? }`.
 * @fires tp-invalid - When saving is blocked by a field to fix. `detail: { missing, issues }`.
 * @fires tp-error - When `value` is given something that is not a kickoff record. `detail: { message, issues }`.
 * @fires tp-draft - When a saved draft was restored, dropped or discarded. `detail: { status }`.
 *
 * @csspart intro - The short introduction of the pair-work model.
 * @csspart pair - The names, group and meeting date.
 * @csspart progress - "7 / 16 käsitelty" and its bar.
 * @csspart view-switch - The choice between all questions and one at a time.
 * @csspart question - One question or agreement with its notes.
 * @csspart field - A label with its control, hint and error.
 * @csspart step-nav - Previous and next in one-at-a-time view.
 * @csspart submit - The save button.
 * @csspart print - The print button.
 * @csspart confirmation - The message after saving.
 * @csspart error-summary - The list of fields to fix.
 * @csspart load-error - The message shown when `value` could not be loaded.
 * @csspart draft-notice - The notice about a saved draft.
 * @csspart send-failure - Shown when the host did not store the summary: the notes are still here.
 * @csspart retry - The button that saves the same summary again.
 * @csspart send-status - The status line that says "Tallennetaan…" while saving.
 * @csspart form - The `<form>` around the questions and agreements.
 * @csspart input - A one-line text or date box.
 * @csspart textarea - A text area for a longer answer.
 * @csspart checkbox - A tick box.
 * @csspart field-error - The error message under one field.
 *
 * @cssprop --tp-color-accent - Main colour of buttons, headings and the progress bar.
 * @cssprop --tp-color-error - Colour of errors.
 * @cssprop --tp-color-focus - Colour of the focus ring.
 * @cssprop --tp-font-family - Font of the guide.
 * @cssprop --tp-form-max-width - Widest the guide grows (default 44rem).
 */
export class TpKickoffGuide extends TpFormElement {
  static override styles = kickoffGuideStyles;

  /**
   * `all` questions at once, `step` one at a time, or `print`: the printed
   * summary on screen, without controls. Without it the guide shows all on a
   * wide screen and one at a time on a narrow one. The user's choice sets it.
   */
  @property({ reflect: true }) view: KickoffView | null = null;

  /** Keep a draft: `autosave` (this tab only) or `autosave="local"` (this browser, up to 30 days). */
  @property() autosave: string | null = null;

  @state() private step = 0;
  @state() private narrow = false;
  @state() private loadProblem?: TpErrorDetail;

  private readonly session = new FormSession<KickoffAnswers, KickoffRecord>(this, {
    content: 'notes',
    allowLocalDrafts: true,
    keepsEditing: true,
    empty: emptyKickoffAnswers,
    apply: (answers, path, value) =>
      typeof value === 'string' || typeof value === 'boolean' ? editKickoffAnswers(answers, path, value) : answers,
    fieldOf: fieldId,
    draftIdentity: () => ({ id: kickoffGuide.id, version: kickoffGuide.version }),
    loadDraftParser: async () => {
      const { kickoffAnswersSchema } = await this.loadRules();
      return (data) => {
        const parsed = kickoffAnswersSchema.safeParse(data);
        return parsed.success ? parsed.data : undefined;
      };
    },
    build: (answers, context) => this.build(answers, context),
    messages: (errors) => this.errorMessages(errors),
    isMissing: (answers, id) => isBlank(textAt(answers, id)),
  });

  private get answers(): KickoffAnswers {
    return this.session.answers;
  }

  private media?: MediaQueryList;
  private readonly onMediaChange = () => (this.narrow = this.media?.matches ?? false);

  /** The record's rules once loaded (right after the first render). */
  private rules?: RecordRules;
  /** The latest record given to `value`; an older one still loading is dropped. */
  private givenValue?: unknown;

  private async loadRules(): Promise<RecordRules> {
    this.rules ??= await loadRecordRules();
    return this.rules;
  }

  /**
   * The record of what is on screen now (`savedAt` is now), or `undefined`
   * while a field needs fixing. The rules it is checked with load right after
   * the guide is first drawn: read it after `updateComplete` (`undefined`
   * before that).
   */
  get value(): KickoffRecord | undefined {
    const result = this.rules?.buildKickoffRecord(this.answers, { locale: currentLocale() });
    return result?.success ? result.data : undefined;
  }

  /**
   * Loads a saved record (or its JSON text) to go on with. It replaces what is
   * on screen, a restored draft included, once the record's rules have loaded
   * (`updateComplete` waits for it). Anything that is not a
   * `tyopari/kickoff@1` record is refused: an error is shown, `tp-error` is
   * sent and what is on screen stays. `undefined` and `null` change nothing.
   */
  set value(input: unknown) {
    if (input === undefined || input === null) return;
    this.givenValue = input;
    void this.track(this.load(input));
  }

  private async load(input: unknown) {
    const parsed = await this.loadRules().then(
      (rules) => rules.parseKickoffRecord(input),
      (): KickoffParseResult => ({ success: false, message: 'The record could not be checked: its rules did not load.', issues: [] }),
    );
    if (input !== this.givenValue) return;
    if (!parsed.success) {
      this.loadProblem = { message: parsed.message, issues: parsed.issues };
      this.dispatchEvent(new TpEvent<TpErrorDetail>('tp-error', this.loadProblem));
      return;
    }
    this.session.replace(kickoffAnswersFromRecord(parsed.data), { fromHost: true });
    this.loadProblem = undefined;
  }

  override connectedCallback(): void {
    // A `value` set before the element was defined sits on the instance; run it through the setter.
    if (Object.hasOwn(this, 'value')) {
      const pending = (this as { value?: unknown }).value;
      delete (this as { value?: unknown }).value;
      this.value = pending;
    }
    super.connectedCallback();
    this.media = window.matchMedia(NARROW);
    this.media.addEventListener('change', this.onMediaChange);
    this.onMediaChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.media?.removeEventListener('change', this.onMediaChange);
  }

  /** The view shown now: the attribute or the user's choice, else one that fits the screen. */
  get currentView(): KickoffView {
    if (this.view === 'all' || this.view === 'step' || this.view === 'print') return this.view;
    return this.narrow ? 'step' : 'all';
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('autosave') || changed.has('draftKey')) this.session.openDraft();
  }

  protected override firstUpdated(): void {
    // Not loaded (a network gone): tried again by `value`, a draft or a save, which say so.
    void this.track(this.loadRules()).catch(() => undefined);
  }

  /** How many of the questions and agreements are marked discussed or agreed. */
  get done(): number {
    return items.filter((item) => this.isChecked(item.kind, item.id)).length;
  }

  private isChecked(kind: 'question' | 'agreement', id: string): boolean {
    return kind === 'question'
      ? this.answers.discussed.includes(id as KickoffQuestionId)
      : this.answers.agreements[id as KickoffAgreementId]?.done === true;
  }

  /**
   * Checks the summary and sends `tp-submit` with the record; otherwise shows
   * what to fix. A double click saves once; saving again needs an edit first.
   */
  submit(): Promise<boolean> {
    return this.session.submit();
  }

  private async build(answers: KickoffAnswers, context: SendContext): Promise<BuildResult<KickoffRecord>> {
    // A meeting date typed only in part reads as empty; say so rather than drop it quietly.
    const halfTyped = halfTypedDates(this.renderRoot);
    const { buildKickoffRecord } = await this.loadRules();
    const result = buildKickoffRecord(answers, {
      locale: context.locale,
      savedAt: context.now,
      submissionId: context.submissionId,
    });
    if (result.success && halfTyped.length === 0) return { ok: true, payload: result.data };
    const issues = [...halfTyped, ...(result.success ? [] : result.error.issues)];
    const errors = new Map<string, ValidationIssue>();
    for (const issue of issues) {
      const id = fieldId(issue.path.map(String).join('.'));
      if (!errors.has(id)) errors.set(id, issue);
    }
    return { ok: false, errors, issues };
  }

  /** Moves to the field, first turning to its step in step view. */
  private async goToField(fieldId: string) {
    const index = items.findIndex((item) => item.id === itemIdOf(fieldId));
    if (index >= 0 && this.currentView === 'step') {
      this.step = index;
      await this.updateComplete;
    }
    focusField(this.shadowRoot, fieldId);
  }

  private async move(delta: -1 | 1) {
    this.step = Math.min(items.length - 1, Math.max(0, this.step + delta));
    await this.focusAfterUpdate(`#${items[this.step]!.id}-title`);
  }

  private print() {
    window.print();
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    void this.submit();
  }

  /** Each field's error in the current language. */
  private errorMessages(errors: ReadonlyMap<string, ValidationIssue> = this.session.errors): Map<string, string> {
    return new Map(
      [...errors].map(([id, issue]) => [id, issueMessage(issue, id === fieldId('pair.meetingDate') ? 'date' : 'text', 'pair')]),
    );
  }

  /** The field as the summary names it: its label, or the question or agreement it belongs to. */
  private summaryLabel(fieldId: string): string {
    const pairField = kickoffPairFields.find((field) => fieldId === `pair-${field}`);
    if (pairField) return pairFieldLabel(pairField);
    const item = items.find((candidate) => candidate.id === itemIdOf(fieldId));
    return item ? localize(item.text) : fieldId;
  }

  private renderItems(view: KickoffView, errors: Map<string, string>) {
    const current = items[this.step];
    const stepView = view === 'step';
    const section = (id: string, title: string, intro?: string) =>
      guideSection({
        id,
        title,
        intro,
        offStep: stepView && current?.sectionId !== id,
        cards: items
          .filter((item) => item.sectionId === id)
          .map((item) =>
            itemCard({
              item,
              offStep: stepView && item !== current,
              checked: this.isChecked(item.kind, item.id),
              notes: this.notesOf(item),
              errors,
              onEdit: (path, value) => this.session.edit(path, value),
            }),
          ),
      });
    return html`${kickoffGuide.sections.map((guideSection) => section(guideSection.id, guideSection.title))}
    ${section('agreements', kickoffGuide.agreements.title, msg('Rastittakaa kohta, kun asiasta on sovittu.'))}`;
  }

  private notesOf(item: GuideItem): string {
    return (
      (item.kind === 'question'
        ? this.answers.notes[item.id as KickoffQuestionId]
        : this.answers.agreements[item.id as KickoffAgreementId]?.note) ?? ''
    );
  }

  override render() {
    const view = this.currentView;
    const { session } = this;
    const errors = this.errorMessages();
    const summary = session.showSummary
      ? [...errors].map(([id, message]) => ({ id, message: summaryLine(this.summaryLabel(id), message) }))
      : [];
    // The source explains the model before "Yhteistyön käynnistäminen": so does the guide.
    return html`<div lang=${currentLocale()} class="guide guide--${view}">
      ${modelIntro(kickoffGuide, 2)}
      <div class="heading">
        <h2 class="title" id="title" tabindex="-1">${localize(kickoffGuide.title)}</h2>
        <p>${localize(kickoffGuide.intro)}</p>
        <p class="how">
          ${msg('Kirjoittakaa kysymysten alle, mitä sovitte tai haluatte muistaa, ja rastittakaa käsitellyt kohdat. Lopuksi voitte tallentaa ja tulostaa yhteenvedon.')}
        </p>
      </div>
      ${this.loadProblem ? loadError() : nothing} ${session.renderNotices()}
      ${errorSummary(summary, (id) => void this.goToField(id))}
      <form part="form" novalidate aria-labelledby="title" @submit=${this.onSubmit}>
        ${pairDetails(this.answers.pair, errors, (path, value) => session.edit(path, value))}
        <div class="toolbar">
          ${progress(this.done, items.length)}
          ${view === 'print' ? nothing : viewSwitch(view, (next) => (this.view = next))}
        </div>
        ${this.renderItems(view, errors)} ${view === 'step' ? stepNav(this.step, items.length, (delta) => void this.move(delta)) : nothing}
        <div class="actions">
          ${session.renderSubmit(msg('Tallenna yhteenveto'))}
          <button type="button" class="button button--secondary" part="print" @click=${this.print}>${msg('Tulosta')}</button>
        </div>
        <div class="save-status" part="confirmation" role="status">
          ${session.phase === 'sent'
            ? html`<p>${msg('Yhteenveto on tallennettu. Voitte jatkaa muokkaamista tai tulostaa sen.')}</p>`
            : session.renderStatus()}
        </div>
      </form>
    </div>`;
  }
}

defineElement('tp-kickoff-guide', TpKickoffGuide);

/** The events of `<tp-kickoff-guide>` with their exact details. */
export interface TpKickoffGuideEventMap extends HTMLElementEventMap {
  'tp-submit': TpSubmitEvent<KickoffRecord>;
  'tp-submit-failed': TpEvent<TpSubmitFailedDetail>;
  'tp-change': TpEvent<TpChangeDetail>;
}

// Typed listeners, merged into the class. Written out per element: a shared generic
// interface cannot be merged here (TS2320, it clashes with HTMLElement's own overloads).
export interface TpKickoffGuide {
  addEventListener<K extends keyof TpKickoffGuideEventMap>(
    type: K,
    listener: (this: TpKickoffGuide, event: TpKickoffGuideEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof TpKickoffGuideEventMap>(
    type: K,
    listener: (this: TpKickoffGuide, event: TpKickoffGuideEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'tp-kickoff-guide': TpKickoffGuide;
  }
}
