/**
 * How every tyopari form works, once: the answers, their errors and the error
 * summary, the draft (open, restore, save, discard, `tp-draft`), `tp-change`,
 * `tp-invalid`, and sending: `tp-submit` with `waitUntil`, the optional
 * `action` POST, the sending / failed / sent states, retry, and focus.
 *
 * A form plugs in with a `FormAdapter` that says what the form is: its empty
 * answers, how one edit applies, its draft identity and parser, and how its
 * payload is built. In the spirit of Shoelace's form control controller.
 *
 * Nothing is lost on the way: the answers and the draft stay until the host
 * has stored the payload (every `waitUntil` promise fulfilled, `action`
 * answered 2xx). The draft and send code load on demand, so a form's first
 * render carries neither zod nor the send views.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { TpEvent, type TpSubmitFailureReason } from '../events.js';
import type { Locale } from '../schema/locales.js';
import type { DraftContent, DraftIdentity, DraftMode, DraftNoticeStatus, DraftStore } from './draft.js';
import type { ValidationIssue } from './issue-messages.js';
import { currentLocale } from './localization.js';

const loadDrafts = () => import('./form-session-draft.js');
const loadSend = () => import('./form-send.js');
type DraftModule = Awaited<ReturnType<typeof loadDrafts>>;
type SendModule = Awaited<ReturnType<typeof loadSend>>;

/** One answer as a form's controls give it. */
export type FieldValue = string | number | boolean | string[];

/** What the form states at the moment the user presses send. */
export interface SendContext {
  locale: Locale;
  now: Date;
  submissionId: string;
}

export type BuildResult<P> =
  | { ok: true; payload: P }
  /** `errors`: the first broken rule of each field, in the order of the form; empty when the host's input broke the payload. */
  | { ok: false; errors: Map<string, ValidationIssue>; issues: readonly ValidationIssue[] };

/** What a form tells the session about itself. */
export interface FormAdapter<A, P> {
  /** What the draft, the notices and the send messages talk about: a form's answers, or the kickoff guide's notes. */
  content: DraftContent;
  /** Whether `autosave="local"` may keep a draft in localStorage (the pair request keeps client data in the tab only). */
  allowLocalDrafts: boolean;
  /** A form that stays open for more edits after saving (the kickoff guide) instead of a thank-you. */
  keepsEditing?: boolean;
  /** Where focus goes once the host has stored the payload (e.g. the thank-you). */
  sentFocus?: string;
  empty(): A;
  /** The answers with one edit applied; `id` is what `tp-change` reports. The same object when the edit does not apply. */
  apply(answers: A, id: string, value: FieldValue): A;
  /** The field whose error an edit of `id` clears (default: `id`). */
  fieldOf?(id: string): string;
  /** Which draft the form keeps now, or `undefined` while it has nothing to keep one for. */
  draftIdentity(): Omit<DraftIdentity, 'instance'> | undefined;
  /** Checks a stored draft's data (may load the schema first). */
  loadDraftParser(): Promise<(data: unknown) => A | undefined>;
  /** Runs after a draft was restored, e.g. to point out an identity code in it at once. */
  restored?(answers: A): void;
  /** Checks the answers and builds the payload. */
  build(answers: A, context: SendContext): Promise<BuildResult<P>>;
  /** Each field's error in the current language. */
  messages(errors: ReadonlyMap<string, ValidationIssue>): Map<string, string>;
  /** Whether the answer to `id` is empty (for `tp-invalid`'s `missing`). */
  isMissing(answers: A, id: string): boolean;
  /** Where "now" comes from (a test clock); default `new Date()`. */
  now?(): Date;
}

/** What the session needs of its element: the shared attributes of `TpFormElement`. */
export interface FormSessionHost extends ReactiveControllerHost, HTMLElement {
  autosave: string | null;
  draftKey: string | null;
  action: string | null;
  submitTimeout: number | null;
  readonly renderRoot: HTMLElement | DocumentFragment;
  track<T>(promise: Promise<T>): Promise<T>;
  focusAfterUpdate(selector: string): Promise<void>;
}

export type SendPhase = 'editing' | 'sending' | 'failed' | 'sent';

/**
 * How a send ended, and focus moving to what it shows. The move starts before
 * the event that tells the host, so a listener that awaits `updateComplete`
 * finds focus already there; the next send may start before it is done.
 */
export interface Outcome {
  sent: boolean;
  focused?: Promise<void> | undefined;
}

export interface Pending<P> {
  payload: P;
  submissionId: string;
  /** The `online` event has retried it once already. */
  retriedOnline: boolean;
}

