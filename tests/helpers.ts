/** Small helpers that act like a user on an element's shadow DOM. */
import type { TpLikertScale } from '../src/elements/likert-scale/likert-scale.js';

export const shadow = (el: Element) => el.shadowRoot!;

/** Types `text` into a text input or text area as a user would (value + input event). */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Clicks the option with `value` of a likert scale. */
export function choose(likert: TpLikertScale, value: number): void {
  const radio = likert.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`);
  if (!radio) throw new Error(`no option ${value}`);
  radio.click();
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
