/**
 * Two builds from one file, both into dist/ (ESM only):
 *
 *   vite build                 the package: one file per entry in `entries`,
 *                              shared code in dist/chunks/, lit, @lit/localize
 *                              and zod left as imports for the host's bundler.
 *   vite build --mode bundle   dist/tyopari-forms.bundle.js: everything in one
 *                              minified file (lit, zod, the Finnish texts) for
 *                              a plain <script type="module">, and the sv/en
 *                              texts next to it (see `localeSiblings`); then
 *                              prints the size table and fails over a budget.
 *
 * `npm run build` runs both, the package build first (it empties dist/).
 * Both also write dist/schema/<payload>.json (see `payloadJsonSchemas`).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import ts from 'typescript';
import { build, defineConfig, type BuildEnvironmentOptions, type InlineConfig, type Plugin, type UserConfig } from 'vite';

/** dist/<name>.js ← source. An entry whose source is not written yet is skipped. */
const entries: Record<string, string> = {
  index: 'src/index.ts',
  'likert-scale': 'src/elements/likert-scale/likert-scale.ts',
  'evaluation-form': 'src/elements/evaluation-form/evaluation-form.ts',
  'kickoff-guide': 'src/elements/kickoff-guide/kickoff-guide.ts',
  'pair-request-form': 'src/elements/pair-request-form/pair-request-form.ts',
  'pair-reflection': 'src/elements/pair-reflection/pair-reflection.ts',
  'evaluation-summary': 'src/elements/evaluation-summary/evaluation-summary.ts',
  schema: 'src/schema/index.ts',
};
const existingEntries = Object.fromEntries(Object.entries(entries).filter(([, source]) => existsSync(source)));

/** Dependencies of the package: the host's bundler resolves and dedupes them. */
const external = /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/localize|zod)(\/|$)/;

/**
 * A page that shows only this element may load at most this much JS to first
 * render (brotli); for the other entries, what importing them loads. Every
 * entry has one; the bundle build (`pretest`) fails when one is exceeded, so
 * `npm test` fails with it. A budget is a
 * ceiling a little above the size when it was set, so that a change that makes
 * a page heavier is a decision someone writes down here, not a drift.
 */
const budgets: Record<string, number> = {
  // Issue 12, goal 3: the npm evaluation form stays within 16 KiB (15.96 when set,
  // 15.49 with native radio groups instead of nested <tp-likert-scale> elements,
  // 15.74 since items.ts holds the zod-free answer helpers the other forms need).
  'evaluation-form': 16 * 1024,
  // The standalone scale: 9.25 KiB when set (lit, @lit/localize and its own styles);
  // 9.41 since the forms draw its radio group without it (likert-scale.parts.ts).
  'likert-scale': 9.5 * 1024,
  // The other elements load zod and their rules after the first render (issue 12):
  // 18.20 KiB when set (26.86 with them); the guide's texts are its content.
  'kickoff-guide': 18.75 * 1024,
  // 18.95 KiB when set (27.56 with zod): the consent, contact and situation fields.
  'pair-request-form': 19.5 * 1024,
  // 17.43 KiB when set (28.01 with zod).
  'pair-reflection': 18 * 1024,
  // 13.93 KiB when set (24.90 with zod).
  'evaluation-summary': 14.5 * 1024,
  // The package's other entries (issue 12, goal 3), for a host that imports them
  // whole: every element with the schemas (70.22 KiB when set), and the schemas
  // alone: zod, no Lit, with the sv/en column headers of toCsv (32.37 KiB).
  index: 71 * 1024,
  schema: 33 * 1024,
};

/**
 * What any element may load on demand (validation, drafts, sending; brotli):
 * 18.2 KiB at most when set (the evaluation form). A host bundles the package
 * with it; one zod namespace in the wrong place once made it 67 KiB.
 */
const onDemandBudget = 20 * 1024;

