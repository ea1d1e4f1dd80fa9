/**
 * The static Storybook (`npm run build-storybook`, dist/storybook; `npm test`
 * builds it first) works from any static host: here it is served from a
 * sub-path (/dist/storybook/) by a plain file server. Its stories render the
 * elements, the theming story's theme reaches them, and the demo host page
 * stores what a form sends.
 */
import { expect, waitUntil } from '@open-wc/testing';

const base = '/dist/storybook';

async function story(id: string): Promise<Window & typeof globalThis> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1000px';
  iframe.style.height = '800px';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `${base}/iframe.html?id=${id}&viewMode=story`;
  document.body.append(iframe);
  await loaded;
  return iframe.contentWindow as Window & typeof globalThis;
}

const rendered = (win: Window, tag: string) => win.document.querySelector(tag)?.shadowRoot?.querySelector('[part]');

describe('static Storybook build (dist/storybook)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  it('lists every element, the theming guide and the demo host page', async () => {
    const response = await fetch(`${base}/index.json`);
    expect(response.ok, 'dist/storybook is missing: run npm run build-storybook').to.equal(true);
    const ids = Object.keys(((await response.json()) as { entries: Record<string, unknown> }).entries);
    for (const id of [
      'elements-evaluation-form--kokemustoimija',
      'elements-kickoff-guide--docs',
      'elements-pair-request-form--docs',
      'elements-likert-scale--docs',
      'guides-theming--municipality',
      'guides-theming--dark',
      'guides-sending--evaluation-sending',
      'guides-sending--pair-request-failed',
      'demo-host-page--host-page',
    ]) {
      expect(ids, id).to.include(id);
    }
    for (const page of ['index.html', 'iframe.html']) {
      // What Storybook wrote, without the test server's own injected script.
      const html = (await (await fetch(`${base}/${page}`)).text()).split('<!-- injected by web-dev-server -->')[0]!;
      expect(html, `${page}: no absolute asset paths, so it works under any sub-path`).not.to.match(/(src|href)="\/(?!\/)/);
    }
  });

  it("renders a form in the municipality's theme", async () => {
    const win = await story('guides-theming--municipality');
    await waitUntil(() => rendered(win, 'tp-evaluation-form'), 'the form renders', { timeout: 8000 });
    const submit = win.document.querySelector('tp-evaluation-form')!.shadowRoot!.querySelector<HTMLElement>('[part~="submit"]')!;
    expect(win.getComputedStyle(submit).backgroundColor).to.equal('rgb(0, 89, 79)');
  });

  it('the send failed story fills in and sends the form, and shows the retry', async () => {
    const win = await story('guides-sending--pair-request-failed');
    const failure = () => win.document.querySelector('tp-pair-request-form')?.shadowRoot?.querySelector('[part~="retry"]');
    await waitUntil(failure, 'the retry button', { timeout: 8000 });
  });

  it('the demo host page story stores what a form sends', async () => {
    const win = await story('demo-host-page--host-page');
    await waitUntil(() => rendered(win, 'tp-kickoff-guide'), 'the demo renders', { timeout: 8000 });
    const guide = win.document.querySelector('tp-kickoff-guide')!;
    const root = guide.shadowRoot!;
    const name = root.getElementById('pair-professional') as HTMLInputElement;
    const professional = `A. K. ${Date.now()}`; // this run's record, whatever earlier runs stored
    name.value = professional;
    name.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    root.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    const listed = () =>
      [...win.document.querySelectorAll('[data-demo="list"] tbody tr')].find((row) => row.textContent!.includes(professional));
    await waitUntil(listed, 'the kickoff record is listed', { timeout: 8000 });
    expect(listed()!.textContent).to.contain('tyopari/kickoff@1');
  });
});
