/**
 * How a form hands a payload to its host and waits until the host has stored
 * it: the `waitUntil` promises of `tp-submit`, the `action` URL's POST, the
 * `submit-timeout`, and the words shown while sending and after a failure.
 * Loaded on the first send (with the validation), so a form's first render
 * stays small.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { TpSubmitEvent } from '../submit-event.js';
import { TpEvent, type TpInvalidDetail, type TpSubmitFailedDetail, type TpSubmitFailureReason } from '../events.js';
import type { DraftContent } from './draft.js';
import type { FormSession, Outcome, Pending, SendContext } from './form-session.js';
import type { ValidationIssue } from './issue-messages.js';

/** Why the host has not stored the payload. */
export class SendFailure extends Error {
  constructor(
    readonly reason: TpSubmitFailureReason,
    readonly status?: number,
  ) {
    super(status === undefined ? reason : `${reason} ${status}`);
  }
}

/** Default of `submit-timeout`, in seconds. */
export const DEFAULT_SUBMIT_TIMEOUT = 30;

/** `submit-timeout` in milliseconds: a positive number of seconds, else the default. */
export function timeoutMs(seconds: number | null | undefined): number {
  const value = Number(seconds);
  return (Number.isFinite(value) && value > 0 ? value : DEFAULT_SUBMIT_TIMEOUT) * 1000;
}

/**
 * POSTs the payload as JSON to `action` (same-origin credentials, the
 * submission id as `Idempotency-Key`). A 2xx answer means stored.
 */
export async function postPayload(action: string, payload: unknown, submissionId: string, signal: AbortSignal): Promise<void> {
  let response: Response;
  try {
    response = await fetch(action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submissionId },
      credentials: 'same-origin',
      body: JSON.stringify(payload),
      signal,
    });
  } catch {
    throw new SendFailure(signal.aborted ? 'timeout' : 'network');
  }
  if (!response.ok) throw new SendFailure('http', response.status);
}

export interface Delivery {
  /** What the `tp-submit` listeners gave `waitUntil`. */
  promises: Promise<unknown>[];
  /** The host's `action` URL, if any. */
  action: string | null;
  payload: unknown;
  submissionId: string;
  /** `submit-timeout` in seconds. */
  timeout: number | null | undefined;
}

/**
 * Resolves once every promise has fulfilled and `action` answered 2xx;
 * rejects with a `SendFailure` on the first failure, or when not all have
 * settled within the timeout.
 */
