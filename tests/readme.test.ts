/**
 * README's copy-paste examples, run as a host runs them. Each block is read
 * from README.md; a block that is also a file under tests/snippets (so that
 * `npm run typecheck` compiles it) must be that file word for word. Bare
 * imports (`tyopari-forms/...`) resolve through package.json's exports to the
 * built package in dist/, as in a host's bundler (`npm test` builds it first).
 * Theming's example runs in theming.test.ts.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { EvaluationPayload } from 'tyopari-forms/schema';
import { readmeBlock } from './readme.js';

type Form = HTMLElement & { updateComplete: Promise<unknown>; definition?: unknown };

async function snippetFile(path: string): Promise<string> {
  const response = await fetch(`/tests/snippets/${path}?raw`, { headers: { accept: 'text/plain' } });
  return response.text();
}

/** The file as written (not as the test server compiles it): its source map keeps the original. */
async function sourceOf(path: string): Promise<string> {
  const served = await snippetFile(path);
  const map = /sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)/.exec(served);
  if (!map) return served;
  const json = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(map[1]!), (c) => c.charCodeAt(0))));
  return json.sourcesContent[0] as string;
}

/** A fresh page (its own element registry) with `body`; `head` goes first. */
async function frame(body: string, head = ''): Promise<Window & typeof globalThis> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '900px';
  iframe.style.height = '700px';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = `<!doctype html><html lang="fi"><head>${head}</head><body>${body}</body></html>`;
  document.body.append(iframe);
  await loaded;
  return iframe.contentWindow as Window & typeof globalThis;
}

/** Fills every required answer of an evaluation form the way a user does. */
async function fillEvaluation(form: Form, details: Record<string, string> = { activityType: 'Vertaistukiryhmä', duration: '3 kuukautta' }) {
  await form.updateComplete;
  const root = form.shadowRoot!;
  for (const [id, text] of Object.entries(details)) {
    const input = root.getElementById(id) as HTMLInputElement;
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  for (const likert of root.querySelectorAll('fieldset.likert')) likert.querySelector<HTMLInputElement>('input[value="4"]')!.click();
  await form.updateComplete;
}

const submitButton = (form: Form) => form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!;

interface SentRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** The host's server in these tests: records each request and answers `status`. */
function fakeServer(win: Window & typeof globalThis, status: number) {
  const requests: SentRequest[] = [];
  win.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    requests.push({
      url: String(input),
      method: init.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: JSON.parse(String(init.body)),
    });
    return new Response(null, { status });
  };
  return requests;
}

