/// <reference types="vite/client" />
/**
 * What every story shares: the language toolbar, the docs tables from
 * dist/custom-elements.json (JSDoc in the element sources, written by
 * `npm run manifest`), the accessibility check and the `tp-*` events in the
 * Actions panel.
 */
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { setLocale } from '../../src/internal/localization.js';

/**
 * The Actions panel shows every `tp-*` event with its detail as the user
 * works. The events bubble and are composed, so one listener on the document
 * hears every element of every story.
 */
const tpEvents = ['tp-change', 'tp-submit', 'tp-submit-failed', 'tp-invalid', 'tp-error', 'tp-draft', 'tp-export'];
for (const type of tpEvents) {
  document.addEventListener(type, (event) => action(type)((event as CustomEvent).detail));
}

interface Manifest {
  modules: { declarations?: { members?: { privacy?: string; static?: boolean }[] }[] }[];
}

/** The docs tables list what a host can use: no private, protected or static members. */
function publicApi(manifest: Manifest): Manifest {
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    declaration.members = declaration.members?.filter((member) => !member.static && (member.privacy ?? 'public') === 'public');
  }
  return manifest;
}

// A glob, not an import: it finds nothing, rather than failing, before the first `npm run manifest`.
const manifests = import.meta.glob<Manifest>('../../dist/custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(publicApi(structuredClone(manifest)));
else console.warn('dist/custom-elements.json is missing: run `npm run manifest` for the docs tables.');

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the elements (sets <html lang>)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'fi', title: 'suomi' },
          { value: 'sv', title: 'svenska' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fi' },
  // A loader, not a decorator: the story renders once the language has loaded.
  loaders: [
    async ({ globals }) => {
      const locale = String(globals.locale ?? 'fi');
      document.documentElement.lang = locale;
      await setLocale(locale);
      return {};
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
