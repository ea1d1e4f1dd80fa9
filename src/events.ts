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

/** `tp-change` from `<tp-likert-scale>`: the answer the user just chose. */
export interface TpLikertChangeDetail {
  name: string;
  value: number | null;
}

/** `tp-change` from a form: which field changed (its id) and its new value. */
export interface TpFieldChangeDetail {
  id: string;
  value: unknown;
}

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

/** `tp-draft`: what happened to a saved draft (restored, dropped because it no longer fits, discarded). */
export interface TpDraftDetail {
  status: 'restored' | 'dropped' | 'discarded';
}

/** Everything a tyopari `tp-submit` can carry; each element narrows it. */
export type TpSubmitDetail = EvaluationPayload | PairRequestPayload | KickoffRecord;

export type TpChangeEvent = TpEvent<TpLikertChangeDetail | TpFieldChangeDetail>;
export type TpSubmitEvent<T = TpSubmitDetail> = TpEvent<T>;
export type TpInvalidEvent = TpEvent<TpInvalidDetail>;
export type TpErrorEvent = TpEvent<TpErrorDetail>;
export type TpDraftEvent = TpEvent<TpDraftDetail>;

declare global {
  interface HTMLElementEventMap {
    'tp-change': TpChangeEvent;
    'tp-submit': TpSubmitEvent;
    'tp-invalid': TpInvalidEvent;
    'tp-error': TpErrorEvent;
    'tp-draft': TpDraftEvent;
  }
}
