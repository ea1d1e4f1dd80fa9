import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));

export default {
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig, target: 'es2022' })],
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