export class FormSession<A, P> implements ReactiveController {
  answers: A;
  /** The broken rule of each field; worded at render time, so a language switch rewords it. */
  errors = new Map<string, ValidationIssue>();
  showSummary = false;
  phase: SendPhase = 'editing';
  /** The payload the host stored last. */
  sent?: P;
  /** Why the last send failed. */
  failure?: { reason: TpSubmitFailureReason; status?: number | undefined; offline: boolean };
  /** The answers are complete but the host's input broke the payload. */
  hostProblem = false;
  draftStatus: DraftNoticeStatus;
  draftMode?: DraftMode;

  // What the send module (form-send.ts, loaded on the first send) reads and sets.
  /** @internal The send code, once loaded. */
  send?: SendModule;
  /** @internal The payload being sent, kept for a retry. */
  pending?: Pending<P>;
  /** @internal This send's id, made at the first press and kept until stored or changed. */
  submissionId?: string;
  /** @internal Counts sends, so a late answer to an earlier one is ignored. */
  attempt = 0;
  /** @internal The `online` event started this send. */
  retryingOnline = false;
  /** @internal Stops waiting for the connection to return. */
  stopWaitingOnline?: (() => void) | undefined;
  // What the draft code (form-session-draft.ts, loaded with the first draft) reads and sets.
  /** @internal The draft, while one is kept. */
  store?: DraftStore<A>;
  /** @internal A text was longer than the draft keeps. */
  draftCut = false;
  /** @internal Edits since the answers were last replaced: a draft that arrives later is merged under them. */
  readonly typed = new Map<string, FieldValue>();
  /** @internal A record the host loaded on purpose wins over an older draft. */
  hostLoaded = false;

  private drafts?: DraftModule;
  private draftGeneration = 0;
  private submitting?: Promise<boolean>;

  constructor(
    readonly host: FormSessionHost,
    readonly adapter: FormAdapter<A, P>,
  ) {
    this.answers = adapter.empty();
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stopWaitingOnline?.();
    this.releaseDraft();
  }

  hostConnected(): void {
    // Back on the page (moved in the DOM): claim the draft again.
    if (this.draftMode && !this.store) this.openDraft();
  }

  // ---- answers ----------------------------------------------------------------

  /** Applies one edit: keeps the draft, clears the field's error, tells the host (`tp-change`). */
  edit(id: string, value: FieldValue): void {
    const next = this.adapter.apply(this.answers, id, value);
    if (next === this.answers) return;
    this.answers = next;
    this.typed.set(id, value);
    this.setError(this.adapter.fieldOf?.(id) ?? id, undefined);
    // Changed answers are a new submission; a kickoff summary saved before can be saved again.
    this.pending = undefined;
    this.submissionId = undefined;
    if (this.phase === 'sent' && this.adapter.keepsEditing) this.phase = 'editing';
    this.saveDraft();
    this.host.requestUpdate();
    this.host.dispatchEvent(new TpEvent('tp-change', { id, value }));
  }

  /** Sets or clears the error of one field (e.g. an identity code pointed out as it is typed). */
  setError(id: string, issue: ValidationIssue | undefined): void {
    if (issue === undefined && !this.errors.has(id)) return;
    const errors = new Map(this.errors);
    if (issue) errors.set(id, issue);
    else errors.delete(id);
    this.errors = errors;
    this.host.requestUpdate();
  }

  /**
   * Puts other answers in the form: a record the host loaded (`fromHost`: it
   * then wins over an older draft), or the answers kept when the definition
   * changed.
   */
  replace(answers: A, options: { fromHost?: boolean } = {}): void {
    this.answers = answers;
    this.typed.clear();
    this.errors = new Map();
    this.showSummary = false;
    this.pending = undefined;
    this.submissionId = undefined;
    if (this.phase !== 'sending') this.phase = 'editing';
    if (options.fromHost) {
      this.hostLoaded = true;
      this.draftStatus = undefined;
    }
    this.host.requestUpdate();
  }

  // ---- drafts -----------------------------------------------------------------

  /** (Re)opens the draft: call when `autosave`, `draft-key` or the form's identity changed. */
  openDraft(): void {
    this.releaseDraft();
    this.draftMode = undefined;
    this.draftCut = false;
    const generation = ++this.draftGeneration;
    const identity = this.adapter.draftIdentity();
    if (!identity || this.host.autosave === null) return;
    void this.host.track(
      Promise.all([loadDrafts(), this.adapter.loadDraftParser()]).then(([drafts, parse]) => {
        if (generation !== this.draftGeneration) return;
        this.drafts = drafts;
        drafts.restoreDraft(this, identity, parse);
      }),
    );
  }