export async function awaitStore(delivery: Delivery): Promise<void> {
  const abort = new AbortController();
  const waits: Promise<unknown>[] = delivery.promises.map((promise) =>
    promise.then(
      () => undefined,
      (error: unknown) => {
        throw error instanceof SendFailure ? error : new SendFailure('rejected');
      },
    ),
  );
  if (delivery.action) waits.push(postPayload(delivery.action, delivery.payload, delivery.submissionId, abort.signal));
  if (waits.length === 0) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abort.abort();
      reject(new SendFailure('timeout'));
    }, timeoutMs(delivery.timeout));
  });
  try {
    await Promise.race([Promise.all(waits), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** What a form says while sending: "Lähetetään…", or for the kickoff guide "Tallennetaan…". */
export function sendingText(content: DraftContent, retryingOnline: boolean): string {
  if (retryingOnline) return msg('Yhteys palasi. Lähetetään uudelleen…');
  return content === 'notes' ? msg('Tallennetaan…') : msg('Lähetetään…');
}

/**
 * Shown when the host did not store the payload: the answers were not sent and
 * are still here, why in plain words, and a retry. It takes focus.
 */
export function sendFailure(options: {
  content: DraftContent;
  reason: TpSubmitFailureReason;
  offline: boolean;
  onRetry: () => void;
}): TemplateResult {
  const notes = options.content === 'notes';
  const why = options.offline
    ? notes
      ? msg('Laite ei ole nyt yhteydessä verkkoon. Tallennamme yhteenvedon, kun yhteys palaa, tai voitte yrittää itse.')
      : msg('Laitteesi ei ole nyt yhteydessä verkkoon. Lähetämme vastaukset, kun yhteys palaa, tai voit yrittää itse.')
    : options.reason === 'timeout'
      ? msg('Palvelu ei vastannut ajoissa.')
      : msg('Palvelu ei ottanut tietoja vastaan.');
  return html`<div class="error-summary send-failure" part="send-failure" tabindex="-1" aria-labelledby="send-failure-title">
    <h2 id="send-failure-title" class="error-summary-title">
      ${notes ? msg('Yhteenvetoa ei tallennettu') : msg('Vastauksiasi ei lähetetty')}
    </h2>
    <p>
      ${why}
      ${notes
        ? msg('Muistiinpanonne ovat yhä tässä, eikä mitään ole kadonnut.')
        : msg('Vastauksesi ovat yhä tässä lomakkeessa, eikä mitään ole kadonnut.')}
    </p>
    <button type="button" class="button" part="retry" @click=${options.onRetry}>${msg('Yritä uudelleen')}</button>
  </div>`;
}

/**
 * Shown when the answers are fine but what the host gave the element is not
 * (e.g. a `pair-id` too long for the payload): the user's answers stay.
 */
export function sendError(): TemplateResult {
  return html`<div class="error-summary" part="send-error" role="alert" tabindex="-1">
    <h2 class="error-summary-title">${msg('Lomaketta ei voitu lähettää')}</h2>
    <p>${msg('Vastauksesi ovat yhä lomakkeella. Ota yhteyttä sivuston ylläpitäjään.')}</p>
  </div>`;
}

// ---- the steps of a send, on a form's session ----------------------------------

/** Checks the answers as they were when send was pressed; sends them, or shows what to fix. */
export async function checkAndSend<A, P>(session: FormSession<A, P>, answers: A, context: SendContext): Promise<Outcome> {
  const result = await session.adapter.build(answers, context);
  session.hostProblem = false;
  if (!result.ok) return result.errors.size > 0 ? showIssues(session, result.errors) : showHostProblem(session, result.issues);
  session.pending = { payload: result.payload, submissionId: context.submissionId, retriedOnline: false };
  return deliver(session, session.pending);
}

/**
 * Dispatches `tp-submit` and waits for the host's store (its `waitUntil`
 * promises and `action`). Until it answers, the answers and the draft stay.
 */
export async function deliver<A, P>(session: FormSession<A, P>, pending: Pending<P>): Promise<Outcome> {
  const { host } = session;
  const attempt = ++session.attempt;
  session.stopWaitingOnline?.();
  session.phase = 'sending';
  session.failure = undefined;
  session.errors = new Map();
  session.showSummary = false;
  host.requestUpdate();
  const event = new TpSubmitEvent<P>(pending.payload);
  // A listener that throws has not stored anything: that is a failure too.
  let listenerThrew = false;
  const onError = () => (listenerThrew = true);
  window.addEventListener('error', onError);
  try {
    host.dispatchEvent(event);
  } finally {
    window.removeEventListener('error', onError);
  }
  const promises = event.settle();
  if (listenerThrew) promises.push(Promise.reject(new SendFailure('rejected')));
  const offlineAtSend = !navigator.onLine;
  try {
    await awaitStore({
      promises,
      action: host.action,
      payload: pending.payload,
      submissionId: pending.submissionId,
      timeout: host.submitTimeout,
    });
  } catch (error) {
    if (attempt !== session.attempt) return { sent: false };
    return failed(session, pending, error instanceof SendFailure ? error : new SendFailure('rejected'), offlineAtSend);
  } finally {
    if (attempt === session.attempt) session.retryingOnline = false;
  }
  if (attempt !== session.attempt) return { sent: false };
  return stored(session, pending.payload);
}

/** The host has the payload: the draft goes, the thank-you comes. */
function stored<A, P>(session: FormSession<A, P>, payload: P): Outcome {
  session.store?.clear();
  session.draftStatus = undefined;
  session.phase = 'sent';
  session.sent = payload;
  session.pending = undefined;
  session.submissionId = undefined;
  session.typed.clear();
  session.host.requestUpdate();
  const focus = session.adapter.sentFocus;
  return { sent: true, focused: focus ? session.host.focusAfterUpdate(focus) : undefined };
}

function failed<A, P>(session: FormSession<A, P>, pending: Pending<P>, failure: SendFailure, offlineAtSend: boolean): Outcome {
  const offline = offlineAtSend || !navigator.onLine;
  session.phase = 'failed';
  session.failure = { reason: failure.reason, status: failure.status, offline };
  session.host.requestUpdate();
  const focused = session.host.focusAfterUpdate('[part=send-failure]');
  session.host.dispatchEvent(
    new TpEvent<TpSubmitFailedDetail>('tp-submit-failed', {
      submissionId: pending.submissionId,
      reason: failure.reason,
      ...(failure.status === undefined ? {} : { status: failure.status }),
    }),
  );
  if (offline && !pending.retriedOnline) retryWhenOnline(session, pending);
  return { sent: false, focused };
}

/** Once the connection returns, sends the same payload again, once, and says so. */
function retryWhenOnline<A, P>(session: FormSession<A, P>, pending: Pending<P>) {
  const onOnline = () => {
    session.stopWaitingOnline?.();
    if (session.phase !== 'failed' || session.pending !== pending) return;
    pending.retriedOnline = true;
    session.retryingOnline = true;
    void session.retry();
  };
  window.addEventListener('online', onOnline);
  session.stopWaitingOnline = () => {
    window.removeEventListener('online', onOnline);
    session.stopWaitingOnline = undefined;
  };
}

function showIssues<A, P>(session: FormSession<A, P>, errors: Map<string, ValidationIssue>): Outcome {
  session.errors = errors;
  session.showSummary = true;
  session.phase = 'editing';
  session.host.requestUpdate();
  const detail: TpInvalidDetail = {
    missing: [...errors.keys()].filter((id) => session.adapter.isMissing(session.answers, id)),
    issues: [...session.adapter.messages(errors)].map(([id, message]) => ({ id, message })),
  };
  const focused = session.host.focusAfterUpdate('.error-summary');
  session.host.dispatchEvent(new TpEvent<TpInvalidDetail>('tp-invalid', detail));
  return { sent: false, focused };
}

/** The answers are complete but the payload is not (a host's attribute): tell both, keep the answers. */
function showHostProblem<A, P>(session: FormSession<A, P>, issues: readonly ValidationIssue[]): Outcome {
  session.hostProblem = true;
  session.phase = 'editing';
  session.host.requestUpdate();
  const focused = session.host.focusAfterUpdate('[part=send-error]');
  session.host.dispatchEvent(new TpEvent('tp-error', { message: 'The payload is not valid.', issues: [...issues] }));
  return { sent: false, focused };
}
