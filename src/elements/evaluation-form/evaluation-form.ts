import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { TpEvent, type TpDraftDetail, type TpErrorDetail, type TpFieldChangeDetail, type TpInvalidDetail } from '../../events.js';
import type { QuestionnaireAnswers } from '../../schema/answers.js';
import { evaluationDefinitions, isEvaluationRole, type EvaluationRole } from '../../schema/evaluation.js';
import type { EvaluationPayload } from '../../schema/evaluation-payload.js';
import { allItems, answerGroup, emptyAnswers } from '../../schema/items.js';
import type { Item, Questionnaire } from '../../schema/questionnaire.js';
import type { DraftMode, DraftNoticeStatus, DraftStore } from '../../internal/draft.js';
import {
  definitionError,
  errorSummary,
  focusField,
  summaryLine,
} from '../../internal/form-parts.js';
import type { FieldKind, ValidationIssue } from '../../internal/issue-messages.js';
import { currentLocale, localize } from '../../internal/localization.js';
import { TpElement, defineElement, formInternals } from '../../internal/tp-element.js';
import '../likert-scale/likert-scale.js';
import { renderItem, renderSection, type QuestionnaireView } from './evaluation-form.parts.js';
import { evaluationFormStyles } from './evaluation-form.styles.js';

// Unlike the other forms, this one loads zod, the answer rules, the drafts and
// the wording of errors only when needed (a host's definition, a draft, a
// submit): its first render has a size budget (16 KiB brotli, see vite.config.ts).
const loadValidation = () => import('../../schema/evaluation-payload.js');
const loadAnswerRules = () => import('../../schema/answers.js');
const loadDrafts = () => Promise.all([import('../../internal/draft.js'), loadAnswerRules()]);
// Errors, the thank-you and the send error exist only after a submit, so they load with the validation.
const loadIssueMessages = () => import('../../internal/issue-messages.js');
const loadSentViews = () => import('./evaluation-form.sent.js');
type SentViews = Awaited<ReturnType<typeof loadSentViews>>;
type IssueMessages = Awaited<ReturnType<typeof loadIssueMessages>>;
type DraftNoticeView = Awaited<ReturnType<typeof loadDrafts>>[0]['draftNotice'];

const fieldKind = (item: Item): FieldKind =>
  item.kind === 'likert' ? 'choice' : item.kind === 'consent' ? 'consent' : 'text';

/**
 * The form of the source document for the experience expert
 * (`respondent="kokemustoimija"`) or the professional
 * (`respondent="ammattilainen"`): "Toiminnan muoto" and "Yhteistyön kesto",
 * the statements of section A (shared) and section B (for the role), the open
 * questions, and permission to quote.
 *
 * When to use: after a period of pair work, each partner fills in their own
 * form; then they go through the answers together (`pair-id` links the two).
 * When not to use: for anonymous feedback from group members.
 *
 * How it works: every statement is required, open questions are optional
 * ("valinnainen"); quoting needs an explicit tick. `role` is accepted as a
 * synonym of `respondent` and moved there, since ARIA owns `role`.
 *
 * Error messages: a blocked send shows an error summary at the top (focused;
 * each line moves to its field) and a message at each field, e.g. "Valitse
 * yksi vaihtoehto." Nothing typed is lost.
 *
 * @summary The evaluation form of pair work, for the experience expert or the professional.
 *
 * @fires tp-change - On every answer. `detail: { id, value }`.
 * @fires tp-submit - On a valid submit. `detail` is an `EvaluationPayload` (schema `tyopari/evaluation@1`).
 * @fires tp-invalid - When a submit is blocked. `detail: { missing, issues }`.
 * @fires tp-error - When the `definition` given by the host is not valid. `detail: { message, issues }`.
 * @fires tp-draft - When a saved draft was restored, dropped or discarded. `detail: { status }`.
 *
 * @csspart form - The `<form>` around the questions.
 * @csspart error-summary - The list of answers to fix, shown after a blocked submit.
 * @csspart draft-notice - The notice about a saved draft.
 * @csspart field - One question with its label, hint and error.
 * @csspart submit - The send button.
 * @csspart input - A one-line text or date box.
 * @csspart textarea - A text area for a longer answer.
 * @csspart checkbox - A tick box.
 * @csspart field-error - The error message under one field.
 * @csspart definition-error - Shown instead of the form when the host's `definition` or `respondent` cannot be used.
 * @csspart send-error - Shown when the answers are complete but a host attribute breaks the payload.
 * @csspart confirmation - The thank-you message after sending.
 *
 * @cssprop --tp-color-accent - Main colour of buttons, headings and chosen answers.
 * @cssprop --tp-color-error - Colour of errors.
 * @cssprop --tp-color-focus - Colour of the focus ring.
 * @cssprop --tp-font-family - Font of the form.
 * @cssprop --tp-form-max-width - Widest the form grows (default 44rem).
 */
