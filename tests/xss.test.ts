/**
 * The XSS corpus: script-carrying strings through every text field, every
 * definition text, `value`, restored drafts and attributes of every element.
 * Each string calls `xss(n)` if it ever runs; every string must be shown as
 * text (or kept as typed), nothing may run, and no element of the string may
 * appear in the page.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setLocale } from '../src/internal/localization.js';
import '../src/elements/likert-scale/likert-scale.js';
import '../src/elements/evaluation-form/evaluation-form.js';
import '../src/elements/kickoff-guide/kickoff-guide.js';
import '../src/elements/pair-request-form/pair-request-form.js';
import '../src/elements/evaluation-summary/evaluation-summary.js';
import '../src/elements/pair-reflection/pair-reflection.js';
import { buildEvaluationPayload } from '../src/schema/evaluation-payload.js';
import { allItems, evaluationDefinitions, type EvaluationPayload, type EvaluationRole } from '../src/schema/index.js';
import type { TpEvaluationForm } from '../src/elements/evaluation-form/evaluation-form.js';
import type { TpKickoffGuide } from '../src/elements/kickoff-guide/kickoff-guide.js';
import type { TpPairRequestForm } from '../src/elements/pair-request-form/pair-request-form.js';
import type { TpLikertScale } from '../src/elements/likert-scale/likert-scale.js';
import { choose, likerts, shadow, typeInto, visibleText } from './helpers.js';

const templates = [
  '<script>§</script>',
  '<img src=x onerror=§>',
  '<img src="x" onerror="§">',
  '<svg onload=§>',
  '<svg><script>§</script></svg>',
  '"><img src=x onerror=§>',
  "'><img src=x onerror=§>",
  '</textarea><img src=x onerror=§>',
  '</title><img src=x onerror=§>',
  '</style><img src=x onerror=§>',
  '<iframe srcdoc="<script>parent.§</script>"></iframe>',
  '<iframe src="javascript:parent.§"></iframe>',
  'javascript:§',
  '<a href="javascript:§">linkki</a>',
  '<body onload=§>',
  '<details open ontoggle=§>',
  '<video><source onerror=§></video>',
  '<audio src=x onerror=§>',
  '<input autofocus onfocus=§>',
  '<select autofocus onfocus=§>',
  '<marquee onstart=§>',
  '<object data="javascript:§">',
  '<embed src="javascript:§">',
  '<math><mtext><table><mglyph><style><img src=x onerror=§>',
  '<noscript><p title="</noscript><img src=x onerror=§>">',
  '<template><img src=x onerror=§></template>',
  '<!--<img src=x onerror=§>-->',
  '<!--?lit$1234$--><img src=x onerror=§>',
  'lit$1234$<img src=x onerror=§>',
  '${§}',
  "{{constructor.constructor('§')()}}",
  '<img src=x onerror="&#120;ss(¤)">',
  '<IMG SRC=x OnErRoR=§>',
  '<img/src=x/onerror=§>',
  '<img src=x onerror=§//',
  '<svg/onload=§>',
  "<style>@import 'javascript:§';</style>",
  '<div style="background:url(javascript:§)">',
  '<link rel=stylesheet href="javascript:§">',
  '<meta http-equiv="refresh" content="0;url=javascript:§">',
  '<form><button formaction=javascript:§>x</button></form>',
  '<base href="javascript:§//">',
  '<img src="x` `<script>§</script>"` `>',
  '<scr<script>ipt>§</scr</script>ipt>',
  '\\u003cimg src=x onerror=§\\u003e',
  '%3Cimg%20src%3Dx%20onerror%3D§%3E',
  '&lt;img src=x onerror=§&gt;',
  '<svg><animate onbegin=§ attributeName=x dur=1s>',
  '<image src=x onerror=§>',
  '"onmouseover="§',
  "' onfocus='§' autofocus='",
  '<x contenteditable autofocus onfocus=§>',
  '<svg><a xlink:href="javascript:§"><text x="20" y="20">XSS</text></a></svg>',
  '\u202E<img src=x onerror=§>',
  '<img srcset=x onerror=§>',
  '<picture><source srcset=x><img onerror=§></picture>',
  '<body/onpageshow=§>',
  '<svg><set attributeName=onmouseover to=§>',
  '<table background="javascript:§">',
  '<img src=x onerror=§>\u0000',
];
/** The corpus: each string calls `xss(n)` with its own number if it ever runs. */
export const corpus = templates.map((template, n) => template.replaceAll('§', `xss(${n})`).replaceAll('¤', String(n)));

const fired: number[] = [];
(window as unknown as { xss: (n: number) => void }).xss = (n) => fired.push(n);

