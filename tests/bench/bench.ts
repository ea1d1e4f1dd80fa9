/**
 * `npm run bench` (issue 12): the kokemustoimija evaluation form against the
 * same 15 statements written by hand in Lit, in headless Chromium.
 *
 * Builds four pages into a temporary folder and serves them over HTTP:
 *   lit       tests/bench/lit-form.ts: one Lit element, native radios (the floor)
 *   lit-full  the same by hand with all else the form shows (title, introduction,
 *             details, open questions, permission to quote, send button; its
 *             texts read from the npm page as it renders): how much of the gap
 *             is the form's content and how much the library
 *   npm       dist/evaluation-form.js, bundled as a host's bundler would (Vite)
 *   bundle    dist/tyopari-forms.bundle.js in a script tag, with the files next to it
 * then loads them interleaved (the order turns every run), a fresh browser
 * context each load, and prints medians and ratios to the floor:
 *   ready    navigation start → every radio of the 15 statements focusable
 *            (and the same less a static HTML page of the same statements)
 *   script   Chromium's ScriptDuration (CDP Performance.getMetrics) at ready
 *   style, layout  its RecalcStyleDuration and LayoutDuration at ready
 *   heap     JS heap used at ready, after a garbage collection
 *   switch   <html lang="sv"> → the last statement shown in Swedish
 *   draft    draft.html, the same page with `autosave` (the Lit element
 *            keeps its answers in sessionStorage too): every statement
 *            answered, then a reload → every statement shows its answer again
 *   JS       brotli bytes of the scripts the page fetched before ready
 * Then where the time to ready goes, for each page with a script (medians):
 *   fetch    navigation start → the last script before ready has arrived
 *   evaluate → the form's first update starts (compile, run the modules,
 *            define the element)
 *   update   Lit's first update of the form (render and commit to the DOM)
 *   frame    → ready (style, layout and paint of the first frame)
 * Then the paired ratios: each run's own ratio to the Lit page of that run,
 * their median and middle half (steadier than a ratio of medians when the
 * machine's speed drifts between runs), and the same to lit-full.
 * Ratios, not milliseconds: the machine is noisy. dist/ must be built first
 * (`npm run build`). Options: --runs N (default 12), --warmup N (default 2).
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';
import { build } from 'vite';
import type { BenchFullTexts, BenchTexts } from './lit-form.js';

const root = resolve(import.meta.dirname, '../..');
const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const RUNS = arg('runs', 12);
const WARMUP = arg('warmup', 2);

for (const file of ['dist/evaluation-form.js', 'dist/tyopari-forms.bundle.js', 'dist/tyopari-forms.sv.js']) {
  if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
}

// The statements and scale words of the kokemustoimija form, in Finnish and Swedish.
const schema: typeof import('../../src/schema/index.js') = await tsImport('../../src/schema/index.ts', import.meta.url);
const exporter: typeof import('../../src/schema/export.js') = await tsImport('../../src/schema/export.ts', import.meta.url);
const { collapseTemplateWhitespace }: typeof import('../../vite.config.js') = await tsImport('../../vite.config.ts', import.meta.url);
const definition = schema.evaluationDefinitions.kokemustoimija;
const likerts = definition.sections.flatMap((section) => section.items.filter((item) => item.kind === 'likert'));
const sectionIntro = definition.sections.find((section) => section.items.some((item) => item.kind === 'likert'))?.intro ?? '';
const textsIn = (locale: 'fi' | 'sv'): BenchTexts => ({
  intro: exporter.translateText(sectionIntro, locale),
  minLabel: exporter.translateText(schema.agreementScale.minLabel, locale),
  maxLabel: exporter.translateText(schema.agreementScale.maxLabel, locale),
  statements: likerts.map((item) => ({ id: item.id, text: exporter.translateText(item.text, locale) })),
});
const fi = textsIn('fi');
const sv = textsIn('sv');
const RADIOS = likerts.length * 5;
const lastSwedish = sv.statements.at(-1)!.text;

const out = await mkdtemp(join(tmpdir(), 'tyopari-bench-'));
const page = (script: string, body: string) =>
  `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>bench</title>` +
  `<script type="module" src="${script}"></script></head><body>${body}</body></html>`;

/**
 * A page built as a host's Vite app would be: index.html as the input,
 * minified, code splitting on, and the entry's static imports announced with
 * `<link rel="modulepreload">` (Vite's default), so the browser fetches the
 * chunks of the first render at once instead of one level of imports at a time.
 */
