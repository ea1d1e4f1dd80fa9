/**
 * The script-tag bundle (`dist/tyopari-forms.bundle.js` and the files next to
 * it, built by `pretest`) as a host uses it: a plain <script type="module"> on
 * a page with a strict Content-Security-Policy, no bundler.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { evaluation } from './evaluation-data.js';
import { bundleFiles } from './helpers.js';

const BUNDLE = '/dist/tyopari-forms.bundle.js';
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'none'";
/** A string zod/mini keeps through minification: a file with it carries zod. */
const ZOD = '$ZodObject';

/** A page of its own with the strict policy and the bundle in a script tag. */
async function strictPage(body: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="fi"><head>
    <meta http-equiv="Content-Security-Policy" content="${CSP}">
    <script type="module" src="${BUNDLE}"></script>
  </head><body>${body}</body></html>`;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const page = frame.contentDocument!;
  await page.defaultView!.customElements.whenDefined('tp-evaluation-form');
  return page;
}

/** The bundle's files a page fetched, by name (`tyopari-forms.core-<hash>.js`). */
const fetchedFiles = (page: Document) =>
  page
    .defaultView!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/tyopari-forms.'))
    .map((path) => path.slice('/dist/'.length));

describe('the bundle in a plain page', () => {
  it('is the bundle and files next to it, each imported by a relative name (no eval: see csp.test.ts)', async () => {
    const files = await bundleFiles();
    expect([...files.keys()]).to.include.members(['tyopari-forms.sv.js', 'tyopari-forms.en.js']);
    for (const locale of ['sv', 'en']) {
      const { imports, lazy } = files.get(`tyopari-forms.${locale}.js`)!;
      expect([...imports, ...lazy], locale).to.deep.equal([]);
    }
    // The bundle names every file its first render needs itself, so the browser fetches them at once.
    const entry = files.get('tyopari-forms.bundle.js')!;
    const needed = new Set<string>();
    const follow = (name: string) =>
      files.get(name)!.imports.forEach((specifier) => {
        const file = specifier.slice(2);
        if (!needed.has(file)) needed.add(file), follow(file);
      });
    follow('tyopari-forms.bundle.js');
    expect(new Set(entry.imports.map((specifier) => specifier.slice(2)))).to.deep.equal(needed);
    // ...and none of them carries zod: that loads with the checks.
    for (const name of needed) expect(files.get(name)!.code, name).not.to.contain(ZOD);
  });

  it('draws the forms without zod or a translation; zod loads with the first send', async () => {
    const page = await strictPage(`<tp-evaluation-form respondent="ammattilainen" pair-id="ryhma-1"></tp-evaluation-form>
      <tp-pair-request-form></tp-pair-request-form>
      <tp-likert-scale id="s1" statement="Väite"></tp-likert-scale>`);
    const form = page.querySelector('tp-evaluation-form') as HTMLElement & { updateComplete: Promise<unknown> };
    await form.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const files = await bundleFiles();
    const carriesZod = () => fetchedFiles(page).filter((name) => files.get(name)?.code.includes(ZOD));
    expect(fetchedFiles(page)).to.include('tyopari-forms.bundle.js');
    expect(carriesZod()).to.deep.equal([]);
    expect(fetchedFiles(page).filter((name) => /\.(sv|en)\.js$/.test(name))).to.deep.equal([]);

    const root = form.shadowRoot!;
    for (const id of ['activityType', 'duration']) {
      const input = root.getElementById(id) as HTMLInputElement;
      input.value = 'Vertaistukiryhmä';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    for (const likert of root.querySelectorAll('fieldset.likert')) likert.querySelector<HTMLInputElement>('input[value="4"]')!.click();
    const sent = oneEvent(form, 'tp-submit');
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect((await sent).detail.schema).to.equal('tyopari/evaluation@1');
    expect(carriesZod()).to.have.length(1);
  });

  it('switching to Swedish loads the sibling file and shows Swedish', async () => {
    const page = await strictPage('<tp-evaluation-form respondent="kokemustoimija"></tp-evaluation-form>');
    const form = page.querySelector('tp-evaluation-form') as HTMLElement & { updateComplete: Promise<unknown> };
    await form.updateComplete;
    const root = form.shadowRoot!;
    const submit = () => root.querySelector<HTMLButtonElement>('button[type=submit]')!.textContent!.trim();
    const finnish = submit();
    expect(finnish).to.equal('Lähetä arviointi');

    page.documentElement.lang = 'sv';
    for (let i = 0; i < 50 && submit() === finnish; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await form.updateComplete;
    }
    expect(submit()).to.equal('Skicka utvärderingen');
    expect(root.textContent).to.contain('Samarbetets längd');
    expect(fetchedFiles(page)).to.include('tyopari-forms.sv.js');
    expect(fetchedFiles(page)).not.to.include('tyopari-forms.en.js');
  });

  it('registers every element, and the kickoff guide and the readers work, under a strict Content-Security-Policy', async () => {
    const payloads = [evaluation('kokemustoimija', 4), evaluation('ammattilainen', 2)];
    const page = await strictPage(`<tp-evaluation-form respondent="ammattilainen" pair-id="ryhma-1"></tp-evaluation-form>
      <tp-kickoff-guide></tp-kickoff-guide><tp-pair-reflection></tp-pair-reflection><tp-evaluation-summary min-n="1"></tp-evaluation-summary>`);
    const win = page.defaultView!;
    for (const tag of ['tp-likert-scale', 'tp-evaluation-form', 'tp-kickoff-guide', 'tp-pair-request-form', 'tp-pair-reflection', 'tp-evaluation-summary']) {
      expect(win.customElements.get(tag), tag).to.not.equal(undefined);
    }
    type Rendered = HTMLElement & { updateComplete: Promise<unknown>; payloads?: readonly unknown[]; value?: unknown };
    const form = page.querySelector('tp-evaluation-form') as Rendered;
    await form.updateComplete;
    // Styles arrive as constructed style sheets, which the policy allows.
    const button = form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!;
    expect(win.getComputedStyle(button).backgroundColor).to.equal('rgb(11, 92, 173)');

    const guide = page.querySelector('tp-kickoff-guide') as Rendered;
    await guide.updateComplete;
    expect((guide.value as { schema: string }).schema).to.equal('tyopari/kickoff@1');
    const reflection = page.querySelector('tp-pair-reflection') as Rendered;
    const summary = page.querySelector('tp-evaluation-summary') as Rendered;
    reflection.payloads = payloads;
    summary.payloads = payloads;
    await reflection.updateComplete;
    await summary.updateComplete;
    expect(reflection.shadowRoot!.textContent).to.contain('pari-1');
    expect(summary.shadowRoot!.querySelector('[part=status]')!.textContent).to.contain('Näytetään 2 vastausta');
  });

  it('the schemas are a file of their own next to it; toCsv writes Swedish headers once Swedish has loaded', async () => {
    const schema = await import(/* @vite-ignore */ `${location.origin}/dist/tyopari-forms.schema.js`);
    const bundle = await import(/* @vite-ignore */ `${location.origin}${BUNDLE}`);
    expect(bundle.toCsv).to.equal(undefined);
    const payloads = [evaluation('kokemustoimija', 4)];
    expect(schema.evaluationPayloadSchema.safeParse(payloads[0]).success).to.equal(true);
    expect(schema.toCsv(payloads, { headers: 'sv' })).to.contain('Yhteistyön kesto');
    await bundle.loadTyopariLocale('sv');
    const csv: string = schema.toCsv(payloads, { headers: 'sv' });
    expect(csv).to.contain('Samarbetets längd');
    expect(csv).not.to.contain('Yhteistyön kesto');
  });
});
