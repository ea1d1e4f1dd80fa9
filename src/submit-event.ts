/**
 * The `tp-submit` event class, in a file of its own: a form needs it only when
 * it sends, so it loads with the send code, not with the form's first render.
 * Import it from `events.ts` (or the package root).
 */
import type { TpSubmitDetail } from './events.js';

/**
 * `tp-submit`: a complete, valid payload for the host to store. Like the
 * platform's `ExtendableEvent`, a listener may call `waitUntil(promise)`
 * while the event is being dispatched, any number of times: the form then
 * shows that it is sending, and says it was sent only once every promise has
 * fulfilled. A rejected promise (or none settling within the form's
 * `submit-timeout`) keeps the answers and shows an error with a retry.
 * A listener that never calls it gets the thank-you at once.
 */
export class TpSubmitEvent<T = TpSubmitDetail> extends CustomEvent<T> {
  readonly #promises: Promise<unknown>[] = [];
  #open = true;

  constructor(detail: T) {
    // Like every tyopari event: it bubbles and crosses shadow roots.
    super('tp-submit', { detail, bubbles: true, composed: true });
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
