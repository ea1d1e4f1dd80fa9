import { LitElement } from 'lit';
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

  override connectedCallback(): void {
    ensureLocalization();
    super.connectedCallback();
  }

  /** Moves focus to what `selector` finds once the element has rendered (an error summary, a thank-you). */
  protected async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /**
   * Moves focus to the form's title (`.title`, with `tabindex="-1"`): after the
   * button the user pressed is gone (a discarded draft, a new form), focus
   * stays in the form instead of falling back to the page.
   */
  protected focusTitle(): Promise<void> {
    return this.focusAfterUpdate('.title');
  }
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
