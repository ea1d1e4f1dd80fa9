/**
 * Issue 11, break 5: a `<tp-likert-scale>` `value` given as the string "3" (what
 * an attribute or a framework binding gives) was silently set to null.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/likert-scale/likert-scale.js';
import type { TpLikertScale } from '../src/elements/likert-scale/likert-scale.js';

const checked = (el: TpLikertScale) => el.shadowRoot!.querySelector<HTMLInputElement>('input:checked')?.value ?? null;

/** Runs `act` and returns what it wrote to console.warn. */
async function warnings(act: () => Promise<void> | void): Promise<string[]> {
  const written: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => written.push(args.map(String).join(' '));
  try {
    await act();
  } finally {
    console.warn = original;
  }
  return written;
}

describe('<tp-likert-scale> value as a string (break 5)', () => {
  it('reads a numeric value attribute and a numeric string property as the number', async () => {
    const el = await fixture<TpLikertScale>(html`<tp-likert-scale name="s" value="3">Väite</tp-likert-scale>`);
    expect(el.value).to.equal(3);
    expect(checked(el)).to.equal('3');
    const logged = await warnings(async () => {
      (el as { value: unknown }).value = '4';
      await el.updateComplete;
      expect(el.value).to.equal(4);
      expect(checked(el)).to.equal('4');
      (el as { value: unknown }).value = ' 5 ';
      await el.updateComplete;
      expect(el.value).to.equal(5);
      el.setAttribute('value', '2');
      await el.updateComplete;
      expect(el.value).to.equal(2);
      expect(checked(el)).to.equal('2');
    });
    expect(logged).to.deep.equal([]);
  });

  it('takes a string from a framework binding (Lit .value="3") and sends it in a form', async () => {
    const value: unknown = '3';
    const form = await fixture<HTMLFormElement>(
      html`<form><tp-likert-scale name="s" .value=${value}>Väite</tp-likert-scale></form>`,
    );
    const el = form.querySelector<TpLikertScale>('tp-likert-scale')!;
    await el.updateComplete;
    expect(el.value).to.equal(3);
    expect(new FormData(form).get('s')).to.equal('3');
  });

  it('refuses anything that is not a whole number with a console warning, and chooses nothing', async () => {
    const el = await fixture<TpLikertScale>(html`<tp-likert-scale name="s" value="2">Väite</tp-likert-scale>`);
    for (const bad of ['abc', '3a', '2.5', 2.5, Number.NaN, Infinity, {}, [3], true]) {
      el.value = 2;
      await el.updateComplete;
      const logged = await warnings(async () => {
        (el as { value: unknown }).value = bad;
        await el.updateComplete;
      });
      expect(el.value, String(bad)).to.equal(null);
      expect(checked(el), String(bad)).to.equal(null);
      expect(logged, String(bad)).to.have.length(1);
      expect(logged[0]).to.contain('<tp-likert-scale>');
      expect(logged[0]).to.contain('not a whole number');
    }
    const fromAttribute = await warnings(async () => {
      el.setAttribute('value', 'kolme');
      await el.updateComplete;
    });
    expect(el.value).to.equal(null);
    expect(fromAttribute[0]).to.contain('kolme');
  });

  it('clears quietly with null, undefined or an empty string', async () => {
    const el = await fixture<TpLikertScale>(html`<tp-likert-scale name="s" value="4">Väite</tp-likert-scale>`);
    const logged = await warnings(async () => {
      for (const empty of [null, undefined, '']) {
        el.value = 4;
        await el.updateComplete;
        (el as { value: unknown }).value = empty;
        await el.updateComplete;
        expect(el.value).to.equal(null);
      }
      el.removeAttribute('value');
      await el.updateComplete;
    });
    expect(logged).to.deep.equal([]);
  });

  it('still returns to the value attribute on form reset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><tp-likert-scale name="s" value="2">Väite</tp-likert-scale></form>`);
    const el = form.querySelector<TpLikertScale>('tp-likert-scale')!;
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="5"]')!.click();
    await el.updateComplete;
    expect(el.value).to.equal(5);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal(2);
  });
});
