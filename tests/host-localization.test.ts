/**
 * A host that uses @lit/localize itself configures it first and merges our
 * templates (README, "Your own @lit/localize"). This file runs in its own page,
 * so the host's configureLocalization really is the first call.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { loadTyopariLocale } from '../src/internal/localization.js';

const hostTemplates: Record<string, Record<string, string>> = { sv: { 'host.greeting': 'Hej' }, en: { 'host.greeting': 'Hello' } };

const { setLocale: hostSetLocale } = configureLocalization({
  sourceLocale: 'fi',
  targetLocales: ['sv', 'en'],
  loadLocale: async (locale) => ({ templates: { ...(await loadTyopariLocale(locale)).templates, ...hostTemplates[locale] } }),
});

describe('a host with its own @lit/localize', () => {
  it('renders and labels the host’s language when the host switched before our first element', async () => {
    await hostSetLocale('sv');
    await import('../src/elements/evaluation-form/evaluation-form.js');
    const el = await fixture(html`<tp-evaluation-form respondent="kokemustoimija"></tp-evaluation-form>`);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Blankett för utvärdering av arbete i arbetspar');
    expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('sv');
    await hostSetLocale('fi');
  });

  it('keeps the host in charge: our elements render and follow the host’s setLocale', async () => {
    await import('../src/elements/evaluation-form/evaluation-form.js');
    const el = await fixture(html`<tp-evaluation-form respondent="ammattilainen"></tp-evaluation-form>`);
    const title = () => el.shadowRoot!.querySelector('h2')!.textContent;
    expect(title()).to.equal('Työparityöskentelyn arviointilomake');
    await hostSetLocale('en');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(title()).to.equal('Pair work evaluation form');
    expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
    await hostSetLocale('fi');
  });

});
