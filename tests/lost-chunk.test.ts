/**
 * A network gone mid-page: the send code is a lazy chunk, and here it never
 * arrives. The form comes from the test server's /lost-network/ copy of the
 * project, whose send chunk is always refused (see tests/web-test-runner.config.mjs);
 * no other page loads that URL. Nothing is sent, nothing is lost.
 */
import { aTimeout, expect, fixture } from '@open-wc/testing';
import type { TpPairRequestForm } from '../src/elements/pair-request-form/pair-request-form.js';
import { fillPairRequest } from './fill.js';
import { shadow } from './helpers.js';

describe('the send code does not arrive', () => {
  // The same source under a URL of its own; the test server serves .ts as modules.
  const lostNetworkCopy = '/lost-network/src/elements/pair-request-form/pair-request-form.ts';
  before(() => import(lostNetworkCopy));

  it('sends nothing, keeps every answer and the draft, says why in the console, and frees the button', async () => {
    const el = await fixture<TpPairRequestForm>('<tp-pair-request-form autosave></tp-pair-request-form>');
    await fillPairRequest(el);
    const errors: unknown[][] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    let submitted = 0;
    el.addEventListener('tp-submit', () => submitted++);
    try {
      const button = shadow(el).querySelector<HTMLButtonElement>('[part=submit]')!;
      button.click();
      expect(await el.submit()).to.equal(false);
      await aTimeout(50);
      expect(button.getAttribute('aria-disabled')).to.equal('false');
    } finally {
      console.error = error;
    }
    expect(submitted).to.equal(0);
    expect(String(errors[0]?.[0])).to.contain('the answers are kept');
    expect((shadow(el).getElementById('municipality') as HTMLInputElement).value).to.equal('Kemijärvi');
    expect(JSON.parse(sessionStorage.getItem('tyopari-forms:draft:pair-request@1')!).data.municipality).to.equal('Kemijärvi');
    expect(shadow(el).querySelector('.confirmation')).to.equal(null);
    sessionStorage.clear();
  });
});