async function buildPage(name: string, entryCode: string, body: string) {
  const dir = join(out, name);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'entry.js'), entryCode);
  await writeFile(join(dir, 'index.html'), page('./entry.js', body));
  await build({
    configFile: false,
    logLevel: 'warn',
    root: dir,
    base: './',
    plugins: [
      {
        name: 'bench:template-whitespace',
        transform: (code, id) => (/\/tests\/bench\/.*\.ts$/.test(id) ? { code: collapseTemplateWhitespace(code, id), map: null } : null),
      },
    ],
    build: {
      outDir: join(dir, 'out'),
      emptyOutDir: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: { input: join(dir, 'index.html'), output: { minify: true, comments: false } },
    },
  });
}

await writeFile(join(out, 'texts-sv.js'), `export default ${JSON.stringify(sv)};`);
await buildPage(
  'lit',
  `import { defineBenchLitForm } from ${JSON.stringify(join(root, 'tests/bench/lit-form.ts'))};
defineBenchLitForm(${JSON.stringify(fi)}, () => import('../texts-sv.js').then((m) => m.default));`,
  '<bench-lit-form></bench-lit-form>',
);
await buildPage(
  'npm',
  `import ${JSON.stringify(join(root, 'dist/evaluation-form.js'))};`,
  '<tp-evaluation-form respondent="kokemustoimija" pair-id="ryhma-1"></tp-evaluation-form>',
);
// The same statements as plain HTML, no script: what a browser needs to show a form at all.
await mkdir(join(out, 'static', 'out'), { recursive: true });
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
await writeFile(
  join(out, 'static', 'out', 'index.html'),
  `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>bench</title></head><body><form><p>${escape(fi.intro)}</p>${fi.statements
    .map(
      ({ id, text }) =>
        `<fieldset><legend>${escape(text)}</legend>${[1, 2, 3, 4, 5].map((v) => `<label><input type="radio" name="${id}" value="${v}">${v}</label>`).join('')}` +
        `<p>1 = ${escape(fi.minLabel)}, 5 = ${escape(fi.maxLabel)}</p></fieldset>`,
    )
    .join('')}</form></body></html>`,
);
await mkdir(join(out, 'bundle', 'out'), { recursive: true });
// The bundle and every file next to it, as a host copies them (`dist/tyopari-forms.*.js`).
for (const file of (await readdir(join(root, 'dist'))).filter((name) => /^tyopari-forms\..+\.js$/.test(name))) {
  await copyFile(join(root, 'dist', file), join(out, 'bundle', 'out', file));
}
await writeFile(
  join(out, 'bundle', 'out', 'index.html'),
  page('./tyopari-forms.bundle.js', '<tp-evaluation-form respondent="kokemustoimija" pair-id="ryhma-1"></tp-evaluation-form>'),
);

// draft.html: each page again, its form keeping a draft (`autosave`); the Lit element always keeps one.
for (const name of ['lit', 'npm', 'bundle']) {
  const index = await readFile(join(out, name, 'out', 'index.html'), 'utf8');
  await writeFile(join(out, name, 'out', 'draft.html'), index.replace('pair-id="ryhma-1">', 'pair-id="ryhma-1" autosave>'));
}

