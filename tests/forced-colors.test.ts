/**
 * Forced colours (Windows high contrast), emulated in Chromium: the user's
 * system colours replace every theme colour and box shadows disappear. The
 * chosen option of a scale, radio buttons, checkboxes, the focus ring and
 * errors must still be visible.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/elements/evaluation-form/evaluation-form.js';
import '../src/elements/pair-request-form/pair-request-form.js';
import type { TpEvaluationForm } from '../src/elements/evaluation-form/evaluation-form.js';
import type { TpPairRequestForm } from '../src/elements/pair-request-form/pair-request-form.js';
import { choose, likerts, shadow } from './helpers.js';

const style = (el: Element) => getComputedStyle(el);
const px = (value: string) => Number.parseFloat(value) || 0;

/** A box drawn around `el`: a solid border of at least `min` px on every side. */
function expectBorder(el: Element, min = 1, note = '') {
  const s = style(el);
  for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
    expect(s[`border${side}Style`], `${note} border-${side}`).to.not.equal('none');
    expect(px(s[`border${side}Width`]), `${note} border-${side}-width`).to.be.at.least(min);
  }
}

/** A visible focus ring: a solid outline at least 2 px wide, not the colour of the page. */
function expectFocusRing(el: Element, note = '') {
  const s = style(el);
  expect(s.outlineStyle, `${note} outline-style`).to.not.equal('none');
  expect(px(s.outlineWidth), `${note} outline-width`).to.be.at.least(2);
  expect(s.outlineColor, `${note} outline-color`).to.not.equal(style(document.body).backgroundColor);
}

function focused(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('forced colours (high contrast)', () => {
  before(async () => {
    await executeServerCommand('forced-colors', { active: true });
  });
  after(async () => {
    await executeServerCommand('forced-colors', { active: false });
  });

  it('is emulated', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('shows which option of a scale is chosen, each option’s box and the focus ring', async () => {
    const el = await fixture<TpEvaluationForm>(html`<tp-evaluation-form respondent="ammattilainen"></tp-evaluation-form>`);
    const likert = likerts(el)[0]!;
    choose(likert, 4);
    await el.updateComplete;
    const options = [...likert.querySelectorAll<HTMLElement>('.option')];
    expect(options.length).to.equal(5);
    options.forEach((option, index) => expectBorder(option, 1, `option ${index + 1}`));
    const chosen = options.find((option) => option.querySelector('input')!.checked)!;
    const other = options.find((option) => !option.querySelector('input')!.checked)!;
    expect(style(chosen).borderTopColor, 'chosen option border').to.not.equal(style(other).borderTopColor);
    // The focus ring, reached with the keyboard.
    likert.querySelector<HTMLInputElement>('input:checked')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    const ring = likert.querySelector<HTMLElement>('.option:has(input:focus-visible)');
    expect(ring !== null, 'an option with the focus').to.equal(true);
    expectFocusRing(ring!, 'focused option');
    // A text field with the keyboard focus.
    shadow(el).getElementById('activityType')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('duration');
    expectFocusRing(focused()!, 'text field');
  });

  it('keeps radio buttons and checkboxes visible, and errors marked', async () => {
    const el = await fixture<TpPairRequestForm>(html`<tp-pair-request-form></tp-pair-request-form>`);
    const controls = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')];
    expect(controls.length).to.be.greaterThan(10);
    for (const control of controls) {
      const s = style(control);
      const box = control.getBoundingClientRect();
      expect(s.visibility, control.id).to.equal('visible');
      expect(Number(s.opacity), control.id).to.equal(1);
      expect(s.appearance, control.id).to.not.equal('none');
      expect(box.width, control.id).to.be.at.least(16);
      expect(box.height, control.id).to.be.at.least(16);
    }
    const invalid = oneEvent(el, 'tp-invalid');
    shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await invalid;
    await el.updateComplete;
    await waitUntil(() => focused()?.classList.contains('error-summary'), 'the error summary takes the focus');
    const summary = shadow(el).querySelector('.error-summary')!;
    expectBorder(summary, 2, 'error summary');
    expectFocusRing(summary, 'error summary');
    const marked = [...shadow(el).querySelectorAll('.field--error')];
    expect(marked.length).to.be.greaterThan(3);
    for (const field of marked) {
      expect(style(field).borderInlineStartStyle).to.equal('solid');
      expect(px(style(field).borderInlineStartWidth)).to.be.at.least(3);
    }
    for (const message of shadow(el).querySelectorAll<HTMLElement>('.field-error')) {
      expect(message.textContent!.trim().length).to.be.greaterThan(0);
      expect(style(message).color).to.not.equal(style(message).backgroundColor);
      expect(message.getBoundingClientRect().height).to.be.greaterThan(0);
    }
    // A field in error is marked by more than colour: aria-invalid and its border.
    for (const input of shadow(el).querySelectorAll<HTMLInputElement>('input[aria-invalid=true]:not([type=checkbox]):not([type=radio]), textarea[aria-invalid=true]')) {
      expectBorder(input, 1, input.id);
    }
  });
});