/** Tags a string of the corpus could create, if it were ever parsed as HTML. */
const INJECTED = [
  'script', 'img', 'iframe', 'svg', 'body', 'details', 'video', 'audio', 'source', 'marquee', 'object', 'embed',
  'math', 'noscript', 'style', 'link', 'meta', 'base', 'image', 'picture', 'table', 'x', 'select', 'animate', 'set',
];

/** Every element in `root` and the shadow trees under it. */
function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return found;
}

/** Nothing ran, no element of the corpus exists, and no element carries an event-handler attribute. */
async function expectInert(el: Element, allowed: readonly string[] = []) {
  await new Promise((resolve) => setTimeout(resolve, 30)); // an injected image's error would fire by now
  expect(fired, 'xss() was called').to.deep.equal([]);
  for (const node of deepElements(el)) {
    const tag = node.localName;
    expect(INJECTED.includes(tag) && !allowed.includes(tag), `injected <${tag}>`).to.equal(false);
    // The attributes the test itself gave the elements on the page are not rendered output.
    if (node.getRootNode() === document) continue;
    for (const attribute of node.getAttributeNames()) {
      expect(attribute.startsWith('on'), `<${tag} ${attribute}>`).to.equal(false);
      expect(/^\s*javascript:/i.test(node.getAttribute(attribute)!), `<${tag} ${attribute}>`).to.equal(false);
    }
  }
}
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text fields of an element's shadow root. */
const textFields = (el: Element) =>
  [...shadow(el).querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input:not([type]), input[type=text], input[type=tel], input[type=email]')];

afterEach(() => {
  fired.length = 0;
  sessionStorage.clear();
  localStorage.clear();
});

describe(`XSS corpus (${corpus.length} strings)`, () => {
  it('has at least 50 distinct strings', () => {
    expect(new Set(corpus).size).to.equal(corpus.length);
    expect(corpus.length).to.be.at.least(50);
  });

  it('<tp-evaluation-form>: every string in every text field is kept as typed, sent as text and never runs', async () => {
    for (let start = 0; start < corpus.length; start += 6) {
      const el = await fixture<TpEvaluationForm>(html`<tp-evaluation-form respondent="kokemustoimija" pair-id="p"></tp-evaluation-form>`);
      const fields = textFields(el);
      expect(fields.length).to.be.greaterThan(5);
      const typed = fields.map((_, index) => corpus[(start + index) % corpus.length]!);
      fields.forEach((field, index) => typeInto(field, typed[index]!));
      for (const likert of likerts(el)) choose(likert, 3);
      await el.updateComplete;
      fields.forEach((field, index) => expect(field.value).to.equal(typed[index]));
      const sent = oneEvent(el, 'tp-submit');
      shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      const { detail } = await sent;
      expect(detail.activityType).to.equal(typed[0]!.trim());
      await expectInert(el);
      el.remove();
    }
  });

  it('<tp-evaluation-form>: every definition text, in three languages, is shown as text', async () => {
    const text = (n: number) => {
      const value = corpus[n % corpus.length]!;
      return { fi: value, sv: value, en: value };
    };
    let n = 0;
    const next = () => text(n++);
    const definition = {
      id: 'xss',
      version: 1,
      title: next(),
      subtitle: next(),
      intro: [next(), next()],
      notice: next(),
      scale: { min: 1, max: 5, minLabel: next(), maxLabel: next() },
      details: [
        { kind: 'text', id: 'activityType', text: next(), hint: next(), multiline: false },
        { kind: 'text', id: 'duration', text: next(), multiline: false },
      ],
      sections: Array.from({ length: 6 }, (_, s) => ({
        id: `s${s}`,
        title: next(),
        intro: next(),
        items: [
          ...Array.from({ length: 5 }, (__, i) => ({ kind: 'likert', id: `s${s}l${i}`, text: next() })),
          { kind: 'text', id: `s${s}t`, text: next(), hint: next(), required: true },
        ],
      })),
      consents: [{ kind: 'consent', id: 'quotePermission', text: next(), hint: next(), required: true }],
    };
    expect(n).to.be.at.least(corpus.length);
    const el = document.createElement('tp-evaluation-form') as TpEvaluationForm;
    el.respondent = 'ammattilainen';
    el.definition = definition;
    document.body.append(el);
    try {
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      const shown = fold(visibleText(el));
      for (let i = 0; i < n; i++) expect(shown, corpus[i % corpus.length]).to.contain(fold(corpus[i % corpus.length]!));
      await expectInert(el);
      // The error summary repeats the labels: still text.
      const invalid = oneEvent(el, 'tp-invalid');
      shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await invalid;
      await el.updateComplete;
      expect(shadow(el).querySelector('.error-summary')!.textContent).to.contain(corpus[12]);
      await expectInert(el);
      await setLocale('sv');
      await el.updateComplete;
      expect(fold(visibleText(el))).to.contain(fold(corpus[0]!));
      await expectInert(el);
    } finally {
      await setLocale('fi');
      el.remove();
    }
  });

  it('<tp-evaluation-form>: a draft restored from storage is kept as text', async () => {
    const first = await fixture<TpEvaluationForm>(html`<tp-evaluation-form respondent="ammattilainen" autosave></tp-evaluation-form>`);
    const fields = textFields(first);
    fields.forEach((field, index) => typeInto(field, corpus[index]!));
    await first.updateComplete;
    first.remove();
    const second = await fixture<TpEvaluationForm>(html`<tp-evaluation-form respondent="ammattilainen" autosave></tp-evaluation-form>`);
    await second.updateComplete;
    textFields(second).forEach((field, index) => expect(field.value).to.equal(corpus[index]));
    await expectInert(second);
  });

  it('<tp-kickoff-guide>: every string in every field, in value and in a restored draft stays text', async () => {
    const el = await fixture<TpKickoffGuide>(html`<tp-kickoff-guide autosave></tp-kickoff-guide>`);
    const fields = textFields(el);
    expect(fields.length).to.be.greaterThan(10);
    const typed = fields.map((_, index) => corpus[(index * 3) % corpus.length]!);
    fields.forEach((field, index) => typeInto(field, typed[index]!));
    await el.updateComplete;
    await expectInert(el);
    const saved = oneEvent(el, 'tp-submit');
    [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent!.includes('Tallenna yhteenveto'))!.click();
    const { detail: record } = await saved;
    expect(JSON.stringify(record)).to.contain(JSON.stringify(typed[1]).slice(1, -1));
    await el.updateComplete;
    await expectInert(el);

    // The record given back in `value`.
    const again = await fixture<TpKickoffGuide>(html`<tp-kickoff-guide></tp-kickoff-guide>`);
    again.value = record;
    await again.updateComplete;
    textFields(again).forEach((field) => {
      if (field.value) expect(typed).to.include(field.value);
    });
    await expectInert(again);

    // The draft the first guide left behind.
    el.remove();
    const restored = await fixture<TpKickoffGuide>(html`<tp-kickoff-guide autosave></tp-kickoff-guide>`);
    await restored.updateComplete;
    await expectInert(restored);
  });

  it('<tp-pair-request-form>: every string in every text field is kept and never runs', async () => {
    for (let start = 0; start < corpus.length; start += 8) {
      const el = await fixture<TpPairRequestForm>(html`<tp-pair-request-form autosave></tp-pair-request-form>`);
      const fields = textFields(el);
      expect(fields.length).to.be.greaterThan(4);
      fields.forEach((field, index) => typeInto(field, corpus[(start + index) % corpus.length]!));
      await el.updateComplete;
      fields.forEach((field, index) => expect(field.value).to.equal(corpus[(start + index) % corpus.length]));
      const invalid = oneEvent(el, 'tp-invalid');
      shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await invalid;
      await el.updateComplete;
      await expectInert(el);
      el.remove();
      const restored = await fixture<TpPairRequestForm>(html`<tp-pair-request-form autosave></tp-pair-request-form>`);
      textFields(restored).forEach((field, index) => expect(field.value).to.equal(corpus[(start + index) % corpus.length]));
      await expectInert(restored);
      restored.remove();
    }
  });

  /** A valid payload of `role` whose texts are strings of the corpus, from `start` on. */
  function payloadWith(role: EvaluationRole, start: number, pairId: string, strings: readonly string[] = corpus): EvaluationPayload {
    const corpus = strings;
    const definition = evaluationDefinitions[role];
    const items = allItems(definition);
    const texts = items.filter((item) => item.kind === 'text' && !['activityType', 'duration'].includes(item.id));
    const result = buildEvaluationPayload(
      definition,
      {
        details: { activityType: corpus[start % corpus.length]!, duration: corpus[(start + 1) % corpus.length]! },
        ratings: Object.fromEntries(items.filter((item) => item.kind === 'likert').map((item, index) => [item.id, (index % 5) + 1])),
        openAnswers: Object.fromEntries(texts.map((item, index) => [item.id, corpus[(start + 2 + index) % corpus.length]!])),
        consents: { quotePermission: true },
      },
      { role, pairId, locale: 'fi' },
    );
    if (!result.success) throw new Error(JSON.stringify(result.error.issues));
    return result.data;
  }

  /** The tags an element draws for plain texts: the ones it may draw for the corpus too. */
  async function tagsFor(tag: string, payloads: unknown[], attributes = '') {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<${tag} ${attributes}></${tag}>`;
    const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown>; payloads: unknown[] };
    el.payloads = payloads;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    const tags = [...new Set(deepElements(el).map((node) => node.localName))];
    host.remove();
    return tags;
  }
  const plain = Array.from({ length: 20 }, (_, n) => `Tavallinen vastaus ${n}.`);

  it('<tp-pair-reflection>: open answers, pair id and typed notes stay text', async () => {
    const allowed = await tagsFor('tp-pair-reflection', [payloadWith('kokemustoimija', 0, 'p', plain), payloadWith('ammattilainen', 5, 'p', plain)]);
    for (let start = 0; start < corpus.length; start += 12) {
      const pairId = corpus[(start + 11) % corpus.length]!.slice(0, 200);
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown>; payloads: unknown[] }>(
        html`<tp-pair-reflection autosave></tp-pair-reflection>`,
      );
      el.payloads = [payloadWith('kokemustoimija', start, pairId), payloadWith('ammattilainen', start + 5, pairId)];
      await el.updateComplete;
      const shown = fold(visibleText(el));
      expect(shown).to.contain(fold(corpus[(start + 2) % corpus.length]!));
      const fields = textFields(el);
      fields.forEach((field, index) => typeInto(field, corpus[(start + index) % corpus.length]!));
      await el.updateComplete;
      fields.forEach((field, index) => expect(field.value).to.equal(corpus[(start + index) % corpus.length]));
      await expectInert(el, allowed);
      el.remove();
    }
  });

  it('<tp-evaluation-summary>: quoted open answers, activity types and pair ids stay text', async () => {
    const payloads = Array.from({ length: 12 }, (_, n) =>
      payloadWith(n % 2 ? 'ammattilainen' : 'kokemustoimija', n * 5, corpus[(n * 7) % corpus.length]!.slice(0, 200)),
    );
    const allowed = await tagsFor(
      'tp-evaluation-summary',
      payloads.map((_, n) => payloadWith(n % 2 ? 'ammattilainen' : 'kokemustoimija', n, `pari-${n}`, plain)),
      'min-n="1"',
    );
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown>; payloads: unknown[] }>(
      html`<tp-evaluation-summary min-n="1"></tp-evaluation-summary>`,
    );
    el.payloads = payloads;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(fold(visibleText(el))).to.contain(fold(corpus[2]!)); // a quoted open answer
    await expectInert(el, allowed); // its bar charts are drawn in SVG, its filters are selects
    for (const node of deepElements(el).filter((node) => node.closest('svg'))) {
      expect(['svg', 'rect', 'text', 'g', 'title', 'line'], node.localName).to.include(node.localName);
    }
  });

  it('every attribute of every element takes any string without running it', async () => {
    const warn = console.warn;
    console.warn = () => {}; // the likert scale warns about each value that is not a number
    try {
    for (const value of corpus) {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const likert = document.createElement('tp-likert-scale');
      for (const name of ['name', 'label', 'min-label', 'max-label', 'error', 'value', 'min', 'max']) likert.setAttribute(name, value);
      likert.textContent = value;
      const evaluation = document.createElement('tp-evaluation-form');
      for (const name of ['respondent', 'role', 'pair-id', 'autosave']) evaluation.setAttribute(name, value);
      const guide = document.createElement('tp-kickoff-guide');
      for (const name of ['view', 'autosave']) guide.setAttribute(name, value);
      const request = document.createElement('tp-pair-request-form');
      for (const name of ['field-of-work', 'autosave']) request.setAttribute(name, value);
      host.append(likert, evaluation, guide, request);
      for (const el of [likert, evaluation, guide, request] as unknown as { updateComplete: Promise<unknown> }[]) await el.updateComplete;
      expect(fold(visibleText(likert))).to.contain(fold(value));
      await expectInert(host);
      host.remove();
    }
    } finally {
      console.warn = warn;
    }
  });

  it('a likert value given as any string of the corpus chooses nothing and runs nothing', async () => {
    const el = await fixture<TpLikertScale>(html`<tp-likert-scale name="s">Väite</tp-likert-scale>`);
    const warn = console.warn;
    console.warn = () => {};
    try {
      for (const value of corpus) {
        (el as { value: unknown }).value = value;
        await el.updateComplete;
        expect(el.value).to.equal(null);
      }
    } finally {
      console.warn = warn;
    }
    await expectInert(el);
  });
});