// The pages over HTTP (module scripts do not load from file://); /lit/ → <out>/lit/out/.
const isTexts = (name: string | undefined) => /^texts-[a-z-]+\.js$/.test(name ?? '');
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
const server = createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const [, name, ...rest] = path.split('/');
  const file = isTexts(name) ? join(out, name!) : join(out, name ?? '', 'out', rest.join('/') || 'index.html');
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const fileOf = (url: string) => {
  const path = new URL(url).pathname;
  const [, name, ...rest] = path.split('/');
  return isTexts(name) ? join(out, name!) : join(out, name ?? '', 'out', ...rest);
};
const brotli = async (url: string) =>
  brotliCompressSync(await readFile(fileOf(url)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * In the page before any of its scripts: `__benchReady` resolves with
 * performance.now() once `count` radios exist, none disabled, all rendered;
 * `__benchSwitch` sets <html lang> and resolves with the milliseconds until
 * `text` is shown (in any shadow root) with the radios in place. Polled with
 * MessageChannel tasks, which do not wait for a frame or a timer clamp.
 * The first update of the page's form is marked (`bench:update-start`,
 * `bench:update-end`) by wrapping its class's `update` as it is defined.
 */
function probe() {
  const w = window as unknown as Record<string, unknown>;
  const define = customElements.define.bind(customElements);
  customElements.define = (name, constructor, options) => {
    if (name === 'bench-lit-form' || name === 'bench-lit-full-form' || name === 'tp-evaluation-form') {
      const { prototype } = constructor as unknown as { prototype: { update: (changed: unknown) => void } };
      const update = prototype.update;
      prototype.update = function (this: unknown, changed: unknown) {
        const first = performance.getEntriesByName('bench:update-start').length === 0;
        if (first) performance.mark('bench:update-start');
        update.call(this, changed);
        if (first) performance.mark('bench:update-end');
      };
    }
    define(name, constructor, options);
  };
  const roots = (start: Document | ShadowRoot): (Document | ShadowRoot)[] => {
    const found = [start];
    for (const element of start.querySelectorAll('*')) if (element.shadowRoot) found.push(...roots(element.shadowRoot));
    return found;
  };
  const radiosReady = (count: number) => {
    const radios = roots(document).flatMap((r) => [...r.querySelectorAll<HTMLInputElement>('input[type=radio]')]);
    return radios.length >= count && radios.every((radio) => !radio.disabled && radio.checkVisibility());
  };
  const until = (test: () => boolean) =>
    new Promise<number>((done) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (test() ? done(performance.now()) : channel.port2.postMessage(0));
      channel.port2.postMessage(0);
    });
  w.__benchReady = (count: number) => until(() => radiosReady(count));
  w.__benchRestored = (count: number) =>
    until(() => roots(document).flatMap((r) => [...r.querySelectorAll('input[type=radio]:checked')]).length >= count);
  // Answers every statement with 4, as a click would.
  w.__benchAnswerAll = () =>
    roots(document)
      .flatMap((r) => [...r.querySelectorAll<HTMLInputElement>('input[type=radio][value="4"]')])
      .forEach((radio) => radio.click());
  w.__benchSwitch = async (lang: string, text: string, count: number) => {
    const start = performance.now();
    document.documentElement.lang = lang;
    const end = await until(() => roots(document).some((r) => (r.textContent ?? '').includes(text)) && radiosReady(count));
    return end - start;
  };
}

interface Sample {
  ready: number;
  script: number;
  style: number;
  layout: number;
  heap: number;
  switch: number;
  draft: number;
  js: number;
  fetch: number;
  evaluate: number;
  update: number;
  frame: number;
}

/** A wait in the page that gives up after a minute, naming the page and the step, instead of hanging the bench. */
function within<T>(name: string, step: string, wait: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`bench: ${name} page, ${step} did not finish within 60 s`)), 60_000);
  });
  return Promise.race([wait, timeout]).finally(() => clearTimeout(timer));
}

/** A tab whose page runs `probe` before any of its own scripts. */
async function probedTab(context: BrowserContext) {
  const tab = await context.newPage();
  // tsx names functions with a __name helper; the page has none of its own.
  await tab.addInitScript({ content: `globalThis.__name ??= (f) => f; (${probe.toString()})();` });
  return tab;
}

/** performance.now() in the page once every radio of the 15 statements is ready (`__benchReady`). */
const untilReady = (tab: Page) =>
  tab.evaluate((count) => (window as unknown as { __benchReady: (n: number) => Promise<number> }).__benchReady(count), RADIOS);

/** Switches the page to Swedish; the milliseconds until the last statement shows in Swedish (`__benchSwitch`). */
const switchToSwedish = (tab: Page) =>
  tab.evaluate(
    ([text, count]) =>
      (window as unknown as { __benchSwitch: (l: string, t: string, n: number) => Promise<number> }).__benchSwitch('sv', text as string, count as number),
    [lastSwedish, RADIOS] as const,
  );