/** The script-tag bundle's entries, in dist/ (see `localeSiblings` for its sv/en files). */
const bundleEntries: Record<string, string> = {
  'tyopari-forms.bundle': 'src/elements/index.ts',
  'tyopari-forms.schema': 'src/schema/index.ts',
};

/**
 * What a Finnish page with dist/tyopari-forms.bundle.js loads to first render
 * (the bundle and the files it imports statically, not what loads on demand).
 * Issue 12, goal 2: at most 30 KiB for all four forms and the scale; the two
 * reader elements have a budget of their own (below). 51.0 KiB when it was
 * one file with zod and every rule inside; 28.15 KiB when set.
 */
const bundleBudget = 30 * 1024;

/** What the bundle loads on demand: zod, the checks, drafts and sending of every element (22.16 KiB when set). */
const bundleOnDemandBudget = 23 * 1024;

/**
 * dist/tyopari-forms.schema.js with what it imports: every schema, `toCsv` and
 * `summarise`, for a page without a build that reads payloads (25.61 KiB when set).
 */
const schemaBudget = 26.5 * 1024;

/**
 * The two elements that use what the forms collect (`<tp-pair-reflection>`,
 * `<tp-evaluation-summary>`) have a budget of their own in the bundle (issue 12):
 * the bundle is built once more without them, and what they add is the
 * difference (of compressed sizes): 6.73 KiB when set.
 */
const readersInBundleBudget = 7 * 1024;
const readerElements = ['pair-reflection', 'evaluation-summary'];

/**
 * Lit templates keep their indentation through minification. In HTML and CSS a
 * line break with the spaces after it means one space, so the static parts of
 * every html`` and css`` literal keep just the line break; css`` also loses
 * its comments and the spaces around braces. Other literals (msg texts, whose
 * hash finds their translation) are left as they are.
 */
export function collapseTemplateWhitespace(code: string, fileName = 'module.ts'): string {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; css: boolean }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['html', 'css', 'svg'].includes(node.tag.text)) {
      const { template } = node;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        // The text between the backtick or `}` and the closing backtick or `${`.
        const closing = ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1;
        edits.push({ start: part.getStart(source) + 1, end: part.end - closing, css: node.tag.text === 'css' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const { start, end, css } of edits.sort((a, b) => b.start - a.start)) {
    let text = out.slice(start, end).replace(/\n[ \t]+/g, '\n');
    // In CSS also comments, and the white space around braces and after semicolons.
    if (css) text = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*([{}])\s*/g, '$1').replace(/;\s+/g, ';');
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

function templateWhitespace(): Plugin {
  return {
    name: 'tyopari:template-whitespace',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('`')) return null;
      return { code: collapseTemplateWhitespace(code, id), map: null };
    },
  };
}

/**
 * Entries with all their dependencies, minified: the bundle and the size
 * measurements. Vite's library mode keeps whitespace in ES output (for host
 * bundlers); a file meant for a <script> tag wants it gone, hence output.minify.
 * Shared and lazily loaded code goes to `tyopari-forms.<name>-<hash>.js` next
 * to the entries.
 */
function selfContained(entries: Record<string, string>, build: BuildEnvironmentOptions = {}): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    plugins: [templateWhitespace()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      ...build,
      rolldownOptions: {
        // An entry with several elements (the bundle, `index`) imports statically what one
        // element loads on demand (the kickoff record for `index`, the error views for the
        // bundle): expected, and no reason for a warning on every build.
        checks: { ineffectiveDynamicImport: false },
        ...build.rolldownOptions,
        output: { minify: true, comments: false, chunkFileNames: 'tyopari-forms.[name]-[hash].js', ...build.rolldownOptions?.output },
      },
    },
  };
}

/** The languages the bundle loads on demand, each from a file next to it. */
const bundleLocales = ['sv', 'en'] as const;
const localeFile = (locale: string) => `tyopari-forms.${locale}.js`;
const CATALOGUE = "globalThis[Symbol.for('tyopari-forms/catalogues')]";

