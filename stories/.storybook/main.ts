/**
 * Storybook for the elements: `npm run storybook` (dev) and
 * `npm run build-storybook` (static, into dist/storybook). Runs offline.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

// The CLI reads this too, before it has loaded this file.
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  stories: ['../*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: '@storybook/web-components-vite',
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  viteFinal: (config) => ({ ...config, plugins: [...(config.plugins ?? []), sourcesRegisterElements()] }),
};

/**
 * package.json "sideEffects" names the built files in dist/ only, so a
 * production bundler takes every module under src/ as free of side effects and
 * drops a bare `import '…/likert-scale.js'` — and with it the element's
 * registration. Stories import the sources, so they keep theirs.
 */
function sourcesRegisterElements(): Plugin {
  return {
    name: 'tyopari:sources-register-elements',
    transform: {
      filter: { id: /\/src\/.*\.ts$/ },
      handler: () => ({ moduleSideEffects: true }),
    },
  };
}

export default config;
