import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { TpEvent, type TpChangeDetail, type TpErrorDetail, type TpSubmitEvent, type TpSubmitFailedDetail } from '../../events.js';
import type { QuestionnaireAnswers } from '../../schema/answers.js';
import { evaluationDefinitions, isEvaluationRole, type EvaluationRole } from '../../schema/evaluation.js';
import type { EvaluationPayload } from '../../schema/evaluation-payload.js';
import { allItems, answerGroup, emptyAnswers } from '../../schema/items.js';
import type { Questionnaire } from '../../schema/questionnaire.js';
import { FormSession, type FormAdapter } from '../../internal/form-session.js';
import type { ValidationIssue } from '../../internal/issue-messages.js';
import { currentLocale, localize } from '../../internal/localization.js';
import { TpFormElement, defineElement, formInternals } from '../../internal/tp-element.js';
import { renderItem, renderSection, type QuestionnaireView } from './evaluation-form.parts.js';
import { evaluationFormStyles } from './evaluation-form.styles.js';

// Unlike the other forms, this one loads zod, the answer rules and the wording
// of errors only when needed (a host's definition, a draft, a submit): its
// first render has a size budget (16 KiB brotli, see vite.config.ts).
const loadValidation = () => import('../../schema/evaluation-payload.js');
const loadAnswerRules = () => import('../../schema/answers.js');
// The payload, the wording of errors and the thank-you exist only after a submit.
const loadSubmit = () => import('./evaluation-form.submit.js');
// Shown only when the host's definition or respondent cannot be used.
const loadIssueViews = () => import('../../internal/form-issues.js');
type Submit = Awaited<ReturnType<typeof loadSubmit>>;

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
 * yksi vaihtoehto." Nothing typed is lost: when the host's store fails
 * (a rejected `waitUntil` promise, `action` not answering 2xx, no answer in
 * `submit-timeout` seconds) the form says the answers were not sent, keeps
 * them and the draft, and offers "Yritä uudelleen".
 *
 * @summary The evaluation form of pair work, for the experience expert or the professional.
 *
 * @fires tp-change - On every answer. `detail: { id, value }`.
 * @fires tp-submit - On a valid submit: a `TpSubmitEvent` whose `detail` is an `EvaluationPayload` (schema `tyopari/evaluation@1`).
 *   Call `event.waitUntil(promise)` to keep the answers until your store has them.
 * @fires tp-submit-failed - When the host did not store the payload. `detail: { submissionId, reason, status? }`.
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
 * @csspart send-failure - Shown when the host did not store the answers: they are still in the form.
 * @csspart retry - The button that sends the same answers again.
 * @csspart send-status - The status line that says "Lähetetään…" while sending.
 * @csspart confirmation - The thank-you message after sending.
 *
 * @cssprop --tp-color-accent - Main colour of buttons, headings and chosen answers.
 * @cssprop --tp-color-error - Colour of errors.
 * @cssprop --tp-color-focus - Colour of the focus ring.
 * @cssprop --tp-font-family - Font of the form.
 * @cssprop --tp-form-max-width - Widest the form grows (default 44rem).
 */
export class TpEvaluationForm extends TpFormElement {
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

  private resolved?: Questionnaire;
  /** The definition the answers were given to. */
  private answersBelongTo?: Questionnaire;
  private problem?: TpErrorDetail;
  private issueViews?: Awaited<ReturnType<typeof loadIssueViews>>;
  /** The payload, the wording of errors and the thank-you; loaded on the first submit. */
  private submitting?: Submit;
  private readonly internals = formInternals(this);