/**
 * The bundle carries Finnish only. Swedish and English are
 * dist/tyopari-forms.sv.js and .en.js, imported by a relative URL, which the
 * browser resolves against the bundle's own URL (import.meta.url): a host
 * copies one folder and adds one script tag, and a page that stays Finnish
 * never fetches them. A module script from the same folder is allowed by
 * `script-src 'self'`.
 *
 * export.ts (toCsv's sv/en headers) reads the catalogues statically; in the
 * bundle it reads them from a registry that each language file fills when it
 * loads, so `toCsv` with `headers: 'sv'` wants `await loadTyopariLocale('sv')`
 * first (Finnish headers until then).
 */
function localeSiblings({ emitLocales = true } = {}): Plugin {
  const registry = (locale: string) => `\0tyopari-catalogue:${locale}`;
  return {
    name: 'tyopari:locale-siblings',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      const locale = /generated\/locales\/(sv|en)\.js$/.exec(source)?.[1];
      if (!locale || !importer) return null;
      if (/src\/internal\/localization\.ts$/.test(importer)) return { id: `./${localeFile(locale)}`, external: true };
      return registry(locale);
    },
    load(id) {
      const locale = /^\0tyopari-catalogue:(sv|en)$/.exec(id)?.[1];
      if (!locale) return null;
      return `const all = (${CATALOGUE} ??= {});
export const templates = new Proxy({}, { get: (_, id) => all.${locale}?.[id] });`;
    },
    async generateBundle() {
      if (!emitLocales) return;
      for (const locale of bundleLocales) {
        const entry = `src/generated/locales/${locale}.ts`;
        const config = selfContained({ [localeFile(locale).replace(/\.js$/, '')]: entry }, { write: false });
        config.plugins = [
          {
            // Only `str` of @lit/localize (a plain tag function), without the rest of its module.
            name: 'tyopari:str-only',
            enforce: 'pre',
            resolveId: (source) => (source === '@lit/localize' ? '\0tyopari-str' : null),
            load: (id) =>
              id === '\0tyopari-str' ? 'export const str = (strings, ...values) => ({ strTag: true, strings, values });' : null,
          },
          {
            name: 'tyopari:register-catalogue',
            transform: (code, id) => (id.endsWith(entry) ? `${code}\n(${CATALOGUE} ??= {}).${locale} = templates;\n` : null),
          },
        ];
        const result = await build(config);
        const output = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
        const chunk = output.find((item) => item.type === 'chunk' && item.isEntry);
        if (!chunk || chunk.type !== 'chunk' || output.length !== 1) throw new Error(`${localeFile(locale)}: expected one file`);
        this.emitFile({ type: 'asset', fileName: localeFile(locale), source: chunk.code });
      }
    },
  };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;
