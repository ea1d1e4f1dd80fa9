import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { TpEvent, type TpDraftDetail, type TpErrorDetail, type TpFieldChangeDetail, type TpInvalidDetail } from '../../events.js';
import {
  buildKickoffRecord,
  editKickoffAnswers,
  emptyKickoffAnswers,
  kickoffAnswersFromRecord,
  kickoffAnswersSchema,
  kickoffGuide,
  kickoffPairFields,
  parseKickoffRecord,
  type KickoffAgreementId,
  type KickoffAnswers,
  type KickoffQuestionId,
  type KickoffRecord,
} from '../../schema/kickoff.js';
import { DraftStore, draftMode, draftNotice, type DraftNoticeStatus } from '../../internal/draft.js';
import {
  errorSummary,
  focusField,
  halfTypedDates,
  summaryLine,
} from '../../internal/form-parts.js';
import { issueMessage, type ValidationIssue } from '../../internal/issue-messages.js';
import { currentLocale, localize } from '../../internal/localization.js';
import { TpElement, defineElement } from '../../internal/tp-element.js';
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

const items = guideItems(kickoffGuide);

/** The question or agreement a field belongs to: `notes-pair_1` → `pair_1`, `agreements-x-note` → `x`. */
const itemIdOf = (fieldId: string) => /^(?:notes|discussed|agreements)-([A-Za-z0-9_]+)/.exec(fieldId)?.[1];

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
 * @fires tp-submit - On "Tallenna yhteenveto". `detail` is a `KickoffRecord` (schema `tyopari/kickoff@1`).
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
export class TpKickoffGuide extends TpElement {
  static override styles = kickoffGuideStyles;

  /**
   * `all` questions at once, `step` one at a time, or `print`: the printed
   * summary on screen, without controls. Without it the guide shows all on a
   * wide screen and one at a time on a narrow one. The user's choice sets it.
   */
  @property({ reflect: true }) view: KickoffView | null = null;

  /** Keep a draft: `autosave` (this tab only) or `autosave="local"` (this browser, up to 30 days). */
  @property() autosave: string | null = null;

  @state() private answers: KickoffAnswers = emptyKickoffAnswers();
  @state() private step = 0;
  @state() private narrow = false;
  /** The broken rule of each field; worded at render time, so a language switch rewords it. */
  @state() private errors = new Map<string, ValidationIssue>();
  @state() private showSummary = false;
  @state() private saved = false;
  @state() private loadProblem?: TpErrorDetail;
  @state() private draftStatus: DraftNoticeStatus;

  private draft?: DraftStore<KickoffAnswers>;
  private media?: MediaQueryList;
  private readonly onMediaChange = () => (this.narrow = this.media?.matches ?? false);

  /** The record of what is on screen now (`savedAt` is now), or `undefined` while a field needs fixing. */
  get value(): KickoffRecord | undefined {
    const result = buildKickoffRecord(this.answers, { locale: currentLocale() });
    return result.success ? result.data : undefined;
  }

  /**
   * Loads a saved record (or its JSON text) to go on with. It replaces what is
   * on screen, a restored draft included. Anything that is not a
   * `tyopari/kickoff@1` record is refused: an error is shown, `tp-error` is
   * sent and what is on screen stays. `undefined` and `null` change nothing.
   */
  set value(input: unknown) {
    if (input === undefined || input === null) return;
    const parsed = parseKickoffRecord(input);
    if (!parsed.success) {
      this.loadProblem = { message: parsed.message, issues: parsed.issues };
      this.dispatchEvent(new TpEvent<TpErrorDetail>('tp-error', this.loadProblem));
      return;
    }
    this.answers = kickoffAnswersFromRecord(parsed.data);
    this.loadProblem = undefined;
    this.errors = new Map();
    this.showSummary = false;
    this.saved = false;
    this.draftStatus = undefined;
    this.valueLoaded = true;
  }