export class TpEvaluationForm extends TpElement {
  static override styles = evaluationFormStyles;

  /** Who answers: `kokemustoimija` or `ammattilainen`. */
  @property({ reflect: true }) respondent: EvaluationRole | '' = '';

  /**
   * The requested spelling of `respondent`. ARIA owns `role`, so a respondent
   * value given here moves to `respondent` and the attribute is removed.
   */
  @property({ attribute: 'role' }) private roleAttribute: string | null = null;

  /** Links the two partners' forms of one pair; copied into the payload as `pairId`. */
  @property({ attribute: 'pair-id' }) pairId = '';

  /** A host's own definition instead of the built-in one (checked with `evaluationDefinitionSchema`). */
  @property({ attribute: false }) definition?: unknown;

  /** Keep a draft: `autosave` (this tab only) or `autosave="local"` (this browser, up to 30 days). */
  @property() autosave: string | null = null;

  @state() private answers: QuestionnaireAnswers = emptyAnswers();
  /** The broken rule of each field; worded at render time, so a language switch rewords it. */
  @state() private errors = new Map<string, ValidationIssue>();
  @state() private showSummary = false;
  @state() private submitted?: EvaluationPayload;
  @state() private draftStatus: DraftNoticeStatus;
  @state() private sendFailed = false;

  private resolved?: Questionnaire;
  /** The definition the answers were given to. */
  private answersBelongTo?: Questionnaire;
  private problem?: TpErrorDetail;
  private draft?: DraftStore<QuestionnaireAnswers>;
  private draftMode?: DraftMode;
  /** Loading a definition check or a draft; `updateComplete` waits for it. */
  private pending: Promise<unknown> = Promise.resolve();
  /** The notice about the draft; loaded with the drafts, as only a form with `autosave` shows it. */
  private draftNotice?: DraftNoticeView;
  /** The thank-you and the send error; loaded with the validation on the first submit. */
  private sentViews?: SentViews;
  /** How errors are worded; loaded with the validation on the first submit. */
  private issueMessages?: IssueMessages;
  /** The submit under way (validation loads on demand), so a double click sends once. */
  private sending?: Promise<boolean>;
  private readonly internals = formInternals(this);

