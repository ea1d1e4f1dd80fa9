import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { ensureLocalization } from './localization.js';

/**
 * What every tyopari element shares: it sets up localization on first use and
 * re-renders when the language changes (what `@localized()` does).
 */
export class TpElement extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Work under way that the element's state waits for (a lazy module, a draft). */
  private readonly work = new Set<Promise<unknown>>();

  /**
   * Lets `updateComplete` wait for `promise` too, so a host or a test that
   * awaits it sees the element settled (a restored draft, a checked definition).
   * A rejection is the caller's to handle: it is not rethrown here.
   * @internal
   */
  track<T>(promise: Promise<T>): Promise<T> {
    const settled = promise.then(
      () => undefined,
      () => undefined,
    );
    this.work.add(settled);
    void settled.then(() => this.work.delete(settled));
    return promise;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.work.size > 0 || this.isUpdatePending) {
      await Promise.all(this.work);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  override connectedCallback(): void {
    ensureLocalization();
    super.connectedCallback();
  }

  /**
   * Moves focus to what `selector` finds once the element has rendered: an
   * error summary, a thank-you, or the title (`.title`, `tabindex="-1"`) when
   * the button the user pressed is gone, so focus stays in the form.
   * @internal
   */
  async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}

/**
 * What the three forms share as attributes: where a send goes besides
 * `tp-submit`, how long it may take, and which draft an element keeps.
 * The behaviour behind them is `FormSession` (src/internal/form-session.ts).
 */
export class TpFormElement extends TpElement {
  /**
   * A URL to POST the payload to as JSON (`Content-Type: application/json`,
   * same-origin credentials, `Idempotency-Key: <submissionId>`), for a host
   * without a script of its own. A 2xx answer means stored; anything else, or
   * no answer, shows the error with a retry. `tp-submit` still fires first.
   */
  @property() action: string | null = null;

  /**
   * Seconds to wait for the host to store a payload (its `waitUntil` promises
   * and `action`) before saying it was not sent. Default 30.
   */
  @property({ attribute: 'submit-timeout', type: Number }) submitTimeout: number | null = null;

  /**
   * Keeps this element's draft apart from another of the same form on the
   * page (two pair requests, say). Without it the element's `id` is used.
   */
  @property({ attribute: 'draft-key' }) draftKey: string | null = null;
}

/**
 * The element's own semantics: a `form` landmark named by its title (set by
 * the element), given through ElementInternals so the host's markup needs no
 * `role` attribute.
 */
export function formInternals(host: HTMLElement): ElementInternals {
  const internals = host.attachInternals();
  internals.role = 'form';
  return internals;
}

/** Defines a custom element unless the tag is taken (two copies of the library on one page). */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
