/**
 * Every event a tyopari element sends. All bubble and cross shadow roots
 * (`composed`), so a host can listen on the element or any ancestor.
 * Each element also narrows `addEventListener` to its own payload types.
 */
import type { EvaluationPayload } from './schema/evaluation-payload.js';
import type { KickoffRecord } from './schema/kickoff.js';
import type { PairRequestPayload } from './schema/pair-request-payload.js';

export class TpEvent<T> extends CustomEvent<T> {
  constructor(type: string, detail: T) {
    super(type, { detail, bubbles: true, composed: true });
  }
}

/**
 * `tp-change` from every element: which field changed (its id) and its new
 * value. `<tp-likert-scale>` gives its `name` as `id`, and as `name` too.
 */
export interface TpChangeDetail {
  id: string;
  value: unknown;
  name?: string;
}

/** `tp-change` from `<tp-likert-scale>`: `id` and `name` are the element's `name`. */
export interface TpLikertChangeDetail extends TpChangeDetail {
  name: string;
  value: number | null;
}

/** @deprecated The same as `TpChangeDetail`; kept so code written for 0.1 still compiles. */
export type TpFieldChangeDetail = TpChangeDetail;

/** `tp-invalid`: a submit was blocked; `missing` lists required fields left empty. */
export interface TpInvalidDetail {
  missing: string[];
  issues: { id: string; message: string }[];
}

/** `tp-error`: the element could not use what the host gave it (e.g. a bad definition). */
export interface TpErrorDetail {
  message: string;
  issues: unknown[];
}

/**
 * `tp-draft`: what happened to a saved draft: restored, dropped because it no
 * longer fits, discarded by the user, or `unavailable` (this browser keeps no
 * drafts: storage is blocked or full, or another element on the page uses the
 * same draft key).
 */
export interface TpDraftDetail {
  status: 'restored' | 'dropped' | 'discarded' | 'unavailable';
}

/** Why a send failed: a `waitUntil` promise rejected, none settled in time, or `action`'s request failed. */
export type TpSubmitFailureReason = 'rejected' | 'timeout' | 'network' | 'http';

/** `tp-submit-failed`: the host did not store the payload; the answers are still in the form. */
export interface TpSubmitFailedDetail {
  submissionId: string;
  reason: TpSubmitFailureReason;
  /** The HTTP status, when `reason` is `http`. */
  status?: number;
}

/** Everything a tyopari `tp-submit` can carry; each element narrows it. */
export type TpSubmitDetail = EvaluationPayload | PairRequestPayload | KickoffRecord;

/**
 * `tp-submit`: a complete, valid payload for the host to store. Like the
 * platform's `ExtendableEvent`, a listener may call `waitUntil(promise)`
 * while the event is being dispatched, any number of times: the form then
 * shows that it is sending, and says it was sent only once every promise has
 * fulfilled. A rejected promise (or none settling within the form's
 * `submit-timeout`) keeps the answers and shows an error with a retry.
 * A listener that never calls it gets the thank-you at once.
 */
export class TpSubmitEvent<T = TpSubmitDetail> extends TpEvent<T> {
  readonly #promises: Promise<unknown>[] = [];
  #open = true;

  constructor(detail: T) {
    super('tp-submit', detail);
  }

  /** Keeps the form sending until `promise` settles: fulfilled means stored, rejected means not stored. */
  waitUntil(promise: PromiseLike<unknown> | unknown): void {
    if (!this.#open) {
      throw new DOMException('Call waitUntil() while tp-submit is being dispatched, not later.', 'InvalidStateError');
    }
    this.#promises.push(Promise.resolve(promise));
  }

  /**
   * Ends the time for `waitUntil` and returns what the listeners gave it.
   * @internal Called by the form once the event has been dispatched.
   */
  settle(): Promise<unknown>[] {
    this.#open = false;
    return [...this.#promises];
  }
}

export type TpChangeEvent = TpEvent<TpChangeDetail>;
export type TpInvalidEvent = TpEvent<TpInvalidDetail>;
export type TpErrorEvent = TpEvent<TpErrorDetail>;
export type TpDraftEvent = TpEvent<TpDraftDetail>;
export type TpSubmitFailedEvent = TpEvent<TpSubmitFailedDetail>;

declare global {
  interface HTMLElementEventMap {
    'tp-change': TpChangeEvent;
    'tp-submit': TpSubmitEvent;
    'tp-submit-failed': TpSubmitFailedEvent;
    'tp-invalid': TpInvalidEvent;
    'tp-error': TpErrorEvent;
    'tp-draft': TpDraftEvent;
  }
}