async function measure(browser: Browser, name: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const tab = await probedTab(context);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  await tab.goto(`${origin}/${name}/`, { waitUntil: 'commit' });
  const ready = await within(name, 'ready', untilReady(tab));
  const metric = async (key: string) =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m: { name: string }) => m.name === key)?.value ?? NaN;
  const script = (await metric('ScriptDuration')) * 1000;
  const style = (await metric('RecalcStyleDuration')) * 1000;
  const layout = (await metric('LayoutDuration')) * 1000;
  const phases = await tab.evaluate((readyAt) => {
    const at = (mark: string) => performance.getEntriesByName(mark)[0]?.startTime ?? NaN;
    const arrived = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.name.endsWith('.js') && entry.responseEnd <= readyAt)
      .map((entry) => entry.responseEnd);
    const fetched = arrived.length ? Math.max(...arrived) : NaN;
    const [start, end] = [at('bench:update-start'), at('bench:update-end')];
    return { fetch: fetched, evaluate: start - fetched, update: end - start, frame: readyAt - end };
  }, ready);
  const scripts = await tab.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => url.endsWith('.js')));
  let js = 0;
  for (const url of scripts) js += await brotli(url);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await metric('JSHeapUsedSize')) / 1024 / 1024;
  const switched = name === 'static' ? NaN : await within(name, 'switch to Swedish', switchToSwedish(tab));
  let draft = NaN;
  if (name !== 'static') {
    await tab.goto(`${origin}/${name}/draft.html`, { waitUntil: 'commit' });
    await within(name, 'draft page ready', untilReady(tab));
    await tab.evaluate(() => (window as unknown as { __benchAnswerAll: () => void }).__benchAnswerAll());
    await tab.waitForTimeout(200);
    await tab.reload({ waitUntil: 'commit' });
    draft = await within(name, 'draft restored', tab.evaluate((count) => (window as unknown as { __benchRestored: (n: number) => Promise<number> }).__benchRestored(count), likerts.length));
  }
  await context.close();
  return { ready, script, style, layout, heap, switch: switched, draft, js: js / 1024, ...phases };
}

/** Everything the form shows besides its statements, as it renders (run in the npm page). */
function formTexts(): BenchFullTexts {
  const root = document.querySelector('tp-evaluation-form')!.shadowRoot!;
  const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const field = (element: Element) => ({
    id: element.querySelector('input, textarea')!.id,
    label: text(element.querySelector('label')),
    hint: text(element.querySelector('.hint')) || undefined,
  });
  return {
    title: text(root.querySelector('.title')),
    subtitle: text(root.querySelector('.subtitle')),
    paragraphs: [...root.querySelectorAll('.intro > p:not(.subtitle):not(.important)')].map(text),
    notice: text(root.querySelector('.important')),
    details: [...root.querySelectorAll('.details .field')].map(field),
    sections: [...root.querySelectorAll('section.section')].map((section) => ({
      title: text(section.querySelector('h3')),
      intro: text(section.querySelector('.section-intro')),
      legend: text(section.querySelector('.scale-legend')),
      statements: [...section.querySelectorAll('fieldset.likert')].map((group) => ({ id: group.id, text: text(group.querySelector('legend')) })),
      openTitle: text(section.querySelector('h4')),
      open: [...section.querySelectorAll(':scope > .field')].map(field),
    })),
    consent: field(root.querySelector('.consents .field')!),
    send: text(root.querySelector('button[type=submit]')),
  };
}

/** Builds lit-full: the whole form by hand, with the words the npm page shows in Finnish and Swedish. */
async function buildLitFull() {
  const context = await browser.newContext();
  const tab = await probedTab(context);
  await tab.goto(`${origin}/npm/`, { waitUntil: 'commit' });
  await within('npm', 'ready (reading its texts)', untilReady(tab));
  const fiFull = await tab.evaluate(formTexts);
  await within('npm', 'switch (reading its texts)', switchToSwedish(tab));
  const svFull = await tab.evaluate(formTexts);
  await context.close();
  if (fiFull.sections.flatMap((section) => section.statements).length !== likerts.length) throw new Error('bench: the npm page shows other statements than the schema');
  await writeFile(join(out, 'texts-sv-full.js'), `export default ${JSON.stringify({ ...sv, full: svFull })};`);
  await buildPage(
    'lit-full',
    `import { defineBenchLitForm } from ${JSON.stringify(join(root, 'tests/bench/lit-form.ts'))};
defineBenchLitForm(${JSON.stringify({ ...fi, full: fiFull })}, () => import('../texts-sv-full.js').then((m) => m.default), true);`,
    '<bench-lit-full-form></bench-lit-full-form>',
  );
  await copyFile(join(out, 'lit-full', 'out', 'index.html'), join(out, 'lit-full', 'out', 'draft.html'));
}

