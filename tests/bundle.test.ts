/**
 * The one-file bundle (`dist/tyopari-forms.bundle.js`, built by `pretest`) as a
 * host uses it: a plain <script type="module"> on a page with a strict
 * Content-Security-Policy, no bundler, no other file.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { evaluation } from './evaluation-data.js';

const BUNDLE = '/dist/tyopari-forms.bundle.js';
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'none'";

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

describe('the bundle in a plain page', () => {
  it('is one file that loads only its Swedish and English siblings, no eval, no new Function', async () => {
    const code = await (await fetch(BUNDLE)).text();
    expect(code.length).to.be.greaterThan(10000);
    // Relative specifiers: the browser resolves them against the bundle's own URL.
    const dynamic = [...code.matchAll(/\bimport\s*\(([^)]*)\)/g)].map((match) => match[1]!.replace(/["'`]/g, ''));
    expect(dynamic.sort()).to.deep.equal(['./tyopari-forms.en.js', './tyopari-forms.sv.js']);
    expect(code).not.to.match(/^import\s|\bexport\s*\{[^}]*\}\s*from/m);
    expect(code).not.to.match(/\beval\s*\(|\bFunction\s*\(/);
    for (const locale of ['sv', 'en']) {
      const sibling = await (await fetch(`/dist/tyopari-forms.${locale}.js`)).text();
      expect(sibling, locale).not.to.match(/\bimport\s*\(|^import\s|\bfrom\s*["'`]/m);
    }
  });

  it('a Finnish page fetches no translations; switching to Swedish loads the sibling file and shows Swedish', async () => {
    const page = await strictPage('<tp-evaluation-form respondent="kokemustoimija"></tp-evaluation-form>');
    const win = page.defaultView!;
    const form = page.querySelector('tp-evaluation-form') as HTMLElement & { updateComplete: Promise<unknown> };
    await form.updateComplete;
    const root = form.shadowRoot!;
    const fetched = () => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    const submit = () => root.querySelector<HTMLButtonElement>('button[type=submit]')!.textContent!.trim();
    const finnish = submit();
    expect(finnish).to.equal('Lähetä arviointi');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fetched().filter((path) => /tyopari-forms\.(sv|en)\.js$/.test(path))).to.deep.equal([]);

    page.documentElement.lang = 'sv';
    for (let i = 0; i < 50 && submit() === finnish; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await form.updateComplete;
    }
    expect(submit()).to.equal('Skicka utvärderingen');
    expect(root.textContent).to.contain('Samarbetets längd');
    expect(fetched()).to.include('/dist/tyopari-forms.sv.js');
    expect(fetched()).not.to.include('/dist/tyopari-forms.en.js');
  });

  it('registers every element and sends a valid form under a strict Content-Security-Policy', async () => {
    const page = await strictPage('<tp-evaluation-form respondent="ammattilainen" pair-id="ryhma-1"></tp-evaluation-form>');
    for (const tag of ['tp-likert-scale', 'tp-evaluation-form', 'tp-kickoff-guide', 'tp-pair-request-form', 'tp-pair-reflection', 'tp-evaluation-summary']) {
      expect(page.defaultView!.customElements.get(tag), tag).to.not.equal(undefined);
    }
    const form = page.querySelector('tp-evaluation-form') as HTMLElement & { updateComplete: Promise<unknown> };
    await form.updateComplete;
    const root = form.shadowRoot!;
    // Styles arrive as constructed style sheets, which the policy allows.
    const button = root.querySelector<HTMLButtonElement>('button[type=submit]')!;
    expect(page.defaultView!.getComputedStyle(button).backgroundColor).to.equal('rgb(11, 92, 173)');
    for (const id of ['activityType', 'duration']) {
      const input = root.getElementById(id) as HTMLInputElement;
      input.value = 'Vertaistukiryhmä';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    for (const likert of root.querySelectorAll('fieldset.likert')) likert.querySelector<HTMLInputElement>('input[value="4"]')!.click();
    await form.updateComplete;
    const sent = oneEvent(form, 'tp-submit');
    button.click();
    const { detail } = await sent;
    expect(detail.schema).to.equal('tyopari/evaluation@1');
    expect(detail.pairId).to.equal('ryhma-1');
    expect(Object.values(detail.ratings)).to.have.length(13);
  });

  it('toCsv in the bundle writes Swedish headers once Swedish has loaded', async () => {
    const bundle = await import(/* @vite-ignore */ `${location.origin}${BUNDLE}`);
    const payloads = [evaluation('kokemustoimija', 4)];
    expect(bundle.toCsv(payloads, { headers: 'sv' })).to.contain('Yhteistyön kesto');
    await bundle.loadTyopariLocale('sv');
    const csv: string = bundle.toCsv(payloads, { headers: 'sv' });
    expect(csv).to.contain('Samarbetets längd');
    expect(csv).not.to.contain('Yhteistyön kesto');
  });
});
