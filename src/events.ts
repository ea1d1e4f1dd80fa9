/**
 * Every event a tyopari element sends. All bubble and cross shadow roots
 * (`composed`), so a host can listen on the element or any ancestor.
 * Each element also narrows `addEventListener` to its own payload types.
 */
import type { EvaluationPayload } from './schema/evaluation-payload.js';
import type { KickoffRecord } from './schema/kickoff.js';
import type { PairRequestPayload } from './schema/pair-request-payload.js';
import type { ReflectionPayload } from './schema/reflection.js';
import type { TpSubmitEvent } from './submit-event.js';

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
export type TpSubmitDetail = EvaluationPayload | PairRequestPayload | KickoffRecord | ReflectionPayload;

export { TpSubmitEvent } from './submit-event.js';

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