const pages = ['static', 'lit', 'lit-full', 'npm', 'bundle'];
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
await buildLitFull();
const samples: Record<string, Sample[]> = Object.fromEntries(pages.map((name) => [name, []]));
try {
  for (let run = 0; run < WARMUP + RUNS; run++) {
    const order = pages.map((_, i) => pages[(i + run) % pages.length]!);
    for (const name of order) {
      const sample = await measure(browser, name);
      if (run >= WARMUP) samples[name]!.push(sample);
    }
    process.stdout.write(run < WARMUP ? 'w' : '.');
  }
} finally {
  await browser.close();
  server.close();
  if (!process.env.BENCH_KEEP) await rm(out, { recursive: true, force: true });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const columns: [keyof Sample, string, number][] = [
  ['ready', 'ready ms', 1],
  ['script', 'script ms', 1],
  ['style', 'style ms', 1],
  ['layout', 'layout ms', 1],
  ['heap', 'heap MiB', 2],
  ['switch', 'switch ms', 1],
  ['draft', 'draft ms', 1],
  ['js', 'JS KiB br', 2],
];
const medians = Object.fromEntries(pages.map((name) => [name, Object.fromEntries(columns.map(([key]) => [key, median(samples[name]!.map((s) => s[key]))]))]));
// Time to a usable form over static HTML: what the script adds.
for (const name of pages) medians[name]!['overStatic'] = medians[name]!['ready']! - medians['static']!['ready']!;
columns.splice(1, 0, ['overStatic' as keyof Sample, 'ready-static', 1]);
const lines = [
  '',
  `kokemustoimija form, ${likerts.length} statements, ${RUNS} interleaved runs after ${WARMUP} warm-up; medians (× the hand-written Lit page)`,
  `${'page'.padEnd(10)}${columns.map(([, label]) => label.padStart(20)).join('')}`,
];
/** One cell of a table: a page's value, and its ratio to the Lit page's `floor`. */
const cell = (name: string, value: number, floor: number, digits: number) => {
  if (Number.isNaN(value)) return '–'.padStart(20);
  const ratio = name === 'lit' || name === 'static' ? '' : ` (${(value / floor).toFixed(2)}×)`;
  return `${value.toFixed(digits)}${ratio}`.padStart(20);
};
for (const name of pages) {
  const cells = columns.map(([key, , digits]) => cell(name, medians[name]![key]!, medians['lit']![key]!, digits));
  lines.push(`${name.padEnd(10)}${cells.join('')}`);
}
// Where the time to ready goes (medians of each phase; they need not add up to the median ready).
const phases: [keyof Sample, string][] = [
  ['fetch', 'fetch ms'],
  ['evaluate', 'evaluate ms'],
  ['update', 'update ms'],
  ['frame', 'frame ms'],
];
lines.push('', `where the time to ready goes: medians (× the hand-written Lit page)`);
lines.push(`${'page'.padEnd(10)}${phases.map(([, label]) => label.padStart(20)).join('')}`);
for (const name of pages.filter((page) => page !== 'static')) {
  const medianOf = (page: string, key: keyof Sample) => median(samples[page]!.map((sample) => sample[key]));
  const cells = phases.map(([key]) => cell(name, medianOf(name, key), medianOf('lit', key), 1));
  lines.push(`${name.padEnd(10)}${cells.join('')}`);
}
// Paired: each run measures every page within seconds of the others, so a run's own ratio
// to the Lit page is steadier on a busy machine than a ratio of medians taken over all runs.
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;
};
const paired: (keyof Sample)[] = ['ready', 'heap', 'switch', 'draft'];
for (const floor of ['lit', 'lit-full']) {
  lines.push('', `paired: per run, × the ${floor} page of the same run; median [middle half]`);
  for (const name of floor === 'lit' ? ['lit-full', 'npm', 'bundle'] : ['npm', 'bundle']) {
    const cells = paired.map((key) => {
      const ratios = samples[name]!.map((sample, run) => sample[key] / samples[floor]![run]![key]);
      return `${key} ${median(ratios).toFixed(2)}× [${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}]`;
    });
    lines.push(`${name.padEnd(10)}${cells.join('   ')}`);
  }
}
console.log(lines.join('\n'));