  /** The definition the form shows now, or `undefined` when it has none it can use. */
  get questionnaire(): Questionnaire | undefined {
    return this.resolved;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('roleAttribute') && isEvaluationRole(this.roleAttribute)) {
      this.respondent = this.roleAttribute;
      this.removeAttribute('role');
    }
    const definitionChanged = changed.has('definition') || changed.has('respondent');
    if (definitionChanged || changed.has('autosave') || changed.has('pairId')) {
      this.pending = this.prepare(definitionChanged);
    }
    this.internals.ariaLabel = this.resolved ? localize(this.resolved.title) : null;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let settled: Promise<unknown>;
    let result: boolean;
    do {
      settled = this.pending;
      result = await super.getUpdateComplete();
      await settled;
    } while (settled !== this.pending || this.isUpdatePending);
    return result;
  }

  private async prepare(definitionChanged: boolean) {
    if (definitionChanged) await this.resolveDefinition();
    await this.openDraft();
    this.requestUpdate();
  }

  private async resolveDefinition() {
    this.resolved = undefined;
    this.problem = undefined;
    if (this.definition !== undefined) {
      const { evaluationDefinitionSchema } = await loadValidation();
      const parsed = evaluationDefinitionSchema.safeParse(this.definition);
      if (parsed.success) this.resolved = parsed.data;
      else this.problem = { message: 'The definition is not a valid questionnaire.', issues: parsed.error.issues };
    } else if (isEvaluationRole(this.respondent)) {
      this.resolved = evaluationDefinitions[this.respondent];
    }
    if (!isEvaluationRole(this.respondent) && !this.problem) {
      this.problem = {
        message: 'Set respondent="kokemustoimija" or respondent="ammattilainen".',
        issues: [{ path: ['respondent'], message: 'Unknown respondent', input: this.respondent }],
      };
    }
    if (this.problem) {
      this.resolved = undefined;
      this.dispatchEvent(new TpEvent<TpErrorDetail>('tp-error', this.problem));
    } else if (this.resolved) {
      await this.keepAnswersFor(this.resolved);
    }
  }

  /** Answers given under another definition (the respondent changed) stay only where they mean the same. */
  private async keepAnswersFor(definition: Questionnaire) {
    const previous = this.answersBelongTo;
    this.answersBelongTo = definition;
    if (!previous || previous === definition) return;
    const { answersStillMeant } = await loadAnswerRules();
    this.answers = answersStillMeant(previous, definition, this.answers);
    this.errors = new Map();
    this.showSummary = false;
  }

  private async openDraft() {
    const definition = this.resolved;
    this.draft = undefined;
    this.draftMode = undefined;
    if (!definition || this.autosave === null) return;
    const [{ DraftStore, draftMode, draftNotice }, { parseDraftAnswers }] = await loadDrafts();
    const mode = draftMode(this.autosave);
    if (!mode) return;
    this.draftNotice = draftNotice;
    const form = { id: definition.id, version: definition.version };
    this.draftMode = mode;
    this.draft = new DraftStore(mode, form, (data) => parseDraftAnswers(definition, data), this.pairId.trim());
    const loaded = this.draft.load();
    if (loaded.status === 'restored') this.answers = loaded.data;
    if (loaded.status !== 'none') {
      this.draftStatus = loaded.status;
      this.dispatchEvent(new TpEvent<TpDraftDetail>('tp-draft', { status: loaded.status }));
    }
  }

  private setAnswer(item: Item, value: string | number | boolean) {
    const definition = this.resolved;
    if (!definition) return;
    const group = answerGroup(item, definition);
    this.answers = { ...this.answers, [group]: { ...this.answers[group], [item.id]: value } };
    if (this.errors.has(item.id)) {
      const errors = new Map(this.errors);
      errors.delete(item.id);
      this.errors = errors;
    }
    if (this.draft) {
      this.draft.save(this.answers);
      // A new draft after one was discarded or dropped can be removed again.
      if (this.draftStatus !== 'restored') this.draftStatus = 'saved';
    }
    this.dispatchEvent(new TpEvent<TpFieldChangeDetail>('tp-change', { id: item.id, value }));
  }

  private async discardDraft() {
    this.draft?.clear();
    this.answers = emptyAnswers();
    this.errors = new Map();
    this.showSummary = false;
    this.draftStatus = 'discarded';
    this.dispatchEvent(new TpEvent<TpDraftDetail>('tp-draft', { status: 'discarded' }));
    await this.focusTitle();
  }

  /**
   * Checks the answers; sends `tp-submit` when they are complete, otherwise
   * shows what to fix. A form is sent once: a second call while the first is
   * checking, or after the thank-you is shown, sends nothing.
   */
  submit(): Promise<boolean> {
    this.sending ??= this.send().finally(() => {
      this.sending = undefined;
    });
    return this.sending;
  }

  private async send(): Promise<boolean> {
    const definition = this.resolved;
    if (!definition || !isEvaluationRole(this.respondent) || this.submitted) return false;
    const [{ buildEvaluationPayload }, { isUnanswered }, issueMessages, sentViews] = await Promise.all([
      loadValidation(),
      loadAnswerRules(),
      loadIssueMessages(),
      loadSentViews(),
    ]);
    this.issueMessages = issueMessages;
    this.sentViews = sentViews;
    const { issueFieldId } = issueMessages;
    const result = buildEvaluationPayload(definition, this.answers, {
      role: this.respondent,
      pairId: this.pairId,
      locale: currentLocale(),
    });
    this.sendFailed = false;
    if (!result.success) {
      const { issues } = result.error;
      // The first broken rule of each field, in the order of the form (not the order zod found them).
      const errors = new Map(
        allItems(definition).flatMap((item) => {
          const issue = issues.find((candidate) => issueFieldId(candidate) === item.id);
          return issue ? [[item.id, issue] as const] : [];
        }),
      );
      if (errors.size > 0) await this.showIssues(definition, errors, isUnanswered);
      else await this.showSendError(issues);
      return false;
    }
    this.draft?.clear();
    this.draftStatus = undefined;
    this.errors = new Map();
    this.showSummary = false;
    this.submitted = result.data;
    this.dispatchEvent(new TpEvent('tp-submit', result.data));
    await this.focusAfterUpdate('.confirmation');
    return true;
  }

  private async showIssues(
    definition: Questionnaire,
    errors: Map<string, ValidationIssue>,
    isUnanswered: (value: string | number | boolean | undefined) => boolean,
  ) {
    this.errors = errors;
    this.showSummary = true;
    const missing = allItems(definition)
      .filter((item) => errors.has(item.id) && isUnanswered(this.answers[answerGroup(item, definition)][item.id]))
      .map((item) => item.id);
    const messages = this.errorMessages(definition);
    const detail: TpInvalidDetail = {
      missing,
      issues: [...messages].map(([id, message]) => ({ id, message })),
    };
    this.dispatchEvent(new TpEvent<TpInvalidDetail>('tp-invalid', detail));
    await this.focusAfterUpdate('.error-summary');
  }

  /** The answers are complete but the payload is not (a host's attribute): tell both, keep the answers. */
  private async showSendError(issues: readonly ValidationIssue[]) {
    this.sendFailed = true;
    this.dispatchEvent(new TpEvent<TpErrorDetail>('tp-error', { message: 'The payload is not valid.', issues: [...issues] }));
    await this.focusAfterUpdate('[part=send-error]');
  }

  /** Each field's error in the current language. */
  private errorMessages(definition: Questionnaire): Map<string, string> {
    const items = new Map(allItems(definition).map((item) => [item.id, item]));
    return new Map(
      [...this.errors].flatMap(([id, issue]) => {
        const item = items.get(id);
        return item && this.issueMessages ? [[id, this.issueMessages.issueMessage(issue, fieldKind(item))] as const] : [];
      }),
    );
  }

  private async startOver() {
    this.submitted = undefined;
    this.answers = emptyAnswers();
    this.draftStatus = undefined;
    await this.focusTitle();
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    void this.submit();
  }

  override render() {
    const definition = this.resolved;
    if (!definition) return this.problem ? definitionError() : nothing;
    const sent = this.sentViews;
    if (this.submitted && sent) return html`<div lang=${currentLocale()}>${sent.renderConfirmation(() => void this.startOver())}</div>`;
    const view: QuestionnaireView = {
      definition,
      answers: this.answers,
      errors: this.errorMessages(definition),
      onAnswer: (item, value) => this.setAnswer(item, value),
    };
    const mode = this.draftMode;
    const summary = this.showSummary
      ? [...view.errors].map(([id, message]) => ({ id, message: this.summaryText(definition, id, message) }))
      : [];
    return html`<div lang=${currentLocale()}>
      <div class="intro">
        <h2 class="title" tabindex="-1">${localize(definition.title)}</h2>
        ${definition.subtitle ? html`<p class="subtitle">${localize(definition.subtitle)}</p>` : nothing}
        ${definition.intro.map((paragraph) => html`<p>${localize(paragraph)}</p>`)}
        ${definition.notice ? html`<p class="important">${localize(definition.notice)}</p>` : nothing}
      </div>
      ${mode && this.draftNotice ? this.draftNotice(this.draftStatus, mode, () => void this.discardDraft()) : nothing}
      ${this.sendFailed && sent ? sent.sendError() : nothing} ${errorSummary(summary, (id) => focusField(this.shadowRoot, id))}
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${definition.details.length
          ? html`<div class="details">${definition.details.map((item) => renderItem(view, item))}</div>`
          : nothing}
        ${definition.sections.map((section) => renderSection(view, section))}
        ${definition.consents.length
          ? html`<div class="section consents">${definition.consents.map((item) => renderItem(view, item))}</div>`
          : nothing}
        <div class="actions">
          <button type="submit" class="button" part="submit">${msg('Lähetä arviointi')}</button>
        </div>
      </form>
    </div>`;
  }

  /** "Yhteistyö oli tasavertaista: Valitse yksi vaihtoehto." — says where, then what to do. */
  private summaryText(definition: Questionnaire, id: string, message: string): string {
    const item = allItems(definition).find((candidate) => candidate.id === id);
    return item ? summaryLine(localize(item.text), message) : message;
  }
}

defineElement('tp-evaluation-form', TpEvaluationForm);

/** The events of `<tp-evaluation-form>` with their exact details. */
export interface TpEvaluationFormEventMap extends HTMLElementEventMap {
  'tp-submit': TpEvent<EvaluationPayload>;
  'tp-change': TpEvent<TpFieldChangeDetail>;
}

// Typed listeners, merged into the class. Written out per element: a shared generic
// interface cannot be merged here (TS2320, it clashes with HTMLElement's own overloads).
export interface TpEvaluationForm {
  addEventListener<K extends keyof TpEvaluationFormEventMap>(
    type: K,
    listener: (this: TpEvaluationForm, event: TpEvaluationFormEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof TpEvaluationFormEventMap>(
    type: K,
    listener: (this: TpEvaluationForm, event: TpEvaluationFormEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'tp-evaluation-form': TpEvaluationForm;
  }
}
