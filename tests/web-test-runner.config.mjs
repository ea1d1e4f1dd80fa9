import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { accessibilityTreePlugin, forcedColorsPlugin, reactPlugin, storiesPlugin } from './plugins.mjs';

/** Ends the run with one plain line CI can read: "tests: 67 passed, 0 failed, 0 skipped". */
function closingLine() {
  const count = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      Object.assign(count, { passed: 0, failed: 0, skipped: 0 });
      const walk = (suite) => {
        for (const test of suite.tests) count[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (!session.passed && session.errors?.length) count.failed += session.errors.length;
      }
    },
    // Written at exit, once the runner has let go of the terminal.
    stop() {
      process.once('exit', () => {
        process.stdout.write(`\ntests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped\n`);
      });
    },
  };
}

const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));

/**
 * A host's store for the `action` attribute's tests: POST /__store/201 answers
 * 201, /__store/500 answers 500, /__store/drop closes the connection without
 * an answer; GET /__store/last tells what the last POST carried.
 * Also makes the draft module a slow lazy chunk (a slow network), so tests can
 * type before a restored draft arrives. Under /lost-network/ it serves the
 * project again, except the send module, which never arrives (a network gone
 * mid-page): a page that imports a form from there loses its send chunk, and
 * no other page shares that URL, so no browser cache carries the failure over.
 */
function testHost() {
  let last = null;
  return async (ctx, next) => {
    const store = /^\/__store\/(\w+)$/.exec(ctx.path);
    if (store && ctx.method === 'POST') {
      let body = '';
      for await (const chunk of ctx.req) body += chunk;
      last = { headers: ctx.headers, body: JSON.parse(body) };
      if (store[1] === 'drop') {
        ctx.req.socket.destroy();
        return;
      }
      ctx.status = Number(store[1]);
      ctx.body = '';
      return;
    }
    if (ctx.path === '/__store/last') {
      ctx.body = last;
      return;
    }
    const lost = /^\/lost-network(\/.*)$/.exec(ctx.path);
    if (lost?.[1] === '/src/internal/form-send.ts') {
      ctx.status = 503;
      return;
    }
    if (lost) ctx.path = lost[1];
    if (ctx.path.endsWith('/src/internal/draft.ts')) await new Promise((resolve) => setTimeout(resolve, 400));
    return next();
  };
}

export default {
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  reporters: [defaultReporter(), closingLine()],
  middleware: [testHost()],
  plugins: [storiesPlugin(), reactPlugin(), esbuildPlugin({ ts: true, tsconfig, target: 'es2022' }), a11ySnapshotPlugin(), forcedColorsPlugin(), accessibilityTreePlugin()],
  // One page at a time: keyboard and focus tests need the focused window.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-dev-shm-usage',
        ],
      },
    }),
  ],
};