const sizes = (code: string | Uint8Array) => {
  const buffer = Buffer.from(code);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const row = (name: string, size: { raw: number; gzip: number; brotli: number }, note = '') =>
  `${name.padEnd(48)} ${kib(size.raw).padStart(10)} ${kib(size.gzip).padStart(10)} ${kib(size.brotli).padStart(10)}  ${note}`;

type Size = { raw: number; gzip: number; brotli: number };
type Chunk = Extract<Awaited<ReturnType<typeof inMemory>>[number], { type: 'chunk' }>;

/** Builds `config` without writing, and returns its chunks by file name. */
async function inMemory(config: InlineConfig) {
  const result = await build({ ...config, build: { ...config.build, write: false } });
  return (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
}

async function chunksOf(config: InlineConfig): Promise<Map<string, Chunk>> {
  const output = await inMemory(config);
  return new Map(output.flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));
}

/** `roots` and every chunk they import statically, except those in `skip`. */
function staticClosure(chunks: Map<string, Chunk>, roots: string[], skip = new Set<string>()): Set<string> {
  const found = new Set<string>();
  const visit = (fileName: string) => {
    // External files (the bundle's own sv/en siblings) are not chunks of this build.
    if (found.has(fileName) || skip.has(fileName) || !chunks.has(fileName)) return;
    found.add(fileName);
    for (const imported of chunks.get(fileName)!.imports) visit(imported);
  };
  roots.forEach(visit);
  return found;
}

/**
 * What a page loads from built `chunks`: `first`, the entries `entries` with
 * the chunks they import statically; `lazy`, the chunks those import on
 * demand (and theirs), except the sv/en texts. Each file counts compressed on
 * its own, as a browser fetches it.
 */
function costOf(chunks: Map<string, Chunk>, entries: string[]): { first: Size; lazy: Size } {
  const sum = (fileNames: Set<string>) => {
    const total = { raw: 0, gzip: 0, brotli: 0 };
    for (const fileName of fileNames) {
      const size = sizes(chunks.get(fileName)!.code);
      total.raw += size.raw;
      total.gzip += size.gzip;
      total.brotli += size.brotli;
    }
    return total;
  };
  const first = staticClosure(chunks, entries);
  const lazyRoots = [...first].flatMap((fileName) => chunks.get(fileName)!.dynamicImports);
  // The package's sv/en catalogues (dist/chunks/sv-<hash>.js), which a Finnish page never loads.
  const isLocale = (fileName: string) => /\/dist\/chunks\/(sv|en)-[\w-]+\.js$/.test(chunks.get(fileName)?.facadeModuleId ?? '');
  const lazy = staticClosure(chunks, lazyRoots.filter((fileName) => !isLocale(fileName)), first);
  return { first: sum(first), lazy: sum(lazy) };
}

/** Builds `config` in memory and measures what a page with all its entries loads (`costOf`). */
async function loadCost(config: InlineConfig) {
  const chunks = await chunksOf(config);
  return costOf(chunks, [...chunks.values()].filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
}

/**
 * What an element costs a page that imports only it: its npm entry
 * (dist/<name>.js, built just before) bundled as a host's bundler would, with
 * lit, @lit/localize and zod, minified. Measuring the built package, not src/,
 * catches what only a host sees (a zod namespace re-exported from a lazy chunk
 * once pulled all of zod/mini into it).
 */
async function pageCost(name: string) {
  const entry = `dist/${name}.js`;
  if (!existsSync(entry)) throw new Error(`${entry} is missing: the size report runs after \`vite build\``);
  return loadCost({ ...selfContained({ [name]: entry }), plugins: [] });
}

/**
 * The script-tag bundle's build. Left to itself the bundler splits what the
 * first render needs into many small files, each shared with some lazy one;
 * compressed one by one they cost 3 KiB more than together. So a first pass
 * finds the modules the bundle entry loads statically, and the build puts
 * them into two files: `shared`, those the schema entry needs too, and `core`,
 * the rest (Lit, the elements, their styles and texts). What loads on demand
 * (zod, the checks, drafts, sending) stays in small files of its own.
 */
async function bundleConfig(entries: Record<string, string>): Promise<InlineConfig> {
  const plugins = () => [localeSiblings({ emitLocales: false }), templateWhitespace()];
  const chunks = await chunksOf({ ...selfContained(entries), plugins: plugins() });
  const staticModules = (entry: string) =>
    new Set([...staticClosure(chunks, [`${entry}.js`])].flatMap((fileName) => Object.keys(chunks.get(fileName)!.modules)));
  const [bundle, ...others] = Object.keys(entries);
  const first = staticModules(bundle!);
  const sharedWithOthers = new Set(others.flatMap((entry) => [...staticModules(entry)]));
  return selfContained(entries, {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'shared', priority: 2, test: (id) => first.has(id) && sharedWithOthers.has(id) },
            { name: 'core', priority: 1, test: (id) => first.has(id) },
          ],
        },
      },
    },
  });
}

