/**
 * The accessibility matrix: every Storybook story × fi / sv / en, checked with
 * axe (wcag2a, wcag2aa, wcag21aa, wcag22aa, best-practice) and at 320 px for
 * sideways scrolling. The stories are found from the story files themselves
 * (`/__story-files.js`, see tests/plugins.mjs): a new story file, or a new
 * story in one, is covered without anyone adding it here.
 *
 * Stories are rendered as Storybook renders them: args of the file and the
 * story, loaders, decorators, the render function, then `play`; the language
 * is set as stories/.storybook/preview.ts sets it (`<html lang>` and setLocale).
 */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import { setLocale } from '../src/internal/localization.js';

const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;
const LOCALES = ['fi', 'sv', 'en'] as const;

/**
 * axe's page-level rules are about the host page around a story (its one
 * <main>, its <h1>, its title), not about the elements; they are left out.
 */
const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: {
    region: { enabled: false },
    'landmark-one-main': { enabled: false },
    'page-has-heading-one': { enabled: false },
    'document-title': { enabled: false },
    'html-has-lang': { enabled: false },
  },
  resultTypes: ['violations'],
};

type Args = Record<string, unknown>;
interface StoryContext {
  args: Args;
  globals: { locale: string };
  loaded: Record<string, unknown>;
  canvasElement: HTMLElement;
  parameters: Record<string, unknown>;
  id: string;
  name: string;
  title: string;
  step: (name: string, run: () => Promise<void> | void) => Promise<void>;
}
type Render = (args: Args, context: StoryContext) => TemplateResult | Node | string;
type Decorator = (story: () => unknown, context: StoryContext) => unknown;
interface StoryAnnotations {
  name?: string;
  args?: Args;
  render?: Render;
  loaders?: ((context: StoryContext) => Promise<unknown>)[] | ((context: StoryContext) => Promise<unknown>);
  decorators?: Decorator[] | Decorator;
  parameters?: Record<string, unknown>;
  play?: (context: StoryContext) => Promise<void> | void;
  tags?: string[];
}
interface Meta extends StoryAnnotations {
  title?: string;
  component?: string;
}

const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Every tp-* element in `root`, its children and their shadow trees. */
function tpElements(root: ParentNode): (HTMLElement & { updateComplete?: Promise<unknown> })[] {
  const found: HTMLElement[] = [];
  const walk = (node: ParentNode) => {
    for (const child of node.children) {
      if (child.localName.startsWith('tp-')) found.push(child as HTMLElement);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return found;
}

async function settle(container: HTMLElement) {
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setTimeout(resolve, 30));
    await Promise.all(tpElements(container).map((el) => el.updateComplete));
  }
}

/** Renders `story` of `meta` into `container` in `locale`, as Storybook would, and runs its play function. */
async function renderStory(meta: Meta, key: string, story: StoryAnnotations, locale: string, container: HTMLElement) {
  document.documentElement.lang = locale;
  await setLocale(locale);
  sessionStorage.clear();
  localStorage.clear();
  const args: Args = { ...meta.args, ...story.args };
  const context: StoryContext = {
    args,
    globals: { locale },
    loaded: {},
    canvasElement: container,
    parameters: { ...meta.parameters, ...story.parameters },
    id: key,
    name: story.name ?? key,
    title: meta.title ?? '',
    step: async (_name, run) => run(),
  };
  for (const loader of [...list(meta.loaders), ...list(story.loaders)]) {
    Object.assign(context.loaded, (await loader(context)) ?? {});
  }
  const renderer: Render =
    story.render ??
    meta.render ??
    ((given) => {
      const el = document.createElement(meta.component!);
      Object.assign(el, given);
      return el;
    });
  let show: () => unknown = () => renderer(args, context);
  for (const decorator of [...list(story.decorators), ...list(meta.decorators)]) {
    const inner = show;
    show = () => decorator(inner, context);
  }
  const shown = show();
  if (shown instanceof Node) container.replaceChildren(shown);
  else render(shown as TemplateResult, container);
  await settle(container);
  if (story.play) await story.play(context);
  await settle(container);
}

const storyFiles = ((await import(/* @vite-ignore */ '/__story-files.js' as string)) as { default: string[] }).default;
/** Each story file with its module, or the error that kept it from loading. */
const storyModules = await Promise.all(
  storyFiles.map(async (file): Promise<[string, Record<string, unknown> | undefined, unknown]> => {
    try {
      return [file, (await import(/* @vite-ignore */ file)) as Record<string, unknown>, undefined];
    } catch (error) {
      return [file, undefined, error];
    }
  }),
);

/** The stories of a file: its named exports, as Storybook reads them (CSF). */
function storiesOf(module: Record<string, unknown>): [string, StoryAnnotations][] {
  return Object.entries(module)
    .filter(([key]) => key !== 'default' && key !== '__namedExportsOrder')
    .map(([key, value]) => [key, typeof value === 'function' ? { render: value as Render } : (value as StoryAnnotations)]);
}

let checked = 0;

describe('accessibility matrix: every story × fi / sv / en', () => {
  it('finds the story files', () => {
    expect(storyFiles.length).to.be.at.least(4);
  });

  afterEach(async () => {
    document.documentElement.lang = 'fi';
    await setLocale('fi');
    await setViewport({ width: 800, height: 600 });
  });

  after(() => console.log(`accessibility matrix: ${checked} story × locale checks`));

  for (const [file, module, failure] of storyModules) {
    describe(file, () => {
      it('loads', () => {
        expect(failure, String(failure)).to.equal(undefined);
        expect(storiesOf(module ?? {}).length).to.be.greaterThan(0);
      });
      if (!module) return;
      const meta = (module.default ?? {}) as Meta;
      for (const [key, story] of storiesOf(module)) {
        for (const locale of LOCALES) {
          it(`${story.name ?? key} (${locale}): no axe violation, no sideways scroll at 320 px`, async () => {
            const container = document.createElement('div');
            document.body.append(container);
            const problems: string[] = [];
            const log = console.log;
            console.log = () => {}; // stories log each tp-* event for the Actions panel
            try {
              await setViewport({ width: 800, height: 600 });
              await renderStory(meta, key, story, locale, container);
              const results = await axe.run(container, AXE_OPTIONS);
              for (const violation of results.violations) {
                const where = violation.nodes.map((node) => node.target.join(' ')).join(', ');
                problems.push(`${violation.id} (${violation.impact}): ${violation.help} at ${where}`);
              }
              await setViewport({ width: 320, height: 640 });
              await settle(container);
              const page = document.documentElement;
              if (page.scrollWidth > page.clientWidth) problems.push(`the page scrolls sideways at 320 px (${page.scrollWidth} px)`);
              for (const el of tpElements(container)) {
                if (el.scrollWidth > el.clientWidth + 1) problems.push(`<${el.localName}> is ${el.scrollWidth} px wide in ${el.clientWidth} px`);
              }
              checked += 1;
            } finally {
              console.log = log;
              render(null, container);
              container.remove();
            }
            expect(problems, problems.join('\n')).to.deep.equal([]);
          });
        }
      }
    });
  }
});