  /** @internal Keeps the answers as they are now in the draft, if one is kept. */
  saveDraft(): void {
    if (this.store) this.drafts?.saveDraft(this);
  }

  private releaseDraft() {
    if (this.store) this.drafts?.releaseDraftKey(this.store.key, this.host);
    this.store = undefined;
  }

  /** After the thank-you: an empty form for the next one. */
  async startOver(): Promise<void> {
    this.resetAnswers();
    this.sent = undefined;
    this.draftStatus = undefined;
    await this.host.focusAfterUpdate('.title');
  }

  /** @internal Empties the form (a discarded draft, a new form after the thank-you). */
  resetAnswers(): void {
    this.stopWaitingOnline?.();
    this.answers = this.adapter.empty();
    this.typed.clear();
    this.errors = new Map();
    this.showSummary = false;
    this.hostProblem = false;
    this.failure = undefined;
    this.pending = undefined;
    this.submissionId = undefined;
    this.phase = 'editing';
    this.host.requestUpdate();
  }

  // ---- sending ----------------------------------------------------------------

  /**
   * Checks the answers and sends `tp-submit` when they are complete, otherwise
   * shows what to fix. While a send is under way another call sends nothing
   * (a double click sends once); a sent form sends again only after
   * "start over" or, for the kickoff guide, an edit.
   */
  submit(): Promise<boolean> {
    if (this.submitting) return this.submitting;
    // Sent, and nothing changed since: nothing new to send.
    if (this.phase === 'sent') return Promise.resolve(false);
    // Everything the payload states is taken now, as the user presses send.
    const now = this.adapter.now?.() ?? new Date();
    const context: SendContext = { locale: currentLocale(), now, submissionId: (this.submissionId ??= crypto.randomUUID()) };
    const answers = this.answers;
    return this.guard(this.loadSend().then((send) => send.checkAndSend(this, answers, context)));
  }

  /** Sends the same payload again, with the same `submissionId` (the host can ignore a duplicate). */
  retry(): Promise<boolean> {
    if (this.submitting) return this.submitting;
    const pending = this.pending;
    if (!pending) return this.submit();
    return this.guard(this.loadSend().then((send) => send.deliver(this, pending)));
  }

  private async loadSend(): Promise<SendModule> {
    return (this.send ??= await loadSend());
  }

  /**
   * One send at a time: until `work` has an outcome, another press gets the
   * same promise. Focus moves after that, so a fix typed at once can be sent.
   */
  private guard(work: Promise<Outcome>): Promise<boolean> {
    const run = async () => {
      let outcome: Outcome;
      try {
        outcome = await work;
      } catch (error) {
        // The send code did not load (a network gone mid-page) or a host's adapter threw:
        // nothing was sent, and the answers and the draft stay.
        console.error('tyopari-forms: not sent; the answers are kept.', error);
        return false;
      } finally {
        this.submitting = undefined;
      }
      await outcome.focused;
      return outcome.sent;
    };
    this.submitting = run();
    return this.submitting;
  }

  // ---- views --------------------------------------------------------------------

  /** The draft notice, and what went wrong with the last send. */
  renderNotices(): TemplateResult {
    const { drafts, send, draftMode: mode } = this;
    const content = this.adapter.content;
    const notice =
      mode && drafts
        ? drafts.draftNotice(this.draftStatus, mode, () => void drafts.discardDraft(this), content, this.draftCut)
        : nothing;
    const failure =
      this.phase === 'failed' && this.failure && send
        ? send.sendFailure({ content, reason: this.failure.reason, offline: this.failure.offline, onRetry: () => void this.retry() })
        : this.hostProblem && send
          ? send.sendError()
          : nothing;
    return html`${notice}${failure}`;
  }

  /**
   * The send button: while sending it stays in the tab order, says it is busy
   * (`aria-disabled`), and a press sends nothing more.
   */
  renderSubmit(label: string, describedBy?: string): TemplateResult {
    const busy = this.phase === 'sending';
    return html`<button
      type="submit"
      class="button"
      part="submit"
      aria-disabled=${busy ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy)}
    >
      ${label}
    </button>`;
  }

  /** A polite status that says "Lähetetään…" while sending; always on the page, so it is announced. */
  renderStatus(): TemplateResult {
    const text = this.phase === 'sending' && this.send ? this.send.sendingText(this.adapter.content, this.retryingOnline) : '';
    return html`<div class="send-status" part="send-status" role="status">${text}</div>`;
  }
}