  private valueLoaded = false;

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
    if (changed.has('autosave')) this.openDraft();
  }

  private openDraft() {
    const mode = draftMode(this.autosave);
    this.draft = undefined;
    if (!mode) return;
    const form = { id: kickoffGuide.id, version: kickoffGuide.version };
    this.draft = new DraftStore(mode, form, (data) => {
      const parsed = kickoffAnswersSchema.safeParse(data);
      return parsed.success ? parsed.data : undefined;
    });
    const loaded = this.draft.load();
    // A record the host loaded on purpose wins over an older draft.
    if (loaded.status === 'restored' && this.valueLoaded) return;
    if (loaded.status === 'restored') this.answers = loaded.data;
    if (loaded.status !== 'none') {
      this.draftStatus = loaded.status;
      this.dispatchEvent(new TpEvent<TpDraftDetail>('tp-draft', { status: loaded.status }));
    }
  }

  /** Applies one edit (named by its path in the record): keeps the draft, clears the field's error, tells the host. */
  private edit(path: string, value: string | boolean) {
    const next = editKickoffAnswers(this.answers, path, value);
    if (next === this.answers) return;
    this.answers = next;
    this.saved = false;
    if (this.errors.has(fieldId(path))) {
      const errors = new Map(this.errors);
      errors.delete(fieldId(path));
      this.errors = errors;
    }
    if (this.draft) {
      this.draft.save(this.answers);
      // A new draft after one was discarded or dropped can be removed again.
      if (this.draftStatus !== 'restored') this.draftStatus = 'saved';
    }
    this.dispatchEvent(new TpEvent<TpFieldChangeDetail>('tp-change', { id: path, value }));
  }

  private async discardDraft() {
    this.draft?.clear();
    this.answers = emptyKickoffAnswers();
    this.errors = new Map();
    this.showSummary = false;
    this.saved = false;
    this.draftStatus = 'discarded';
    this.dispatchEvent(new TpEvent<TpDraftDetail>('tp-draft', { status: 'discarded' }));
    await this.focusTitle();
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

  /** Checks the summary and sends `tp-submit` with the record; otherwise shows what to fix. */
  async submit(): Promise<boolean> {
    const result = buildKickoffRecord(this.answers, { locale: currentLocale() });
    // A meeting date typed only in part reads as empty; say so rather than drop it quietly.
    const halfTyped = halfTypedDates(this.renderRoot);
    if (!result.success || halfTyped.length > 0) {
      await this.showIssues([...halfTyped, ...(result.success ? [] : result.error.issues)]);
      return false;
    }
    this.draft?.clear();
    this.draftStatus = undefined;
    this.errors = new Map();
    this.showSummary = false;
    this.saved = true;
    this.dispatchEvent(new TpEvent('tp-submit', result.data));
    return true;
  }

  private async showIssues(issues: readonly ValidationIssue[]) {
    const errors = new Map<string, ValidationIssue>();
    for (const issue of issues) {
      const id = fieldId(issue.path.map(String).join('.'));
      if (!errors.has(id)) errors.set(id, issue);
    }
    this.errors = errors;
    this.showSummary = true;
    this.dispatchEvent(
      new TpEvent<TpInvalidDetail>('tp-invalid', {
        missing: [],
        issues: [...this.errorMessages()].map(([id, message]) => ({ id, message })),
      }),
    );
    await this.focusAfterUpdate('.error-summary');
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
  private errorMessages(): Map<string, string> {
    return new Map(
      [...this.errors].map(([id, issue]) => [id, issueMessage(issue, id === fieldId('pair.meetingDate') ? 'date' : 'text')]),
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
              onEdit: (path, value) => this.edit(path, value),
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
    const mode = draftMode(this.autosave);
    const errors = this.errorMessages();
    const summary = this.showSummary
      ? [...errors].map(([id, message]) => ({ id, message: summaryLine(this.summaryLabel(id), message) }))
      : [];
    return html`<div lang=${currentLocale()} class="guide guide--${view}">
      <div class="heading">
        <h2 class="title" id="title" tabindex="-1">${localize(kickoffGuide.title)}</h2>
        <p>${localize(kickoffGuide.intro)}</p>
        <p class="how">
          ${msg('Kirjoittakaa kysymysten alle, mitä sovitte tai haluatte muistaa, ja rastittakaa käsitellyt kohdat. Lopuksi voitte tallentaa ja tulostaa yhteenvedon.')}
        </p>
      </div>
      ${this.loadProblem ? loadError() : nothing} ${mode ? draftNotice(this.draftStatus, mode, () => void this.discardDraft(), 'notes') : nothing}
      ${modelIntro(kickoffGuide)} ${errorSummary(summary, (id) => void this.goToField(id))}
      <form part="form" novalidate aria-labelledby="title" @submit=${this.onSubmit}>
        ${pairDetails(this.answers.pair, errors, (path, value) => this.edit(path, value))}
        <div class="toolbar">
          ${progress(this.done, items.length)}
          ${view === 'print' ? nothing : viewSwitch(view, (next) => (this.view = next))}
        </div>
        ${this.renderItems(view, errors)} ${view === 'step' ? stepNav(this.step, items.length, (delta) => void this.move(delta)) : nothing}
        <div class="actions">
          <button type="submit" class="button" part="submit">${msg('Tallenna yhteenveto')}</button>
          <button type="button" class="button button--secondary" part="print" @click=${this.print}>${msg('Tulosta')}</button>
        </div>
        <div class="save-status" part="confirmation" role="status">
          ${this.saved ? html`<p>${msg('Yhteenveto on tallennettu. Voitte jatkaa muokkaamista tai tulostaa sen.')}</p>` : nothing}
        </div>
      </form>
    </div>`;
  }
}

defineElement('tp-kickoff-guide', TpKickoffGuide);

/** The events of `<tp-kickoff-guide>` with their exact details. */
export interface TpKickoffGuideEventMap extends HTMLElementEventMap {
  'tp-submit': TpEvent<KickoffRecord>;
  'tp-change': TpEvent<TpFieldChangeDetail>;
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