  private readonly session = new FormSession<QuestionnaireAnswers, EvaluationPayload>(this, {
    content: 'answers',
    allowLocalDrafts: true,
    sentFocus: '.confirmation',
    empty: emptyAnswers,
    apply: (answers, id, value) => {
      const item = this.resolved && allItems(this.resolved).find((candidate) => candidate.id === id);
      if (!item || Array.isArray(value)) return answers;
      const group = answerGroup(item, this.resolved!);
      return { ...answers, [group]: { ...answers[group], [id]: value } };
    },
    draftIdentity: () => {
      const definition = this.resolved;
      return definition && { id: definition.id, version: definition.version, scope: this.pairId.trim() };
    },
    loadDraftParser: async () => {
      const definition = this.resolved!;
      const { parseDraftAnswers } = await loadAnswerRules();
      return (data) => parseDraftAnswers(definition, data);
    },
    build: async (answers, context) => {
      const definition = this.resolved;
      const role = this.respondent;
      const pairId = this.pairId;
      this.submitting = await loadSubmit();
      if (!definition || !isEvaluationRole(role)) return { ok: false, errors: new Map(), issues: [] };
      return this.submitting.buildEvaluation(definition, answers, { role, pairId }, context);
    },
    messages: (errors) => this.errorMessages(errors),
    isMissing: (answers, id) => !!this.resolved && !!this.submitting?.isMissing(this.resolved, answers, id),
  } satisfies FormAdapter<QuestionnaireAnswers, EvaluationPayload>);

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
    if (definitionChanged) void this.track(this.resolveDefinition());
    else if (changed.has('autosave') || changed.has('pairId') || changed.has('draftKey')) this.session.openDraft();
    this.internals.ariaLabel = this.resolved ? localize(this.resolved.title) : null;
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
      this.issueViews = await loadIssueViews();
      this.resolved = undefined;
      this.dispatchEvent(new TpEvent<TpErrorDetail>('tp-error', this.problem));
    } else if (this.resolved) {
      const previous = this.answersBelongTo;
      this.answersBelongTo = this.resolved;
      // Awaited only when there are answers to carry over: a built-in form then
      // resolves within this update and renders once, not twice.
      if (previous && previous !== this.resolved) await this.keepAnswersFor(previous, this.resolved);
    }
    this.session.openDraft();
    this.requestUpdate();
  }

  /** Answers given under another definition (the respondent changed) stay only where they mean the same. */
  private async keepAnswersFor(previous: Questionnaire, definition: Questionnaire) {
    const { answersStillMeant } = await loadAnswerRules();
    this.session.replace(answersStillMeant(previous, definition, this.session.answers));
  }

  /**
   * Checks the answers; sends `tp-submit` when they are complete, otherwise
   * shows what to fix. A form is sent once: a second call while the first is
   * under way, or after the thank-you is shown, sends nothing.
   */
  submit(): Promise<boolean> {
    return this.session.submit();
  }

  /** Each field's error in the current language (errors exist only after a submit loaded their wording). */
  private errorMessages(errors: ReadonlyMap<string, ValidationIssue>): Map<string, string> {
    return this.resolved && this.submitting ? this.submitting.errorMessages(this.resolved, errors) : new Map();
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    void this.submit();
  }

  override render() {
    const definition = this.resolved;
    if (!definition) return this.problem && this.issueViews ? this.issueViews.definitionError() : nothing;
    const { session } = this;
    const submit = this.submitting;
    if (session.phase === 'sent' && submit) {
      return html`<div lang=${currentLocale()}>${submit.renderConfirmation(() => void session.startOver())}</div>`;
    }
    const view: QuestionnaireView = {
      definition,
      answers: session.answers,
      errors: this.errorMessages(session.errors),
      onAnswer: (item, value) => session.edit(item.id, value),
    };
    return html`<div lang=${currentLocale()}>
      <div class="intro">
        <h2 class="title" tabindex="-1">${localize(definition.title)}</h2>
        ${definition.subtitle ? html`<p class="subtitle">${localize(definition.subtitle)}</p>` : nothing}
        ${definition.intro.map((paragraph) => html`<p>${localize(paragraph)}</p>`)}
        ${definition.notice ? html`<p class="important">${localize(definition.notice)}</p>` : nothing}
      </div>
      ${session.renderNotices()}
      ${session.showSummary && submit ? submit.renderErrorSummary(definition, view.errors, this.shadowRoot) : nothing}
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${definition.details.length
          ? html`<div class="details">${definition.details.map((item) => renderItem(view, item))}</div>`
          : nothing}
        ${definition.sections.map((section) => renderSection(view, section))}
        ${definition.consents.length
          ? html`<div class="section consents">${definition.consents.map((item) => renderItem(view, item))}</div>`
          : nothing}
        <div class="actions">${session.renderSubmit(msg('Lähetä arviointi'))}</div>
      </form>
      ${session.renderStatus()}
    </div>`;
  }
}

defineElement('tp-evaluation-form', TpEvaluationForm);

/** The events of `<tp-evaluation-form>` with their exact details. */
export interface TpEvaluationFormEventMap extends HTMLElementEventMap {
  'tp-submit': TpSubmitEvent<EvaluationPayload>;
  'tp-submit-failed': TpEvent<TpSubmitFailedDetail>;
  'tp-change': TpEvent<TpChangeDetail>;
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
