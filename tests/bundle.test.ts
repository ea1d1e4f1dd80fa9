/**
 * The one-file bundle (`dist/tyopari-forms.bundle.js`, built by `pretest`) as a
 * host uses it: a plain <script type="module"> on a page with a strict
 * Content-Security-Policy, no bundler, no other file.
 */
import { expect, oneEvent } from '@open-wc/testing';

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
  it('is one file: nothing to load, no eval, no new Function', async () => {
    const code = await (await fetch(BUNDLE)).text();
    expect(code.length).to.be.greaterThan(10000);
    expect(code).not.to.match(/\bimport\s*\(|^import\s|\bexport\s*\{[^}]*\}\s*from/m);
    expect(code).not.to.match(/\beval\s*\(|\bFunction\s*\(/);
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
    for (const likert of root.querySelectorAll('tp-likert-scale')) {
      likert.shadowRoot!.querySelector<HTMLInputElement>('input[value="4"]')!.click();
    }
    await form.updateComplete;
    const sent = oneEvent(form, 'tp-submit');
    button.click();
    const { detail } = await sent;
    expect(detail.schema).to.equal('tyopari/evaluation@1');
    expect(detail.pairId).to.equal('ryhma-1');
    expect(Object.values(detail.ratings)).to.have.length(13);
  });
});
