import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { TpEvent, type TpDraftDetail, type TpErrorDetail, type TpFieldChangeDetail, type TpInvalidDetail } from '../../events.js';
import { DraftStore, draftMode, draftNotice, type DraftNoticeStatus } from '../../internal/draft.js';
import {
  definitionError,
  errorSummary,
  focusField,
  halfTypedDates,
  summaryLine,
} from '../../internal/form-parts.js';
import { isUnanswered } from '../../schema/answers.js';
import { issueFieldId, issueMessage, type ValidationIssue } from '../../internal/issue-messages.js';
import { currentLocale, localize } from '../../internal/localization.js';
import { TpElement, defineElement, formInternals } from '../../internal/tp-element.js';
import { localIsoDate } from '../../schema/dates.js';
import { containsHetu } from '../../schema/hetu.js';
import { buildPairRequestPayload, type PairRequestAnswers, type PairRequestPayload } from '../../schema/pair-request-payload.js';
import {
  defaultFieldOfWork,
  isFieldOfWork,
  pairRequestDefinition,
  pairRequestFieldsOfWork,
  situationIdsFor,
  type PairRequestAnswerField,
} from '../../schema/pair-request.js';
import {
  definitionFor,
  errorMessages,
  fields,
  fieldsById,
  hetuErrors,
  hetuIssue,
  keepKnownAnswers,
  summaryEntries,
} from './pair-request-answers.js';
import { confirmation } from './pair-request-confirmation.js';
import { renderField, type FieldContext } from './pair-request-fields.js';
import { pairRequestFormStyles } from './pair-request-form.styles.js';

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
 * @fires tp-submit - On a valid submit. `detail` is a `PairRequestPayload` (schema `tyopari/pair-request@1`).
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
 *
 * @cssprop --tp-color-accent - Main colour of buttons, headings and ticks.
 * @cssprop --tp-color-error - Colour of errors.
 * @cssprop --tp-color-focus - Colour of the focus ring.
 * @cssprop --tp-font-family - Font of the form.
 * @cssprop --tp-form-max-width - Widest the form grows (default 44rem).
 */
export class TpPairRequestForm extends TpElement {
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
   * Where "now" comes from: the send time, "today" for the date rules and the
   * promised days. For tests and demos.
   * @internal
   */
  @property({ attribute: false }) clock: () => Date = () => new Date();

  @state() private answers: PairRequestAnswers = {};
  /** The broken rule of each field; worded at render time, so a language switch rewords it. */
  @state() private errors = new Map<string, ValidationIssue>();
  @state() private showSummary = false;
  @state() private submitted?: PairRequestPayload;
  @state() private draftStatus: DraftNoticeStatus;
  @state() private announcement = '';

