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
 * Importing an element module registers its tag (a side effect). The static
 * Storybook build must never tree-shake a bare `import '…/likert-scale.js'`
 * away, whatever a future package.json "sideEffects" list says, so every
 * source module is marked as having side effects.
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
