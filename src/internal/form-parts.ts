/**
 * Small render pieces every tyopari form shares, so a text field, an error
 * summary or a draft notice looks and reads the same in each form. They are
 * plain functions of their data; the elements own the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';

/** The ids a control's `aria-describedby` lists (hint, error, count), or none. */
export const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** "(valinnainen)" after the label of a field that may be left empty. */
export const optionalMark = (required: boolean) =>
  // The space inside the span, so the accessible name reads "Nimi (valinnainen)", not "Nimi(valinnainen)".
  required ? nothing : html`<span class="optional"> (${msg('valinnainen')})</span>`;

/** The error line above a field: said as "Virhe: …" by a screen reader. */
export const fieldError = (id: string, error: string | undefined) =>
  error
    ? html`<p id="${id}-error" class="field-error" part="field-error">
        <span class="visually-hidden">${msg('Virhe:')}</span> ${error}
      </p>`
    : nothing;

export interface TextFieldOptions {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  multiline?: boolean;
  maxLength?: number;
  type?: 'text' | 'email' | 'tel' | 'date';
  autocomplete?: string;
  inputmode?: string;
  /** Earliest and latest day of a date input (`YYYY-MM-DD`). */
  min?: string | undefined;
  max?: string | undefined;
}

/**
 * How many characters are left, once the text nears its limit (GOV.UK
 * character count). There is no `maxlength`: a browser would cut a pasted
 * text without a word, so a text over the limit stays as typed, says by how
 * much, and the form will not send it. The count is part of the field's
 * description, not a live region, so it is not read out at every keystroke.
 */
function characterCount(id: string, value: string, maxLength: number | undefined) {
  if (maxLength === undefined) return { text: '', view: nothing };
  const left = maxLength - value.length;
  // lit-localize has no plurals: one is a sentence of its own.
  const text =
    left === -1
      ? msg('1 merkki liikaa')
      : left < 0
        ? msg(str`${-left} merkkiä liikaa`)
        : left === 1
          ? msg('1 merkki jäljellä')
          : left <= Math.max(10, maxLength / 10)
            ? msg(str`${left} merkkiä jäljellä`)
            : '';
  return {
    text,
    view: text
      ? html`<p id="${id}-count" class="hint character-count ${left < 0 ? 'character-count--over' : ''}">${text}</p>`
      : nothing,
  };
}

/** A labelled text input or text area with its hint and error, GOV.UK style. */
export function textField(o: TextFieldOptions): TemplateResult {
  // A date box has no characters to count.
  const count = characterCount(o.id, o.value, o.type === 'date' ? undefined : o.maxLength);
  const aria = describedBy(o.hint && `${o.id}-hint`, o.error && `${o.id}-error`, count.text && `${o.id}-count`);
  const onInput = (event: Event) => o.onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = o.multiline
    ? html`<textarea
        id=${o.id}
        name=${o.id}
        rows="4"
        part="textarea"
        .value=${live(o.value)}
        aria-describedby=${ifDefined(aria)}
        aria-invalid=${o.error ? 'true' : 'false'}
        ?required=${o.required ?? false}
        @input=${onInput}
      ></textarea>`
    : html`<input
        id=${o.id}
        name=${o.id}
        part="input"
        type=${o.type ?? 'text'}
        .value=${live(o.value)}
        autocomplete=${ifDefined(o.autocomplete)}
        inputmode=${ifDefined(o.inputmode)}
        min=${ifDefined(o.min)}
        max=${ifDefined(o.max)}
        aria-describedby=${ifDefined(aria)}
        aria-invalid=${o.error ? 'true' : 'false'}
        ?required=${o.required ?? false}
        @input=${onInput}
      />`;
  return html`<div class="field ${o.error ? 'field--error' : ''}" part="field">
    <label for=${o.id} class="label">${o.label}${optionalMark(o.required ?? false)}</label>
    ${o.hint ? html`<p id="${o.id}-hint" class="hint">${o.hint}</p>` : nothing} ${fieldError(o.id, o.error)} ${control}
    ${count.view}
  </div>`;
}

export interface CheckboxOptions {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string | undefined;
  error?: string | undefined;
  /**
   * A consent is a question: `true` must be ticked, `false` is marked
   * "(valinnainen)" like any field that may be left empty. Leave it out for a
   * status tick ("Käsitelty", "Sovittu"), which is no question to answer.
   */
  required?: boolean;
}

/** A single checkbox with its label to the right, for consents and agreements. */
export function checkboxField(o: CheckboxOptions): TemplateResult {
  const aria = describedBy(o.hint && `${o.id}-hint`, o.error && `${o.id}-error`);
  return html`<div class="field checkbox ${o.error ? 'field--error' : ''}" part="field">
    ${fieldError(o.id, o.error)}
    <div class="checkbox-row">
      <input
        type="checkbox"
        id=${o.id}
        name=${o.id}
        part="checkbox"
        .checked=${live(o.checked)}
        aria-describedby=${ifDefined(aria)}
        aria-invalid=${o.error ? 'true' : 'false'}
        ?required=${o.required ?? false}
        @change=${(event: Event) => o.onChange((event.target as HTMLInputElement).checked)}
      />
      <label for=${o.id}>${o.label}${o.required === false ? optionalMark(false) : nothing}</label>
    </div>
    ${o.hint ? html`<p id="${o.id}-hint" class="hint checkbox-hint">${o.hint}</p>` : nothing}
  </div>`;
}
