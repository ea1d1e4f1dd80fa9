/**
 * A host page's own Lit, loaded before the bundle on the pages of
 * tests/csp.test.ts: it creates its own Trusted Types policy named `lit-html`
 * first, as a Lit application that embeds the forms would.
 */
import { LitElement, html } from 'lit';

class HostGreeting extends LitElement {
  override render() {
    return html`<p>Isäntäsivun oma elementti</p>`;
  }
}
customElements.define('host-greeting', HostGreeting);
