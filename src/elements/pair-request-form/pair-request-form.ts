import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { TpEvent, type TpChangeDetail, type TpErrorDetail, type TpSubmitEvent, type TpSubmitFailedDetail } from '../../events.js';
import { definitionError, errorSummary, focusField, halfTypedDates, summaryLine } from '../../internal/form-issues.js';
import { FormSession, type BuildResult, type SendContext } from '../../internal/form-session.js';
import { isUnanswered } from '../../schema/items.js';
import { issueFieldId, issueMessage, type ValidationIssue } from '../../internal/issue-messages.js';
import { currentLocale, localize } from '../../internal/localization.js';
import { TpFormElement, defineElement, formInternals } from '../../internal/tp-element.js';
import { localIsoDate } from '../../schema/dates.js';
import { containsHetu } from '../../schema/hetu.js';
import type { PairRequestAnswers, PairRequestPayload, PairRequestPromise } from '../../schema/pair-request-payload.js';
import type { PairRequestDefinition } from '../../schema/pair-request.js';
import {
  defaultFieldOfWork,
  isFieldOfWork,
  pairRequestDefinition,
  pairRequestFieldsOfWork,
  situationIdsFor,
  withPromise,
  type PairRequestAnswerField,
} from '../../schema/pair-request.js';
import {
  definitionFor,
  errorMessages,
  fields,
  fieldsById,
  hetuErrors,
  hetuIssue,
  summaryEntries,
} from './pair-request-answers.js';
import { confirmation } from './pair-request-confirmation.js';
import { renderField, type FieldContext } from './pair-request-fields.js';
import { pairRequestFormStyles } from './pair-request-form.styles.js';

// zod and the payload rules load only when needed (a host's promise, a draft,
// a send): the form draws and takes answers without them.
const loadRules = () => import('../../schema/pair-request-payload.js');
const loadDraftRules = () => import('./pair-request-drafts.js');

/**
 * The client's permission first, then the contact person, the client's
 * situation, the help wanted with dates that suit, and consent to record the
 * work in the client record.
 *
 * When to use: a municipality's contact person asks the pair team (elderly
 * care, or child protection with `field-of-work="lastensuojelu"`) for a work
 * pair for a client in a challenging life situation. When not to use: for the
 * client's own application, or to send anything that identifies the client.
 *
 * How it works: five short parts, the client's permission first. The request
 * cannot be sent without that permission, and never with a personal identity
 * code in it. On sending, the form shows what happens next and the days the
 * pair team promises. Drafts stay in this tab only (sessionStorage).
 *
 * Error messages: an error summary at the top and a message at each field; a
 * code typed into any field is pointed out at once and the text is kept for
 * the user to fix.
 *
 * @summary The municipality's online request for a work pair (työparipyyntö), with the client's consent first.
 *
 * @fires tp-change - On every edit. `detail: { id, value }`.
 * @fires tp-submit - On a valid submit: a `TpSubmitEvent` whose `detail` is a `PairRequestPayload` (schema `tyopari/pair-request@1`).
 *   Call `event.waitUntil(promise)` to keep the request until your store has it.
 * @fires tp-submit-failed - When the host did not store the request. `detail: { submissionId, reason, status? }`.
 * @fires tp-invalid - When a submit is blocked. `detail: { missing, issues }`.
 * @fires tp-error - When `field-of-work` is not one the form knows. `detail: { message, issues }`.
 * @fires tp-draft - When a saved draft was restored, dropped or discarded. `detail: { status }`.
 *
 * @csspart form - The `<form>` around the questions.
 * @csspart error-summary - The list of answers to fix, shown after a blocked submit.
 * @csspart draft-notice - The notice about a saved draft.
 * @csspart field - One question with its label, hint and error.
 * @csspart submit - The send button.
 * @csspart confirmation - What happens next, shown after sending.
 * @csspart start-over - The button that empties the form for a new request.
 * @csspart step-date - The date shown with a step of what happens next.
 * @csspart radio - A radio button of a one-answer question.
 * @csspart input - A one-line text or date box.
 * @csspart textarea - A text area for a longer answer.
 * @csspart checkbox - A tick box.
 * @csspart field-error - The error message under one field.
 * @csspart definition-error - Shown instead of the form when `field-of-work` is unknown.
 * @csspart send-failure - Shown when the host did not store the request: the answers are still in the form.
 * @csspart retry - The button that sends the same request again.
 * @csspart send-status - The status line that says "Lähetetään…" while sending.
 *
 * @cssprop --tp-color-accent - Main colour of buttons, headings and ticks.
 * @cssprop --tp-color-error - Colour of errors.
 * @cssprop --tp-color-focus - Colour of the focus ring.
 * @cssprop --tp-font-family - Font of the form.
 * @cssprop --tp-form-max-width - Widest the form grows (default 44rem).
 */
export class TpPairRequestForm extends TpFormElement {
  static override styles = pairRequestFormStyles;

  /** The field of work the request is for: `vanhustyö` (default) or `lastensuojelu`. */
  @property({ attribute: 'field-of-work', reflect: true }) fieldOfWork: string = defaultFieldOfWork;

