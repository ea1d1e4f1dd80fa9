/** Small helpers that act like a user on an element's shadow DOM. */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, findAccessibilityNode, setViewport } from '@web/test-runner-commands';

export const shadow = (el: Element) => el.shadowRoot!;

/** Types `text` into a text input or text area as a user would (value + input event). */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/**
 * A statement's radio group: a `<tp-likert-scale>`, or one of a form's own
 * groups (`likerts(form)`).
 */
export type LikertGroup = Element;

/** The radio groups of a form's statements, in order. */
export const likerts = (form: Element): HTMLFieldSetElement[] => [
  ...form.shadowRoot!.querySelectorAll<HTMLFieldSetElement>('fieldset.likert'),
];

const radiosOf = (group: LikertGroup) => (group.shadowRoot ?? group).querySelectorAll<HTMLInputElement>('input[type=radio]');

/** Clicks the option with `value` of a likert scale or a form's statement. */
export function choose(group: LikertGroup, value: number): void {
  const radio = [...radiosOf(group)].find((input) => input.value === String(value));
  if (!radio) throw new Error(`no option ${value}`);
  radio.click();
}

/** The answer chosen in a statement's radio group, as the user sees it: the checked radio. */
export function chosen(group: LikertGroup): number | null {
  const radio = [...radiosOf(group)].find((input) => input.checked);
  return radio ? Number(radio.value) : null;
}

/** The error shown under a statement's options, or '' when none is shown. */
export function likertError(group: LikertGroup): string {
  const error = (group.shadowRoot ?? group).querySelector<HTMLElement>('.error');
  return error && !error.hidden ? (error.textContent ?? '').trim() : '';
}

/** All visible text of an element and its shadow tree, whitespace folded. */
export function visibleText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Runs `check` in a browser window `width` px wide (a phone held upright), then puts the window back. */
export async function atWidth(width: number, check: () => Promise<void>): Promise<void> {
  await setViewport({ width, height: 640 });
  try {
    await check();
  } finally {
    await setViewport({ width: 800, height: 600 });
  }
}

/** Fails when the page or `el` has to be scrolled sideways. */
export function expectNoSidewaysScroll(el: Element, note = ''): void {
  const page = document.documentElement;
  expect(page.scrollWidth, `${note} page scrollWidth`).to.be.at.most(page.clientWidth);
  expect(el.scrollWidth, `${note} element scrollWidth`).to.be.at.most(el.clientWidth);
}

/** Fails when there are no targets, or one is smaller than `size` × `size` CSS px (WCAG 2.5.8). */
export function expectTargetsAtLeast(targets: Iterable<Element>, size = 24, note = ''): void {
  const list = [...targets];
  expect(list.length, `${note} number of targets`).to.be.greaterThan(0);
  for (const target of list) {
    const { width, height } = target.getBoundingClientRect();
    const name = `${note} ${target.id || target.outerHTML.slice(0, 80)}`;
    expect(width, `${name} width`).to.be.at.least(size);
    expect(height, `${name} height`).to.be.at.least(size);
  }
}

/** A UUID such as `crypto.randomUUID()` makes (a payload's `submissionId`). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Waits until `selector` is in the element's shadow root (e.g. the thank-you once the host has stored a payload). */
export async function waitUntilShown<T extends HTMLElement = HTMLElement>(el: Element, selector: string): Promise<T> {
  await waitUntil(() => el.shadowRoot!.querySelector(selector), `${selector} shown`);
  return el.shadowRoot!.querySelector<T>(selector)!;
}

// `import{a}from"./x.js"`, `import"./x.js"` and import(`./x.js`), minified or as the test server
// reformats them; never after `=` or a quote (`for="from"` in a template is no import).
const importPattern = /(?<=[}*]\s*|[\w$]\s+)from\s*"([^"]+)"|(?<![\w$.="'`])import\s*"([^"]+)"|\bimport\s*\(\s*[`"']([^`"']+)[`"']\s*\)/g;

/**
 * Every file of the script-tag bundle (dist/, built by `pretest`) with its
 * static and on-demand imports, found by following them from
 * tyopari-forms.bundle.js. Each must be a relative name of a file next to it.
 */
export async function bundleFiles() {
  const files = new Map<string, { code: string; imports: string[]; lazy: string[] }>();
  const visit = async (name: string): Promise<void> => {
    if (files.has(name)) return;
    const code = await (await fetch(`/dist/${name}`)).text();
    const matches = [...code.matchAll(importPattern)];
    const file = {
      code,
      imports: matches.flatMap((match) => match[1] ?? match[2] ?? []),
      lazy: matches.flatMap((match) => match[3] ?? []),
    };
    files.set(name, file);
    for (const specifier of [...file.imports, ...file.lazy]) {
      // Relative names only: the browser resolves them against the bundle's own URL.
      expect(specifier, name).to.match(/^\.\/tyopari-forms\.[\w.~-]+\.js$/);
      await visit(specifier.slice(2));
    }
  };
  await visit('tyopari-forms.bundle.js');
  return files;
}

/** A node of Chromium's accessibility tree: what a screen reader is told about an element. */
export interface AxNode {
  role: string;
  name: string;
  required?: boolean;
  invalid?: string;
  description?: string;
  children?: AxNode[];
}

/** The first node of the page's whole accessibility tree (groups included) with `role` and `name`, or null. */
export async function accessibilityNode(role: string, name: string): Promise<AxNode | null> {
  const tree = await executeServerCommand<AxNode & { children: AxNode[] }, undefined>('accessibility-tree');
  return findAccessibilityNode<AxNode>(tree, (node) => node.role === role && node.name === name);
}

/** A statement of a host's own questionnaire. */
export const hostLikert = (id: string, text = 'Väite') => ({ kind: 'likert', id, text });

/**
 * A host's own questionnaire for `<tp-evaluation-form definition>`: the
 * built-in details and permission to quote, with `sections` and anything in
 * `extra` (a title, a scale, more details or consents) over them.
 */
export function hostDefinition(sections: { id: string; items: unknown[] }[], extra: Record<string, unknown> = {}) {
  return {
    id: 'host-form',
    version: 1,
    title: 'Oma lomake',
    scale: { min: 1, max: 5, minLabel: 'eri mieltä', maxLabel: 'samaa mieltä' },
    details: [
      { kind: 'text', id: 'activityType', text: 'Toiminnan muoto', multiline: false },
      { kind: 'text', id: 'duration', text: 'Yhteistyön kesto', multiline: false },
    ],
    sections,
    consents: [{ kind: 'consent', id: 'quotePermission', text: 'Saa lainata' }],
    ...extra,
  };
}
