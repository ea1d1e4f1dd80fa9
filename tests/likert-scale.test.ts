import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../src/internal/localization.js';
import '../src/elements/likert-scale/likert-scale.js';
import type { TpLikertScale } from '../src/elements/likert-scale/likert-scale.js';
import { accessibilityNode, atWidth, expectNoSidewaysScroll, expectTargetsAtLeast } from './helpers.js';

const radios = (el: TpLikertScale) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];

describe('<tp-likert-scale>', () => {
  afterEach(() => setLocale('fi'));

  it('renders five options with the statement as the group legend', async () => {
    const el = await fixture<TpLikertScale>(html`<tp-likert-scale name="a1">Yhteiset tavoitteet olivat selkeät</tp-likert-scale>`);
    expect(radios(el)).to.have.length(5);
    const legend = el.shadowRoot!.querySelector('legend')!;
    expect(legend.querySelector('slot')!.assignedNodes()[0]!.textContent).to.equal('Yhteiset tavoitteet olivat selkeät');
    expect(el.shadowRoot!.querySelector('[part=ends]')!.textContent).to.contain('täysin eri mieltä');
    await expect(el).to.be.accessible();
  });

  it('picks an answer by click and tells the host', async () => {
    const el = await fixture<TpLikertScale>(html`<tp-likert-scale name="a1" label="Väite"></tp-likert-scale>`);
    const change = oneEvent(el, 'tp-change');
    radios(el)[3]!.click();
    const event = await change;
    expect(event.detail).to.deep.equal({ id: 'a1', name: 'a1', value: 4 });
    expect(el.value).to.equal(4);
  });

  it('has its form value and validity set before input and change reach a host listener', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><tp-likert-scale name="a1" label="Väite" required></tp-likert-scale></form>`,
    );
    const el = form.querySelector('tp-likert-scale')!;
    expect(form.checkValidity(), 'required and empty').to.equal(false);
    const seen: { type: string; data: string | null; valid: boolean }[] = [];
    for (const type of ['input', 'change']) {
      el.addEventListener(type, () => {
        seen.push({ type, data: new FormData(form).get('a1') as string | null, valid: form.checkValidity() });
      });
    }
    radios(el)[1]!.click();
    expect(seen).to.deep.equal([
      { type: 'input', data: '2', valid: true },
      { type: 'change', data: '2', valid: true },
    ]);
    seen.length = 0;
    radios(el)[4]!.click();
    expect(seen.map((entry) => entry.data)).to.deep.equal(['5', '5']);
  });

  it('sends one input and one change per choice, like a native input, with the new value', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><tp-likert-scale name="a1" label="Väite"></tp-likert-scale></form>`);
    const el = form.querySelector('tp-likert-scale')!;
    const seen: string[] = [];
    for (const type of ['input', 'change']) {
      form.addEventListener(type, (event) => seen.push(`${type}:${(event.target as TpLikertScale).value}`));
    }
    radios(el)[1]!.click();
    el.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(seen).to.deep.equal(['input:2', 'change:2', 'input:3', 'change:3']);
  });

  it('is one tab stop whose arrow keys move and select', async () => {
    const el = await fixture<TpLikertScale>(html`<div>
      <button>before</button><tp-likert-scale name="a1" label="Väite"></tp-likert-scale><button>after</button>
    </div>`);
    const likert = el.querySelector('tp-likert-scale')!;
    el.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(likert.shadowRoot!.activeElement).to.equal(radios(likert)[0]);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await likert.updateComplete;
    expect(likert.value).to.equal(3);
    await sendKeys({ press: 'ArrowLeft' });
    expect(likert.value).to.equal(2);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.querySelectorAll('button')[1]);
  });

  it('takes part in a form: FormData, required, reset and a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <fieldset><tp-likert-scale name="a1" label="Väite" required value="2"></tp-likert-scale></fieldset>
    </form>`);
    const likert = form.querySelector('tp-likert-scale')!;
    await likert.updateComplete;
    expect(new FormData(form).get('a1')).to.equal('2');
    likert.value = null;
    await likert.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(new FormData(form).get('a1')).to.equal(null);
    await likert.updateComplete;
    expect(likert.shadowRoot!.querySelector('[part=error-message]')!.textContent).to.equal('Valitse yksi vaihtoehto.');
    radios(likert)[4]!.click();
    await likert.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    expect(new FormData(form).get('a1')).to.equal('5');
    form.reset();
    await likert.updateComplete;
    expect(likert.value).to.equal(2);
    form.querySelector('fieldset')!.disabled = true;
    await likert.updateComplete;
    expect(radios(likert).every((radio) => radio.matches(':disabled'))).to.equal(true);
    expect(new FormData(form).get('a1')).to.equal(null);
  });

  it('names the end options with their words, in every language', async () => {
    const el = await fixture<TpLikertScale>(html`<tp-likert-scale label="Väite"></tp-likert-scale>`);
    // The accessible name: the end radios' aria-label, which starts with the visible number
    // (WCAG 2.5.3, label in name), or the number of the label around a middle radio.
    const names = () =>
      radios(el).map((radio) => {
        const shown = radio.labels![0]!.textContent!.trim();
        const name = radio.getAttribute('aria-label') ?? shown;
        expect(name.startsWith(shown)).to.equal(true);
        return name;
      });
    expect(names()[0]).to.contain('1, täysin eri mieltä');
    expect(names()[2]).to.equal('3');
    expect(names()[4]).to.contain('5, täysin samaa mieltä');
    await setLocale('sv');
    await el.updateComplete;
    expect(names()[0]).to.contain('1, helt av annan åsikt');
    await expect(el).to.be.accessible();
    await setLocale('en');
    await el.updateComplete;
    expect(names()[4]).to.contain('5, strongly agree');
    await expect(el).to.be.accessible();
  });

  it('sends the surrounding form with Enter, like a native radio button', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><tp-likert-scale name="a1" label="Väite" value="3"></tp-likert-scale></form>`);
    const el = form.querySelector('tp-likert-scale')!;
    const sent = new Promise<FormData>((resolve) =>
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        resolve(new FormData(form));
      }),
    );
    el.focus();
    await sendKeys({ press: 'Enter' });
    expect((await sent).get('a1')).to.equal('3');
  });

  it('is a required radio group, said to be invalid, with its error, only after a send finds it empty', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><tp-likert-scale name="a1" label="Väite" required></tp-likert-scale></form>`);
    const el = form.querySelector('tp-likert-scale')!;
    // What a screen reader is told: the group's role, name, states and description.
    const group = () => accessibilityNode('radiogroup', 'Väite');
    const before = await group();
    expect(before, 'a radiogroup named by its statement').to.not.equal(null);
    expect(before!.required).to.equal(true);
    expect(before!.invalid ?? 'false').to.equal('false');
    expect(before!.description ?? '').to.equal('');
    expect(el.shadowRoot!.querySelector('[part=error-message]'), 'no error paragraph without an error').to.equal(null);
    form.requestSubmit();
    await el.updateComplete;
    const missing = await group();
    expect(missing!.invalid).to.equal('true');
    expect(missing!.description).to.equal('Valitse yksi vaihtoehto.');
    // Said once, by the group: not again by each of its five radios.
    expect(radios(el).filter((radio) => radio.hasAttribute('aria-invalid') || radio.hasAttribute('aria-describedby'))).to.deep.equal([]);
    radios(el)[2]!.click();
    await el.updateComplete;
    const answered = await group();
    expect(answered!.invalid ?? 'false').to.equal('false');
    expect(answered!.description ?? '').to.equal('');
  });

  it('falls back to 1–5 for a range it cannot show, so the end words name the right numbers', async () => {
    for (const [min, max] of [['9', '2'], ['-1000000', '5'], ['1.5', '5'], ['3', '3'], ['0', '12']]) {
      const el = await fixture<TpLikertScale>(html`<tp-likert-scale label="Väite" min=${min!} max=${max!}></tp-likert-scale>`);
      expect(radios(el).map((radio) => radio.value), `min ${min} max ${max}`).to.deep.equal(['1', '2', '3', '4', '5']);
      expect(el.shadowRoot!.querySelector('[part=ends]')!.textContent).to.contain('1 = täysin eri mieltä');
    }
    const wide = await fixture<TpLikertScale>(html`<tp-likert-scale label="Väite" min="0" max="11"></tp-likert-scale>`);
    expect(radios(wide)).to.have.length(12);
    await atWidth(1000, async () => {
      const tops = new Set([...wide.shadowRoot!.querySelectorAll('[part=option]')].map((option) => option.getBoundingClientRect().top));
      expect(tops.size, 'one row on a wide screen').to.equal(1);
    });
    await atWidth(320, async () => {
      expectNoSidewaysScroll(wide, '0–11');
      expectTargetsAtLeast(wide.shadowRoot!.querySelectorAll('[part=option]'), 24, '0–11');
    });
  });

  it('ignores an answer outside the scale', async () => {
    const el = await fixture<TpLikertScale>(html`<tp-likert-scale label="Väite" value="9"></tp-likert-scale>`);
    expect(el.value).to.equal(null);
    expect(radios(el).some((radio) => radio.checked)).to.equal(false);
  });

  describe('as a form control', () => {
    const inForm = async ({ disabled = false } = {}) => {
      const form = await fixture<HTMLFormElement>(
        html`<form><tp-likert-scale name="a3" label="Väite" value="2" required ?disabled=${disabled}></tp-likert-scale></form>`,
      );
      const el = form.querySelector('tp-likert-scale')!;
      await el.updateComplete;
      return { form, el };
    };
    const checked = (el: TpLikertScale) => radios(el).filter((radio) => radio.checked).map((radio) => radio.value);

    it('takes back the answer the browser restores, e.g. after going back a page', async () => {
      const { form, el } = await inForm();
      el.formStateRestoreCallback('4');
      await el.updateComplete;
      expect(el.value).to.equal(4);
      expect(checked(el)).to.deep.equal(['4']);
      expect(new FormData(form).get('a3')).to.equal('4');
      el.formStateRestoreCallback(null);
      await el.updateComplete;
      expect(checked(el)).to.deep.equal([]);
      expect(new FormData(form).get('a3')).to.equal(null);
    });

    it('with its own disabled attribute: no option can be picked and nothing is sent or required', async () => {
      const { form, el } = await inForm({ disabled: true });
      expect(el.matches(':disabled')).to.equal(true);
      expect(radios(el).every((radio) => radio.matches(':disabled'))).to.equal(true);
      radios(el)[4]!.click();
      await el.updateComplete;
      expect(el.value).to.equal(2);
      expect(new FormData(form).get('a3')).to.equal(null);
      el.value = null;
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(true);
      el.removeAttribute('disabled');
      await el.updateComplete;
      expect(radios(el).some((radio) => radio.matches(':disabled'))).to.equal(false);
      expect(form.checkValidity()).to.equal(false);
      radios(el)[4]!.click();
      await el.updateComplete;
      expect(new FormData(form).get('a3')).to.equal('5');
      el.disabled = true;
      await el.updateComplete;
      expect(radios(el).every((radio) => radio.matches(':disabled'))).to.equal(true);
      el.disabled = false;
      await el.updateComplete;
      expect(radios(el).some((radio) => radio.matches(':disabled')), 'enabled again by the property').to.equal(false);
    });

    it('fires exactly one change per click, from the element itself, with its value already set', async () => {
      const { el } = await inForm();
      const changes: { origin: EventTarget | undefined; value: number | null }[] = [];
      el.addEventListener('change', (event) =>
        changes.push({ origin: event.composedPath()[0], value: (event.currentTarget as TpLikertScale).value }),
      );
      radios(el)[2]!.click();
      expect(changes).to.deep.equal([{ origin: el, value: 3 }]);
      radios(el)[2]!.click(); // already chosen: nothing changes
      radios(el)[0]!.click();
      expect(changes).to.deep.equal([
        { origin: el, value: 3 },
        { origin: el, value: 1 },
      ]);
    });
  });
});