describe('README examples', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  it('"With a script tag, no build": the page and its evaluation.js POST the payload, then thank', async () => {
    const page = await readmeBlock('With a script tag, no build', 'html');
    const script = await readmeBlock('With a script tag, no build', 'js');
    const scriptUrl = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
    const html = page
      .replace('src="tyopari-forms.bundle.js"', `src="${location.origin}/dist/tyopari-forms.bundle.js"`)
      .replace('src="evaluation.js"', `src="${scriptUrl}"`);
    expect(html).to.contain('/dist/tyopari-forms.bundle.js').and.contain(scriptUrl);
    const head = /<head>([\s\S]*)<\/head>/.exec(html)![1]!;
    const body = /<body>([\s\S]*)<\/body>/.exec(html)![1]!;
    const win = await frame('', '');
    const requests = fakeServer(win, 201);
    // The page as written, scripts included, after the fake server is in place.
    win.document.head.innerHTML = '';
    win.document.body.innerHTML = body;
    for (const source of head.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)) {
      const element = win.document.createElement('script');
      element.type = 'module';
      element.src = source[1]!;
      const ran = new Promise((resolve) => element.addEventListener('load', resolve, { once: true }));
      win.document.head.append(element);
      await ran;
    }
    await win.customElements.whenDefined('tp-evaluation-form');
    const form = win.document.querySelector('tp-evaluation-form') as Form;
    await fillEvaluation(form);
    const submitted = oneEvent(form, 'tp-submit');
    submitButton(form).click();
    const payload = ((await submitted) as CustomEvent<EvaluationPayload>).detail;
    await waitUntil(() => form.shadowRoot!.querySelector('[part~="confirmation"]'), 'the thank-you after the POST');
    expect(requests).to.have.length(1);
    expect(requests[0]!.url).to.equal('/api/evaluations');
    expect(requests[0]!.method).to.equal('POST');
    expect(requests[0]!.headers['idempotency-key']).to.equal(payload.submissionId);
    expect(requests[0]!.body).to.deep.equal(JSON.parse(JSON.stringify(payload)));
    expect(payload.pairId).to.equal('ryhma-12');
  });

  it('"With npm and a bundler": the module registers the form, and a server error keeps the answers for a retry', async () => {
    const block = await readmeBlock('With npm and a bundler', 'ts');
    expect(await sourceOf('npm-bundler.ts')).to.equal(`${block}\n`);
    const win = await frame('<tp-evaluation-form respondent="ammattilainen"></tp-evaluation-form>');
    const requests = fakeServer(win, 503);
    const script = win.document.createElement('script');
    script.type = 'module';
    script.src = `${location.origin}/tests/snippets/npm-bundler.ts`;
    win.document.head.append(script);
    await win.customElements.whenDefined('tp-evaluation-form');
    const form = win.document.querySelector('tp-evaluation-form') as Form;
    await waitUntil(() => form.shadowRoot?.querySelector('[part~="submit"]'), 'the form renders');
    await fillEvaluation(form);
    const failed = oneEvent(form, 'tp-submit-failed');
    submitButton(form).click();
    const failure = ((await failed) as CustomEvent<{ reason: string }>).detail;
    expect(failure.reason).to.equal('rejected');
    expect(requests).to.have.length(1);
    expect((requests[0]!.body as EvaluationPayload).role).to.equal('ammattilainen');
    await waitUntil(() => form.shadowRoot!.querySelector('[part~="retry"]'), 'the retry button');
  });

  it('"Sending and storing": a 2xx stores and thanks; a 500 keeps the answers, warns and offers the retry', async () => {
    const block = await readmeBlock('Sending and storing: `waitUntil`, `action`, `submissionId`', 'js');
    for (const status of [201, 500]) {
      const win = await frame('<tp-evaluation-form respondent="kokemustoimija"></tp-evaluation-form>');
      const requests = fakeServer(win, status);
      const warnings: unknown[][] = [];
      // The README's own warnings (Lit's dev-mode notice is not one of them).
      win.console.warn = (...args: unknown[]) => void (args[0] === 'not stored' && warnings.push(args));
      const script = win.document.createElement('script');
      script.type = 'module';
      // The README's listener, with `form` being the page's form as in the section above it.
      const source = `import 'tyopari-forms/evaluation-form.js';\nconst form = document.querySelector('tp-evaluation-form');\n${block}`;
      script.textContent = source.replace("'tyopari-forms/evaluation-form.js'", `'${location.origin}/dist/evaluation-form.js'`);
      win.document.head.append(script);
      await win.customElements.whenDefined('tp-evaluation-form');
      const form = win.document.querySelector('tp-evaluation-form') as Form;
      await waitUntil(() => form.shadowRoot?.querySelector('[part~="submit"]'), 'the form renders');
      await fillEvaluation(form);
      submitButton(form).click();
      const outcome = status === 201 ? '[part~="confirmation"]' : '[part~="retry"]';
      await waitUntil(() => form.shadowRoot!.querySelector(outcome), `${status}: ${outcome}`);
      expect(requests).to.have.length(1);
      expect((requests[0]!.body as EvaluationPayload).schema).to.equal('tyopari/evaluation@1');
      expect(warnings, `${status}: console.warn`).to.deep.equal(status === 201 ? [] : [['not stored', 'rejected']]);
      win.frameElement!.remove();
    }
  });

  it('"React 19": the README block is the type-checked fixture tests/snippets/react-app.tsx', async () => {
    expect(await sourceOf('react-app.tsx')).to.equal(`${await readmeBlock('React 19', 'tsx')}\n`);
  });

  it('"React 19": rendered by React, it passes pair-id and stores through waitUntil; a 500 keeps the answers and warns', async () => {
    for (const status of [201, 500]) {
      // The example bundled with React as a host's bundler would (tests/plugins.mjs), in a fresh page.
      const win = await frame('<div id="root"></div>');
      const requests = fakeServer(win, status);
      const warnings: unknown[][] = [];
      win.console.warn = (...args: unknown[]) => void (args[0] === 'Not stored:' && warnings.push(args));
      const app = (await win.eval(`import('${location.origin}/__react/app.js')`)) as {
        mount: (element: Element, props: { pairId: string }) => { unmount(): void };
      };
      const root = app.mount(win.document.getElementById('root')!, { pairId: 'pari-9' });
      await waitUntil(() => win.document.querySelector('tp-evaluation-form')?.shadowRoot?.querySelector('[part~="submit"]'), 'React renders the form');
      const form = win.document.querySelector('tp-evaluation-form') as Form;
      expect(form.getAttribute('respondent')).to.equal('ammattilainen');
      await fillEvaluation(form);
      submitButton(form).click();
      const outcome = status === 201 ? '[part~="confirmation"]' : '[part~="retry"]';
      await waitUntil(() => form.shadowRoot!.querySelector(outcome), `${status}: ${outcome}`);
      expect(requests).to.have.length(1);
      const payload = requests[0]!.body as EvaluationPayload;
      expect(payload.pairId).to.equal('pari-9');
      expect(requests[0]!.headers['idempotency-key']).to.equal(payload.submissionId);
      expect(warnings, `${status}: console.warn`).to.deep.equal(status === 201 ? [] : [['Not stored:', 'rejected']]);
      root.unmount();
      win.frameElement!.remove();
    }
  });

  it('"Vue 3": the template, compiled by Vue with the README\'s isCustomElement, binds pair-id and stores through waitUntil', async () => {
    const config = await readmeBlock('Vue 3', 'ts');
    expect(config).to.contain("isCustomElement: (tag) => tag.startsWith('tp-')");
    const sfc = await readmeBlock('Vue 3', 'vue');
    const template = /<template>([\s\S]*)<\/template>/.exec(sfc)![1]!;
    // @ts-expect-error: Vue's browser build (with the template compiler) has no types of its own
    const Vue = await import('/node_modules/vue/dist/vue.esm-browser.js');
    await import('tyopari-forms/evaluation-form.js');
    const saved: EvaluationPayload[] = [];
    const mountPoint = document.createElement('div');
    document.body.append(mountPoint);
    const app = Vue.createApp({
      template,
      setup: () => ({ pairId: 'ryhma-12', save: async (payload: EvaluationPayload) => void saved.push(payload) }),
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('tp-');
    app.mount(mountPoint);
    const form = mountPoint.querySelector('tp-evaluation-form') as Form;
    expect(form.getAttribute('pair-id')).to.equal('ryhma-12');
    await fillEvaluation(form);
    submitButton(form).click();
    await waitUntil(() => saved.length === 1, 'save() got the payload');
    expect(saved[0]!.role).to.equal('kokemustoimija');
    expect(saved[0]!.pairId).to.equal('ryhma-12');
    await waitUntil(() => form.shadowRoot!.querySelector('[part~="confirmation"]'), 'the thank-you');
    app.unmount();
    mountPoint.remove();
  });

  it('"Validating on your server": README\'s example payload is stored (201), a broken one is refused (422)', async () => {
    const block = await readmeBlock('Validating on your server', 'js');
    expect(await sourceOf('server.js')).to.equal(`${block}\n`);
    // @ts-expect-error: README's server example is plain JavaScript, without types
    const { POST } = (await import('./snippets/server.js')) as { POST: (request: Request) => Promise<Response> };
    const example = JSON.parse(await readmeBlock('`tp-submit` of `<tp-evaluation-form>` — `tyopari/evaluation@1`', 'json'));
    const post = (body: unknown) =>
      POST(new Request('https://example.fi/api/evaluations', { method: 'POST', body: JSON.stringify(body) }));
    expect((await post(example)).status).to.equal(201);
    expect((await post({ ...example, submissionId: crypto.randomUUID() })).status).to.equal(201);
    const refused = await post({ ...example, ratings: { a1: 'paljon' } });
    expect(refused.status).to.equal(422);
    expect(((await refused.json()) as { issues: { path: string[] }[] }).issues[0]!.path).to.deep.equal(['ratings', 'a1']);
    expect((await POST(new Request('https://example.fi/', { method: 'POST', body: 'not json' }))).status).to.equal(422);
  });

  it('"Your own questionnaire": the form shows it and sends a payload with its id', async () => {
    const block = await readmeBlock('Your own questionnaire', 'js');
    expect(await sourceOf('own-definition.js')).to.equal(`${block}\n`);
    const win = await frame('<tp-evaluation-form respondent="kokemustoimija"></tp-evaluation-form>');
    const errors: unknown[] = [];
    win.document.addEventListener('tp-error', (event) => errors.push((event as CustomEvent).detail));
    const script = win.document.createElement('script');
    script.type = 'module';
    script.src = `${location.origin}/tests/snippets/own-definition.js`;
    win.document.head.append(script);
    const form = win.document.querySelector('tp-evaluation-form') as Form;
    await waitUntil(() => form.definition !== undefined && form.shadowRoot?.textContent?.includes('Ryhmän arviointi'), 'the own title');
    await form.updateComplete;
    expect(form.shadowRoot!.querySelectorAll('fieldset.likert')).to.have.length(1);
    await fillEvaluation(form, { activityType: 'Ryhmä', duration: '2 kk' });
    const submitted = oneEvent(form, 'tp-submit');
    submitButton(form).click();
    const payload = ((await submitted) as CustomEvent<EvaluationPayload>).detail;
    expect(payload.form).to.deep.equal({ id: 'ryhma-arvio', version: 1 });
    expect(payload.ratings).to.deep.equal({ q1: 4 });
    expect(errors).to.deep.equal([]);
  });

  it('"Adding a language": the four places it names hold today\'s languages as it says', async () => {
    const text = async (path: string) => (await sourceOf(`../../${path}`)).replace(/\s+/g, ' ');
    expect(await text('src/schema/locales.ts')).to.contain("locales = ['fi', 'sv', 'en']");
    expect(await text('locales/lit-localize.json')).to.contain('"targetLocales": ["sv", "en"]');
    expect(await text('src/internal/localization.ts')).to.contain("sv: () => import('../generated/locales/sv.js')");
    const section = await (await fetch('/README.md')).text();
    expect(section).to.contain('`src/schema/locales.ts`').and.contain('`locales/lit-localize.json`').and.contain('`src/internal/localization.ts`');
  });
});
