/**
 * How each kind of pair request field is drawn. Plain functions of the
 * answers; `<tp-pair-request-form>` owns the state and passes it in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { checkboxField, describedBy, fieldError, optionalMark, textField } from '../../internal/form-parts.js';
import { localize } from '../../internal/localization.js';
import { own } from '../../schema/items.js';
import type { PairRequestAnswers } from '../../schema/pair-request-payload.js';
import type {
  PairRequestAnswerField,
  PairRequestCheckboxesField,
  PairRequestChoiceField,
  PairRequestDateField,
  PairRequestDateRangeField,
  PairRequestField,
  PairRequestTextField,
} from '../../schema/pair-request.js';

export interface FieldContext {
  answers: PairRequestAnswers;
  errors: ReadonlyMap<string, string>;
  /** The user's calendar day, `YYYY-MM-DD`, for the limits of date inputs. */
  today: string;
  privacyHint: string;
  set: (field: PairRequestAnswerField, value: string | boolean | string[]) => void;
}


/** The control an error summary link moves focus to: the field itself, or a group's first option. */
export function focusTargetId(field: PairRequestAnswerField): string {
  return field.kind === 'choice' || field.kind === 'checkboxes' ? optionId(field, field.options[0]?.id ?? '') : field.id;
}

const optionId = (field: PairRequestAnswerField, option: string) => `${field.id}-${option}`;

const textType = { phone: 'tel', email: 'email' } as const;

function textInput(field: PairRequestTextField, context: FieldContext): TemplateResult {
  const hint = [field.hint && localize(field.hint), field.privacy && context.privacyHint].filter(Boolean).join(' ');
  return textField({
    id: field.id,
    label: localize(field.label),
    hint: hint || undefined,
    value: String(own(context.answers, field.id) ?? ''),
    error: context.errors.get(field.id),
    required: field.required,
    multiline: field.multiline,
    maxLength: field.maxLength,
    type: field.format ? textType[field.format] : 'text',
    ...(field.autocomplete ? { autocomplete: field.autocomplete } : {}),
    ...(field.format ? { inputmode: textType[field.format] } : {}),
    onInput: (value) => context.set(field, value),
  });
}

function dateInput(field: PairRequestDateField, context: FieldContext): TemplateResult {
  return textField({
    id: field.id,
    label: localize(field.label),
    hint: field.hint ? localize(field.hint) : undefined,
    value: String(own(context.answers, field.id) ?? ''),
    error: context.errors.get(field.id),
    required: field.required,
    type: 'date',
    ...(field.allowed === 'todayOrEarlier' ? { max: context.today } : { min: context.today }),
    onInput: (value) => context.set(field, value),
  });
}

/** Radio buttons or checkboxes in a fieldset whose legend is the question. */
function optionGroup(field: PairRequestChoiceField | PairRequestCheckboxesField, context: FieldContext): TemplateResult {
  const error = context.errors.get(field.id);
  const multiple = field.kind === 'checkboxes';
  const value = own(context.answers, field.id);
  const chosen = new Set(Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);
  const pick = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (!multiple) return context.set(field, input.value);
    // Read the ticks from the boxes themselves: two quick clicks may come before a re-render.
    const ticked = [...input.closest('fieldset')!.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
    context.set(field, ticked);
  };
  return html`<fieldset
    class="field options ${error ? 'field--error' : ''}"
    part="field"
    aria-describedby=${ifDefined(describedBy(field.hint && `${field.id}-hint`, error && `${field.id}-error`))}
  >
    <legend class="label">${localize(field.label)}${optionalMark(field.required)}</legend>
    ${field.hint ? html`<p id="${field.id}-hint" class="hint">${localize(field.hint)}</p>` : nothing}
    ${fieldError(field.id, error)}
    <div class="option-list">
      ${field.options.map(
        (option) =>
          html`<div class="checkbox-row">
            <input
              type=${multiple ? 'checkbox' : 'radio'}
              id=${optionId(field, option.id)}
              name=${field.id}
              value=${option.id}
              part=${multiple ? 'checkbox' : 'radio'}
              .checked=${live(chosen.has(option.id))}
              @change=${pick}
            />
            <label for=${optionId(field, option.id)}>${localize(option.label)}</label>
          </div>`,
      )}
    </div>
  </fieldset>`;
}

/** Two days, from and to, side by side under one question. */
function dateRange(field: PairRequestDateRangeField, context: FieldContext): TemplateResult {
  return html`<fieldset
    class="field date-range"
    part="field"
    aria-describedby=${ifDefined(field.hint ? `${field.id}-hint` : undefined)}
  >
    <legend class="label">${localize(field.label)}</legend>
    ${field.hint ? html`<p id="${field.id}-hint" class="hint">${localize(field.hint)}</p>` : nothing}
    <div class="date-range-days">${dateInput(field.from, context)} ${dateInput(field.to, context)}</div>
  </fieldset>`;
}

export function renderField(field: PairRequestField, context: FieldContext): TemplateResult {
  switch (field.kind) {
    case 'consent':
      return checkboxField({
        id: field.id,
        label: localize(field.label),
        hint: field.hint ? localize(field.hint) : undefined,
        checked: own(context.answers, field.id) === true,
        required: field.required,
        error: context.errors.get(field.id),
        onChange: (checked) => context.set(field, checked),
      });
    case 'text':
      return textInput(field, context);
    case 'date':
      return dateInput(field, context);
    case 'choice':
    case 'checkboxes':
      return optionGroup(field, context);
    case 'dateRange':
      return dateRange(field, context);
  }
}
