/**
 * Dev-server plugins for the browser tests (registered in web-test-runner.config.mjs).
 *
 * - `storiesPlugin`: `/__story-files.js` lists every `stories/*.stories.ts`
 *   at the time of the request, so tests/a11y-matrix.test.ts covers a new
 *   story file without anyone adding it; and `?raw` imports (Vite's way to
 *   import a file as a string, used by stories) are served as a string module.
 * - `reactPlugin`: `/__react/app.js` is README's React 19 example
 *   (tests/snippets/react-app.tsx) bundled with React by esbuild, as a host's
 *   bundler would (React ships CommonJS, which the test server cannot serve
 *   as modules); `tyopari-forms/…` resolves to the built package in dist/.
 * - `forcedColorsPlugin`: the `forced-colors` command turns Chromium's
 *   emulation of Windows' high-contrast mode on or off (the built-in
 *   emulate-media command does not offer it for Chrome).
 * - `accessibilityTreePlugin`: the `accessibility-tree` command returns the
 *   page's whole accessibility tree, groups included (the built-in
 *   a11y-snapshot keeps only "interesting" nodes, which leaves out a radio
 *   group with its states and description).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export function storiesPlugin() {
  return {
    name: 'tyopari-stories',
    serve(context) {
      if (context.path === '/__story-files.js') {
        const files = readdirSync(`${root}stories`)
          .filter((name) => name.endsWith('.stories.ts'))
          .sort()
          .map((name) => `/stories/${name}`);
        return { body: `export default ${JSON.stringify(files)};`, type: 'js' };
      }
      if (context.URL.searchParams.has('raw') && context.path.startsWith('/stories/')) {
        const text = readFileSync(`${root}${decodeURIComponent(context.path).slice(1)}`, 'utf8');
        return { body: `export default ${JSON.stringify(text)};`, type: 'js' };
      }
      return undefined;
    },
  };
}

export function reactPlugin() {
  return {
    name: 'tyopari-react',
    async serve(context) {
      if (context.path !== '/__react/app.js') return undefined;
      const { build } = await import('esbuild');
      const exportsMap = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).exports;
      const result = await build({
        stdin: {
          contents: `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { Evaluation } from './tests/snippets/react-app.tsx';
export function mount(element, props) {
  const root = createRoot(element);
  root.render(createElement(Evaluation, props));
  return root;
}`,
          resolveDir: root,
          loader: 'tsx',
        },
        bundle: true,
        format: 'esm',
        jsx: 'automatic',
        write: false,
        logLevel: 'silent',
        define: { 'process.env.NODE_ENV': '"development"' },
        plugins: [
          {
            name: 'tyopari-forms-package',
            setup(pluginBuild) {
              pluginBuild.onResolve({ filter: /^tyopari-forms(\/|$)/ }, (args) => {
                const entry = exportsMap[`.${args.path.slice('tyopari-forms'.length)}`];
                const target = typeof entry === 'string' ? entry : entry?.default;
                return target ? { path: `${root}${target.slice(2)}` } : undefined;
              });
            },
          },
        ],
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}

export function forcedColorsPlugin() {
  const clients = new Map();
  return {
    name: 'tyopari-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      // One CDP session per page, kept open: the emulation ends with the session that set it.
      let client = clients.get(session.id);
      if (!client) {
        client = await session.browser.getPage(session.id).createCDPSession();
        clients.set(session.id, client);
      }
      await client.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

export function accessibilityTreePlugin() {
  return {
    name: 'tyopari-accessibility-tree',
    async executeCommand({ command, session }) {
      if (command !== 'accessibility-tree') return undefined;
      return session.browser.getPage(session.id).accessibility.snapshot({ interestingOnly: false });
    },
  };
}
