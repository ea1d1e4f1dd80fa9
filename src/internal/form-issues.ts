/**
 * What a form shows once a send is blocked: the error summary at the top
 * (GOV.UK pattern), its lines, and the moves to a field; and what it shows
 * instead of itself when the host's definition cannot be used. Apart from
 * form-parts.ts because a form needs it only after its first submit: the
 * evaluation form loads it then, to keep its first render small.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ValidationIssue } from './issue-messages.js';

export interface SummaryEntry {
  id: string;
  message: string;
}

/**
 * "Kunta: Kirjoita vastaus." — or, after a question that ends in its own
 * punctuation, "Mikä onnistui? Kirjoita vastaus." ("…poissaolot yms. Teksti…"
 * keeps the abbreviation's full stop).
 */
export function summaryLine(question: string, message: string): string {
  const name = question.trim();
  return /[?？!.]$/.test(name) ? `${name} ${message}` : `${name.replace(/:$/, '')}: ${message}`;
}

/**
 * Date boxes the user typed into only in part: the browser reports their value
 * as empty, so without this a half-typed day would be dropped without a word.
 */
export function halfTypedDates(root: ParentNode): ValidationIssue[] {
  return [...root.querySelectorAll<HTMLInputElement>('input[type=date]')]
    .filter((input) => input.validity.badInput)
    .map((input) => ({ code: 'custom', path: [input.id], params: { reason: 'date' } }));
}

/**
 * The error summary at the top of a form (GOV.UK pattern): it takes focus when
 * a submit is blocked, and each entry moves focus to its field.
 */
export function errorSummary(entries: SummaryEntry[], onPick: (id: string) => void): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title" class="error-summary-title">${msg('Tarkista nämä kohdat')}</h2>
    <ul>
      ${entries.map(
        (entry) =>
          html`<li>
            <a
              href="#${entry.id}"
              @click=${(event: Event) => {
                event.preventDefault();
                onPick(entry.id);
              }}
              >${entry.message}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

/**
 * Moves focus to a field by id inside `root` and brings it into view; a
 * statement's radio group (a fieldset) gets focus on its chosen or first radio.
 */
export function focusField(root: ShadowRoot | null, id: string): void {
  const field = root?.getElementById(id);
  if (!field) return;
  field.scrollIntoView({ block: 'center' });
  if (!(field instanceof HTMLFieldSetElement)) return field.focus();
  (field.querySelector<HTMLElement>('input:checked') ?? field.querySelector<HTMLElement>('input'))?.focus();
}

/** Shown instead of a form whose definition the host gave could not be used. */
export function definitionError(): TemplateResult {
  return html`<div class="error-summary" part="definition-error" role="alert">
    <h2 class="error-summary-title">${msg('Lomaketta ei voitu näyttää')}</h2>
    <p>${msg('Lomakkeen määrittelyssä on virhe. Ota yhteyttä sivuston ylläpitäjään.')}</p>
  </div>`;
}