  /**
   * Keep a draft in this tab (sessionStorage) until it is sent or the tab is
   * closed. The request holds client data, so `autosave="local"` also keeps it
   * in the tab only, never in localStorage.
   */
  @property() autosave: string | null = null;

  /**
   * What your pair team promises after a request, in place of the built-in
   * next steps: `{ nextSteps: [{ text, date? }], offerDays?, visitDays? }`
   * (checked with `pairRequestPromiseSchema`). Built in, only `vanhustyö`
   * promises days, from the source; any other field of work says only that
   * the team will be in touch. Something that is not a promise is refused
   * with `tp-error`, and the built-in steps stay.
   */
  @property({ attribute: false }) promise?: unknown;

  private hostPromise?: PairRequestPromise;
  /** The check of the latest `promise`; a send waits for it. */
  private promiseChecked: Promise<void> = Promise.resolve();

  /**
   * Where "now" comes from: the send time, "today" for the date rules and the
   * promised days. For tests and demos.
   * @internal
   */
  @property({ attribute: false }) clock: () => Date = () => new Date();

  @state() private announcement = '';

  private problem?: TpErrorDetail;
  private readonly internals = formInternals(this);

  private readonly session = new FormSession<PairRequestAnswers, PairRequestPayload>(this, {
    content: 'answers',
    // Client data stays in the tab only, whatever `autosave` says.
    allowLocalDrafts: false,
    sentFocus: '.confirmation',
    empty: () => ({}),
    apply: (answers, id, value) => (fieldsById.has(id) && typeof value !== 'number' ? { ...answers, [id]: value } : answers),
    draftIdentity: () => ({ id: pairRequestDefinition.id, version: pairRequestDefinition.version }),
    loadDraftParser: async () => (await loadDraftRules()).keepKnownAnswers,
    // An identity code in a restored draft is pointed out at once.
    restored: (answers) => hetuErrors(answers).forEach((issue, id) => this.session.setError(id, issue)),
    build: (answers, context) => this.build(answers, context),
    messages: errorMessages,
    isMissing: (answers, id) => isUnanswered(answers[id]),
    now: () => this.clock(),
  });

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('fieldOfWork')) {
      this.checkFieldOfWork();
      this.dropOtherSituations();
    }
    if (changed.has('autosave') || changed.has('draftKey')) this.session.openDraft();
    if (changed.has('promise')) this.promiseChecked = this.track(this.checkPromise(this.promise));
    this.internals.ariaLabel = localize(definitionFor(this.fieldOfWork).title);
  }

  /** Situations ticked under another field of work are not on screen any more. */
  private dropOtherSituations() {
    const { answers } = this.session;
    const situations = answers['situations'];
    if (!isFieldOfWork(this.fieldOfWork) || !Array.isArray(situations)) return;
    const known = situationIdsFor(this.fieldOfWork);
    this.session.answers = { ...answers, situations: situations.filter((id) => known.includes(id)) };
  }

  private async checkPromise(promise: unknown) {
    this.hostPromise = undefined;
    if (promise === undefined || promise === null) return;
    const { pairRequestPromiseSchema } = await loadRules();
    // A newer promise was given while the rules loaded: its own check decides.
    if (promise !== this.promise) return;
    const parsed = pairRequestPromiseSchema.safeParse(promise);
    if (parsed.success) this.hostPromise = parsed.data;
    else this.dispatchEvent(new TpEvent<TpErrorDetail>('tp-error', { message: 'The promise is not valid; the built-in next steps stay.', issues: parsed.error.issues }));
    this.requestUpdate();
  }

  /** The request as shown for `fieldOfWork`, with the host's promise when it gave one. */
  private definitionOf(fieldOfWork: string): PairRequestDefinition {
    const shown = definitionFor(fieldOfWork);
    return this.hostPromise ? withPromise(shown, this.hostPromise) : shown;
  }

  private checkFieldOfWork() {
    this.problem = isFieldOfWork(this.fieldOfWork)
      ? undefined
      : {
          message: `Set field-of-work to one of: ${pairRequestFieldsOfWork.map((field) => field.id).join(', ')}.`,
          issues: [{ path: ['fieldOfWork'], message: 'Unknown field of work', input: this.fieldOfWork }],
        };
    if (this.problem) this.dispatchEvent(new TpEvent<TpErrorDetail>('tp-error', this.problem));
  }

  private setAnswer(field: PairRequestAnswerField, value: string | boolean | string[]) {
    const hadHetu = this.session.errors.get(field.id) === hetuIssue;
    this.session.edit(field.id, value);
    // A personal identity code is pointed out as soon as it is typed, not only on sending.
    if (typeof value === 'string' && field.kind === 'text' && containsHetu(value)) {
      this.session.setError(field.id, hetuIssue);
      if (!hadHetu) this.announcement = summaryLine(localize(field.label), issueMessage(hetuIssue, 'text'));
    }
  }

  /**
   * Checks the answers; sends `tp-submit` when they are complete, otherwise
   * shows what to fix. Without the client's permission nothing is sent,
   * whichever way the submit was started.
   */
  submit(): Promise<boolean> {
    if (this.problem || !isFieldOfWork(this.fieldOfWork)) return Promise.resolve(false);
    return this.session.submit();
  }

  private async build(answers: PairRequestAnswers, context: SendContext): Promise<BuildResult<PairRequestPayload>> {
    const shownFor = this.fieldOfWork;
    const fieldOfWork = isFieldOfWork(shownFor) ? shownFor : undefined;
    // A day typed only in part reads as empty; say so rather than drop it quietly.
    const halfTyped = halfTypedDates(this.renderRoot);
    const [{ buildPairRequestPayload }] = await Promise.all([loadRules(), this.promiseChecked]);
    const result = buildPairRequestPayload(answers, {
      locale: context.locale,
      ...(fieldOfWork ? { fieldOfWork } : {}),
      submittedAt: context.now,
      submissionId: context.submissionId,
    }, this.definitionOf(shownFor));
    if (result.success && halfTyped.length === 0) return { ok: true, payload: result.data };
    const issues = [...halfTyped, ...(result.success ? [] : result.error.issues)];
    const found = new Map<string, ValidationIssue>();
    for (const issue of issues) {
      const id = issueFieldId(issue);
      if (fieldsById.has(id) && !found.has(id)) found.set(id, issue);
    }
    // Keep the order of the form, not the order the rules found the issues in.
    const errors = new Map(fields.filter((field) => found.has(field.id)).map((field) => [field.id, found.get(field.id)!]));
    return { ok: false, errors, issues };
  }

  private async startOver() {
    this.announcement = '';
    await this.session.startOver();
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    void this.submit();
  }

  override render() {
    if (this.problem) return definitionError();
    const locale = currentLocale();
    const { session } = this;
    if (session.phase === 'sent' && session.sent) {
      const shown = this.definitionOf(session.sent.fieldOfWork);
      return html`<div lang=${locale}>${confirmation(shown, session.sent, () => void this.startOver())}</div>`;
    }
    // The intro, the situation question and its options depend on the field of work.
    const shown = definitionFor(this.fieldOfWork);
    const messages = errorMessages(session.errors);
    const summary = session.showSummary ? summaryEntries(shown, messages) : [];
    const context: FieldContext = {
      answers: session.answers,
      errors: messages,
      today: localIsoDate(this.clock()),
      privacyHint: localize(shown.privacyHint),
      set: (field, value) => this.setAnswer(field, value),
    };
    const consentGiven = session.answers['clientConsent'] === true;
    const fieldOfWork = pairRequestFieldsOfWork.find((field) => field.id === this.fieldOfWork);
    return html`<div lang=${locale}>
      <div class="intro">
        <h2 class="title" tabindex="-1">${localize(shown.title)}</h2>
        ${fieldOfWork ? html`<p class="subtitle">${localize(fieldOfWork.label)}</p>` : nothing}
        ${shown.intro.map((paragraph) => html`<p>${localize(paragraph)}</p>`)}
      </div>
      ${session.renderNotices()} ${errorSummary(summary, (id) => focusField(this.shadowRoot, id))}
      <form part="form" method="dialog" novalidate @submit=${this.onSubmit}>
        ${shown.sections.map(
          (section, index) => html`<fieldset class="section" id="section-${section.id}">
            <legend class="section-legend"><h3 class="section-title">${index + 1}. ${localize(section.title)}</h3></legend>
            ${section.intro ? html`<p class="section-intro">${localize(section.intro)}</p>` : nothing}
            ${section.fields.map((field) => renderField(field, context))}
          </fieldset>`,
        )}
        ${consentGiven
          ? nothing
          : html`<p class="consent-reminder" id="consent-reminder">
              ${msg('Pyyntöä ei voi lähettää ennen kuin asiakkaan lupa on merkitty kohtaan 1.')}
            </p>`}
        <div class="actions">
          ${session.renderSubmit(msg('Lähetä työparipyyntö'), consentGiven ? undefined : 'consent-reminder')}
        </div>
      </form>
      ${session.renderStatus()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

defineElement('tp-pair-request-form', TpPairRequestForm);

/** The events of `<tp-pair-request-form>` with their exact details. */
export interface TpPairRequestFormEventMap extends HTMLElementEventMap {
  'tp-submit': TpSubmitEvent<PairRequestPayload>;
  'tp-submit-failed': TpEvent<TpSubmitFailedDetail>;
  'tp-change': TpEvent<TpChangeDetail>;
}

// Typed listeners, merged into the class. Written out per element: a shared generic
// interface cannot be merged here (TS2320, it clashes with HTMLElement's own overloads).
export interface TpPairRequestForm {
  addEventListener<K extends keyof TpPairRequestFormEventMap>(
    type: K,
    listener: (this: TpPairRequestForm, event: TpPairRequestFormEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof TpPairRequestFormEventMap>(
    type: K,
    listener: (this: TpPairRequestForm, event: TpPairRequestFormEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'tp-pair-request-form': TpPairRequestForm;
  }
}