/**
 * A browser learns what a module imports only once it has fetched it: the
 * bundle entry imports `core`, which imports `shared`, three round trips in a
 * row. This names every file the entry needs, directly in the entry (after its
 * own import, so nothing runs in another order), and the browser fetches them
 * at once. Rollup calls this `hoistTransitiveImports`; rolldown has no such option.
 */
function hoistImports(): Plugin {
  return {
    name: 'tyopari:hoist-imports',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));
      for (const entry of chunks.values()) {
        if (!entry.isEntry) continue;
        const needed = [...staticClosure(chunks, [entry.fileName])].filter(
          (fileName) => fileName !== entry.fileName && !entry.imports.includes(fileName),
        );
        if (needed.length === 0) continue;
        entry.code = `${entry.code}${needed.map((fileName) => `import"./${fileName}";`).join('')}\n`;
        entry.imports.push(...needed);
      }
    },
  };
}

/** What a page with the script-tag bundle would load without `readerElements`, built in memory. */
async function bundleCostWithoutReaders() {
  const index = await readFile(bundleEntries['tyopari-forms.bundle']!, 'utf8');
  const elements = resolve('src/elements');
  const entryText = index
    .split('\n')
    .filter((line) => !readerElements.some((name) => line.includes(`./${name}/`)))
    .join('\n')
    .replace(/(from|import) '\.\//g, `$1 '${elements}/`)
    .replace(/(from|import) '\.\.\//g, `$1 '${elements}/../`);
  const dir = await mkdtemp(join(tmpdir(), 'tyopari-bundle-'));
  try {
    const entry = join(dir, 'without-readers.ts');
    await writeFile(entry, entryText);
    const config = await bundleConfig({ ...bundleEntries, 'tyopari-forms.bundle': entry });
    const plugins = [localeSiblings({ emitLocales: false }), templateWhitespace(), hoistImports()];
    return costOf(await chunksOf({ ...config, plugins }), ['tyopari-forms.bundle.js']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Prints every JS file in dist/ and what a page with one element loads, against the budgets. */
function sizeReport(): Plugin {
  /** The bundle's files as this build wrote them. */
  let written = new Map<string, Chunk>();
  return {
    name: 'tyopari:size-report',
    apply: 'build',
    writeBundle(_options, bundle) {
      written = new Map(Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));
    },
    async closeBundle() {
      const files = [
        ...(await readdir('dist')).filter((file) => file.endsWith('.js')),
        ...(existsSync('dist/chunks') ? (await readdir('dist/chunks')).map((file) => `chunks/${file}`) : []),
      ].sort();
      const lines = ['', `${'dist/'.padEnd(48)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`];
      for (const file of files) lines.push(row(file, sizes(await readFile(join('dist', file)))));
      lines.push(
        '',
        'A page that imports one entry of the package loads (with lit, @lit/localize, zod; minified; Finnish):',
      );
      let over = 0;
      /** One row measured against its budget; a row over it fails the build below. */
      const checked = (label: string, size: { raw: number; gzip: number; brotli: number }, budget: number) => {
        const isOver = size.brotli > budget;
        if (isOver) over++;
        lines.push(row(label, size, `${isOver ? 'OVER BUDGET' : 'ok'} (budget ${kib(budget)} brotli)`));
      };
      for (const name of Object.keys(existingEntries)) {
        const { first, lazy } = await pageCost(name);
        const label = name === 'index' ? 'tyopari-forms (every element, schemas)' : name === 'schema' ? 'tyopari-forms/schema' : `<tp-${name}> first render`;
        const budget = budgets[name];
        if (budget === undefined) {
          over++;
          lines.push(row(label, first, 'NO BUDGET (add one to `budgets` in vite.config.ts)'));
        } else {
          checked(label, first, budget);
        }
        if (lazy.raw > 0) checked(`  + on demand (validation, drafts)`, lazy, onDemandBudget);
      }
      // The script-tag bundle on a Finnish page: what it imports to draw the forms, and on demand.
      lines.push('', 'A page with dist/tyopari-forms.bundle.js loads (Finnish; sv/en only on a switch):');
      // The bundle as this build wrote it (see writeBundle), and once more without the readers.
      const bundle = costOf(written, ['tyopari-forms.bundle.js']);
      const forms = await bundleCostWithoutReaders();
      const readers = {
        raw: bundle.first.raw - forms.first.raw,
        gzip: bundle.first.gzip - forms.first.gzip,
        brotli: bundle.first.brotli - forms.first.brotli,
      };
      checked('the four forms and the scale', forms.first, bundleBudget);
      checked('  + reflection and summary', readers, readersInBundleBudget);
      checked('  + on demand (checks, drafts, sending)', bundle.lazy, bundleOnDemandBudget);
      const schema = costOf(written, ['tyopari-forms.schema.js']);
      checked('tyopari-forms.schema.js (schemas, toCsv)', schema.first, schemaBudget);
      for (const name of Object.keys(budgets)) {
        if (!(name in existingEntries)) lines.push(`<tp-${name}>: not built yet (budget ${kib(budgets[name]!)} brotli)`);
      }
      if (over > 0) lines.push('', `*** ${over} page(s) OVER BUDGET ***`);
      console.log(lines.join('\n'));
      // A failed build fails `pretest`, and so `npm test`.
      if (over > 0) throw new Error(`${over} page(s) over their size budget (see the table above, budgets in vite.config.ts)`);
    },
  };
}

/**
 * dist/schema/<name>.json: a JSON Schema (draft 2020-12) for every payload that
 * `tyopari-forms/schema` exports, generated from its zod schema, so a backend in
 * any language can validate what it stores. A payload is any exported schema
 * whose `schema` field is a constant 'tyopari/<name>@<version>' (a new payload
 * schema is picked up once it is exported). `io: 'input'` describes what the
 * zod schema accepts: extra fields are allowed where zod strips them, refused
 * where the object is strict. Rules written as code (e.g. "no henkilötunnus in
 * a text", "the date is not in the past") have no JSON Schema form: a server in
 * JavaScript validates with the zod schema itself for those.
 */
function payloadJsonSchemas(): Plugin {
  return {
    name: 'tyopari:payload-json-schemas',
    apply: 'build',
    async generateBundle() {
      const { tsImport } = await import('tsx/esm/api');
      const schema: Record<string, unknown> = await tsImport('./src/schema/index.ts', import.meta.url);
      const z: typeof import('zod/mini') = await tsImport('zod/mini', import.meta.url);
      for (const value of Object.values(schema)) {
        if (!value || typeof value !== 'object' || !('_zod' in value)) continue;
        const json = z.toJSONSchema(value as import('zod/mini').ZodMiniType, { io: 'input', unrepresentable: 'any' });
        const tag = (json.properties?.['schema'] as { const?: unknown } | undefined)?.const;
        const name = typeof tag === 'string' ? /^tyopari\/([a-z-]+)@\d+$/.exec(tag)?.[1] : undefined;
        if (!name || name === 'draft') continue;
        const source = JSON.stringify({ $schema: json.$schema, title: tag, ...json }, null, 2);
        this.emitFile({ type: 'asset', fileName: `schema/${name}.json`, source: `${source}\n` });
      }
    },
  };
}

export default defineConfig(async ({ mode }): Promise<UserConfig> => {
  if (mode === 'bundle') {
    // The entries, their first render in two files, on-demand code in files of its own; sv/en too (see localeSiblings).
    const { build } = await bundleConfig(bundleEntries);
    return { build, plugins: [localeSiblings(), templateWhitespace(), hoistImports(), payloadJsonSchemas(), sizeReport()] };
  }
  return {
    plugins: [payloadJsonSchemas(), templateWhitespace()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      copyPublicDir: false,
      lib: { entry: existingEntries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        external: (id) => external.test(id),
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