  private problem?: TpErrorDetail;
  private draft?: DraftStore<PairRequestAnswers>;
  private readonly internals = formInternals(this);

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('fieldOfWork')) {
      this.checkFieldOfWork();
      this.dropOtherSituations();
    }
    if (changed.has('autosave')) this.openDraft();
    this.internals.ariaLabel = localize(definitionFor(this.fieldOfWork).title);
  }

  /** Situations ticked under another field of work are not on screen any more. */
  private dropOtherSituations() {
    const situations = this.answers['situations'];
    if (!isFieldOfWork(this.fieldOfWork) || !Array.isArray(situations)) return;
    const known = situationIdsFor(this.fieldOfWork);
    this.answers = { ...this.answers, situations: situations.filter((id) => known.includes(id)) };
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

  private openDraft() {
    const mode = draftMode(this.autosave, false);
    this.draft = undefined;
    if (!mode) return;
    const form = { id: pairRequestDefinition.id, version: pairRequestDefinition.version };
    this.draft = new DraftStore(mode, form, keepKnownAnswers);
    const loaded = this.draft.load();
    if (loaded.status === 'restored') {
      this.answers = loaded.data;
      this.errors = hetuErrors(loaded.data);
    }
    if (loaded.status !== 'none') {
      this.draftStatus = loaded.status;
      this.dispatchEvent(new TpEvent<TpDraftDetail>('tp-draft', { status: loaded.status }));
    }
  }

  private setAnswer(field: PairRequestAnswerField, value: string | boolean | string[]) {
    this.answers = { ...this.answers, [field.id]: value };
    const errors = new Map(this.errors);
    const hadHetu = errors.get(field.id) === hetuIssue;
    errors.delete(field.id);
    // A personal identity code is pointed out as soon as it is typed, not only on sending.
    if (typeof value === 'string' && field.kind === 'text' && containsHetu(value)) {
      errors.set(field.id, hetuIssue);
      if (!hadHetu) this.announcement = summaryLine(localize(field.label), issueMessage(hetuIssue, 'text'));
    }
    this.errors = errors;
    if (this.draft) {
      this.draft.save(this.answers);
      // A new draft after one was discarded or dropped can be removed again.
      if (this.draftStatus !== 'restored') this.draftStatus = 'saved';
    }
    this.dispatchEvent(new TpEvent<TpFieldChangeDetail>('tp-change', { id: field.id, value }));
  }

  private async discardDraft() {
    this.draft?.clear();
    this.clearAnswers();
    this.draftStatus = 'discarded';
    this.dispatchEvent(new TpEvent<TpDraftDetail>('tp-draft', { status: 'discarded' }));
    await this.focusTitle();
  }

  private clearAnswers() {
    this.answers = {};
    this.errors = new Map();
    this.showSummary = false;
    this.announcement = '';
  }

  /**
   * Checks the answers; sends `tp-submit` when they are complete, otherwise
   * shows what to fix. Without the client's permission nothing is sent,
   * whichever way the submit was started.
   */
  async submit(): Promise<boolean> {
    if (this.problem || this.submitted || !isFieldOfWork(this.fieldOfWork)) return false;
    const result = buildPairRequestPayload(this.answers, {
      locale: currentLocale(),
      fieldOfWork: this.fieldOfWork,
      submittedAt: this.clock(),
    });
    // A day typed only in part reads as empty; say so rather than drop it quietly.
    const halfTyped = halfTypedDates(this.renderRoot);
    if (!result.success || halfTyped.length > 0) {
      await this.showIssues([...halfTyped, ...(result.success ? [] : result.error.issues)]);
      return false;
    }
    this.draft?.clear();
    this.draftStatus = undefined;
    this.clearAnswers();
    this.submitted = result.data;
    this.dispatchEvent(new TpEvent('tp-submit', result.data));
    await this.focusAfterUpdate('.confirmation');
    return true;
  }

  private async showIssues(issues: readonly ValidationIssue[]) {
    const errors = new Map<string, ValidationIssue>();
    for (const issue of issues) {
      const id = issueFieldId(issue);
      if (fieldsById.has(id) && !errors.has(id)) errors.set(id, issue);
    }
    // Keep the order of the form, not the order the rules found the issues in.
    this.errors = new Map(fields.filter((field) => errors.has(field.id)).map((field) => [field.id, errors.get(field.id)!]));
    this.showSummary = true;
    const detail: TpInvalidDetail = {
      missing: [...this.errors.keys()].filter((id) => isUnanswered(this.answers[id])),
      issues: [...errorMessages(this.errors)].map(([id, message]) => ({ id, message })),
    };
    this.dispatchEvent(new TpEvent<TpInvalidDetail>('tp-invalid', detail));
    await this.focusAfterUpdate('.error-summary');
  }

  private async startOver() {
    this.submitted = undefined;
    this.clearAnswers();
    await this.focusTitle();
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    void this.submit();
  }

  override render() {
    if (this.problem) return definitionError();
    const locale = currentLocale();
    if (this.submitted) {
      const sent = definitionFor(this.submitted.fieldOfWork);
      return html`<div lang=${locale}>${confirmation(sent, this.submitted, () => void this.startOver())}</div>`;
    }
    // The intro, the situation question and its options depend on the field of work.
    const shown = definitionFor(this.fieldOfWork);
    const mode = draftMode(this.autosave, false);
    const messages = errorMessages(this.errors);
    const summary = this.showSummary ? summaryEntries(shown, messages) : [];
    const context: FieldContext = {
      answers: this.answers,
      errors: messages,
      today: localIsoDate(this.clock()),
      privacyHint: localize(shown.privacyHint),
      set: (field, value) => this.setAnswer(field, value),
    };
    const consentGiven = this.answers['clientConsent'] === true;
    const fieldOfWork = pairRequestFieldsOfWork.find((field) => field.id === this.fieldOfWork);
    return html`<div lang=${locale}>
      <div class="intro">
        <h2 class="title" tabindex="-1">${localize(shown.title)}</h2>
        ${fieldOfWork ? html`<p class="subtitle">${localize(fieldOfWork.label)}</p>` : nothing}
        ${shown.intro.map((paragraph) => html`<p>${localize(paragraph)}</p>`)}
      </div>
      ${mode ? draftNotice(this.draftStatus, mode, () => void this.discardDraft()) : nothing}
      ${errorSummary(summary, (id) => focusField(this.shadowRoot, id))}
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
          <button type="submit" class="button" part="submit" aria-describedby=${consentGiven ? nothing : 'consent-reminder'}>
            ${msg('Lähetä työparipyyntö')}
          </button>
        </div>
      </form>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

defineElement('tp-pair-request-form', TpPairRequestForm);

/** The events of `<tp-pair-request-form>` with their exact details. */
export interface TpPairRequestFormEventMap extends HTMLElementEventMap {
  'tp-submit': TpEvent<PairRequestPayload>;
  'tp-change': TpEvent<TpFieldChangeDetail>;
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
