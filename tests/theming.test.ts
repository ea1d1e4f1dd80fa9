/**
 * Theming as README shows it: its example theme (custom properties and
 * ::part() only) reaches the controls, the nested scales' parts are exported,
 * and README's table lists exactly the custom properties the styles read.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { setLocale } from '../src/internal/localization.js';
import '../src/index.js';
import type { TpEvaluationForm } from '../src/elements/evaluation-form/evaluation-form.js';
import { readmeBlock } from './readme.js';

const tags = ['tp-likert-scale', 'tp-evaluation-form', 'tp-kickoff-guide', 'tp-pair-request-form'];

/** Every `--tp-*` a registered element's styles read, from the styles the browser got. */
function customPropertiesRead(): Set<string> {
  const names = new Set<string>();
  for (const tag of [...tags, 'tp-evaluation-summary', 'tp-pair-reflection']) {
    const element = customElements.get(tag) as unknown as { elementStyles?: { cssText: string }[] } | undefined;
    for (const style of element?.elementStyles ?? []) {
      for (const match of style.cssText.matchAll(/var\((--tp-[a-z0-9-]+)/g)) names.add(match[1]!);
    }
  }
  return names;
}

describe('theming (README "Theming")', () => {
  before(() => setLocale('fi'));
  afterEach(() => {
    fixtureCleanup();
    document.querySelectorAll('style[data-readme]').forEach((style) => style.remove());
  });

  it("README's table documents every custom property the styles read, and no other", async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme.slice(readme.indexOf('## Theming'), readme.indexOf('\n## ', readme.indexOf('## Theming') + 3));
    const documented = new Set<string>();
    /** Rows of an element this build does not register yet cannot be checked for "never read". */
    const ofUnregistered = new Set<string>();
    for (const row of section.matchAll(/^\| `(--tp-[a-z0-9-]+)`(?: … `(--tp-[a-z0-9-]+)`)? \|.*\| ([^|]*) \|$/gm)) {
      const [, first, last, readBy] = row;
      const tags = [...readBy!.matchAll(/<(tp-[a-z-]+)>/g)].map((match) => match[1]!);
      if (tags.length > 0 && tags.every((tag) => !customElements.get(tag))) ofUnregistered.add(first!);
      const range = /^(.*-)(\d+)$/.exec(first!);
      const lastNumber = last ? Number(/(\d+)$/.exec(last)![1]) : undefined;
      if (range && lastNumber !== undefined) {
        for (let n = Number(range[2]); n <= lastNumber; n++) documented.add(`${range[1]}${n}`);
      } else documented.add(first!);
    }
    const read = customPropertiesRead();
    expect(read.size).to.be.greaterThan(10);
    expect([...read].filter((name) => !documented.has(name)), 'read but not documented').to.deep.equal([]);
    const unread = [...documented].filter((name) => !read.has(name) && !ofUnregistered.has(name.replace(/\d+$/, '1')));
    expect(unread, 'documented but never read').to.deep.equal([]);
  });

  it("README's example theme reaches the buttons, fields and the nested scales' options", async () => {
    const snippet = await readmeBlock('Theming', 'html');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const template = document.createElement('template');
    template.innerHTML = snippet;
    const style = template.content.querySelector('style')!;
    style.dataset['readme'] = '';
    document.head.append(style);
    host.append(template.content);
    const form = host.querySelector<TpEvaluationForm>('tp-evaluation-form')!;
    await form.updateComplete;
    const root = form.shadowRoot!;

    const submit = root.querySelector<HTMLElement>('[part~="submit"]')!;
    expect(getComputedStyle(submit).backgroundColor).to.equal('rgb(0, 89, 79)'); // --tp-color-accent #00594f
    expect(getComputedStyle(submit).textTransform).to.equal('uppercase'); // ::part(submit)
    expect(getComputedStyle(submit).borderTopLeftRadius).to.equal('0px'); // --tp-radius
    expect(getComputedStyle(form).fontFamily).to.contain('Source Sans 3');

    const option = root.querySelector<HTMLElement>('[part~="likert-option"]')!;
    expect(getComputedStyle(option).borderTopWidth).to.equal('3px'); // ::part(likert-option)
  });

  it('the custom elements manifest (Storybook\'s docs tables) lists every property read and the likert-* parts', async () => {
    const response = await fetch('/dist/custom-elements.json');
    expect(response.ok, 'dist/custom-elements.json is missing: run npm run manifest').to.equal(true);
    type Declaration = { tagName?: string; cssProperties?: { name: string }[]; cssParts?: { name: string }[] };
    const manifest = (await response.json()) as { modules: { declarations?: Declaration[] }[] };
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
    const listed = new Set(declarations.flatMap((d) => (d.cssProperties ?? []).map((property) => property.name)));
    const missing = [...customPropertiesRead()].filter((name) => !listed.has(name) && !/^--tp-chart-[2-5]$/.test(name));
    expect(missing, 'read by the styles but in no element\'s docs').to.deep.equal([]);
    const form = declarations.find((d) => d.tagName === 'tp-evaluation-form')!;
    expect(form.cssParts!.map((part) => part.name)).to.include.members(['likert-option', 'likert-statement', 'likert-error-message']);
  });

  it('every statement of a form has the parts of <tp-likert-scale> under likert-* names', async () => {
    // Both with an error shown: the error message is there only then.
    const form = await fixture<TpEvaluationForm>(html`<tp-evaluation-form respondent="kokemustoimija"></tp-evaluation-form>`);
    await form.submit();
    await form.updateComplete;
    const scale = await fixture<HTMLElement>(html`<tp-likert-scale name="x" error="Valitse yksi vaihtoehto.">Väite</tp-likert-scale>`);
    const partsIn = (root: ParentNode) => [...root.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/)).filter(Boolean);
    const scaleParts = new Set(partsIn(scale.shadowRoot!));
    expect([...scaleParts]).to.include.members(['fieldset', 'statement', 'options', 'option', 'ends', 'error-message']);
    const statements = [...form.shadowRoot!.querySelectorAll('fieldset.likert')];
    expect(statements.length).to.be.greaterThan(5);
    for (const statement of statements) {
      const parts = new Set([...partsIn(statement), ...statement.getAttribute('part')!.split(/\s+/)]);
      for (const part of scaleParts) expect([...parts]).to.include(`likert-${part}`);
    }
  });
});
