/**
 * Issue 12, goal 4: the cost of a form grows linearly with its statements. A
 * host definition of 200 statements must render in under 10× the time of one
 * of 20 (a test of shape, not of milliseconds: a quadratic step would make it
 * about 100×). Rendered means every radio of every statement is in place and
 * laid out. Runs alternate between the two sizes after a warm-up that loads
 * the lazy modules (zod for the host's definition), and each size counts its
 * fastest run: noise on a busy machine only ever adds time. Also: a built-in
 * form is drawn in one render, not one more for its definition.
 */
import { expect } from '@open-wc/testing';
import '../src/elements/evaluation-form/evaluation-form.js';
import type { TpEvaluationForm } from '../src/elements/evaluation-form/evaluation-form.js';
import { hostDefinition, hostLikert } from './helpers.js';

/** A host definition with `count` statements, at most 100 to a section (the definition limit). */
function definition(count: number) {
  const sections = [];
  for (let start = 0; start < count; start += 100) {
    const id = `s${start / 100}`;
    const size = Math.min(100, count - start);
    sections.push({ id, items: Array.from({ length: size }, (_, i) => hostLikert(`${id}_${i}`, `Väite ${id}_${i}`)) });
  }
  return hostDefinition(sections);
}

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

/** Milliseconds from appending the form to every statement's five radios being laid out. */
async function renderTime(count: number): Promise<number> {
  const el = document.createElement('tp-evaluation-form') as TpEvaluationForm;
  el.respondent = 'ammattilainen';
  el.definition = definition(count) as never;
  let refused: unknown;
  el.addEventListener('tp-error', (event) => (refused = (event as CustomEvent).detail));
  const start = performance.now();
  document.body.append(el);
  for (;;) {
    if (refused) throw new Error(`${count} statements: refused ${JSON.stringify(refused)}`);
    if (performance.now() - start > 20000) throw new Error(`${count} statements: not rendered in 20 s`);
    await el.updateComplete;
    // The radios wherever the form puts them: its own shadow root or its nested elements'.
    const nested = [...el.shadowRoot!.querySelectorAll<Rendered>('*')].filter((child) => child.shadowRoot);
    await Promise.all(nested.map((child) => child.updateComplete));
    const radios = [el.shadowRoot!, ...nested.map((child) => child.shadowRoot!)].reduce(
      (sum, root) => sum + root.querySelectorAll('input[type=radio]').length,
      0,
    );
    if (radios >= count * 5) break;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  el.getBoundingClientRect(); // style and layout too
  const time = performance.now() - start;
  el.remove();
  return time;
}

describe('render cost grows linearly (issue 12, goal 4)', () => {
  it('renders a host definition of 200 statements in under 10× the time of 20', async function () {
    this.timeout(60000);
    await renderTime(20);
    await renderTime(200);
    const times: Record<number, number[]> = { 20: [], 200: [] };
    // Seven runs of each, taking turns; the fastest of each counts (noise only adds).
    for (let run = 0; run < 7; run++) {
      for (const count of run % 2 ? [200, 20] : [20, 200]) times[count]!.push(await renderTime(count));
    }
    const small = Math.min(...times[20]!);
    const large = Math.min(...times[200]!);
    expect(large / small, `20: ${times[20]!.map(Math.round)} ms, 200: ${times[200]!.map(Math.round)} ms`).to.be.below(10);
  });
});

describe('a built-in form is drawn once (issue 12, goal 1)', () => {
  it('renders the kokemustoimija form in one update, and again only when an answer changes', async () => {
    const proto = customElements.get('tp-evaluation-form')!.prototype as { render: () => unknown };
    const render = proto.render;
    let renders = 0;
    proto.render = function (this: unknown) {
      renders++;
      return render.call(this);
    };
    try {
      const el = document.createElement('tp-evaluation-form') as TpEvaluationForm;
      el.setAttribute('respondent', 'kokemustoimija');
      document.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('fieldset.likert')).to.have.length(15);
      expect(renders, 'renders to show the form').to.equal(1);
      el.shadowRoot!.querySelector<HTMLInputElement>('fieldset.likert input[value="3"]')!.click();
      await el.updateComplete;
      expect(renders, 'renders after one answer').to.equal(2);
      el.remove();
    } finally {
      proto.render = render;
    }
  });
});
