/**
 * One statement on the scale as a native radio group: the template that
 * `<tp-likert-scale>` renders in its own shadow root and the forms render in
 * theirs, one group per statement (issue 12: fifteen nested elements, each with
 * its own shadow root and styles, made a form more than twice as slow to show
 * as hand-written Lit). Styles: `likertGroupStyles` in likert-scale.styles.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

export interface LikertGroupView {
  /** The radios' `name`: unique within the shadow root that holds the group. */
  name: string;
  /** The fieldset's `id`, for a form's error summary to move to. */
  id?: string;
  /** The statement: the group's legend. */
  statement: unknown;
  /** The answers from smallest to largest. */
  options: readonly number[];
  /** Words for the smallest and the largest answer. */
  ends: { min: string; max: string };
  value: number | null;
  required: boolean;
  disabled: boolean;
  /** The error to show under the options, or '' (then there is no error paragraph, as at a form's other fields). */
  error: string;
  /** Prefix of every `part` name: '' in `<tp-likert-scale>`, 'likert-' in a form. */
  partPrefix: string;
  /** Extra `part` names of the fieldset (a form's `field`). */
  fieldPart?: string;
  onInput?: (event: Event) => void;
  onChange: (event: Event) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/** The chosen answer of a radio event, as a number. */
export const chosenValue = (event: Event) => Number((event.target as HTMLInputElement).value);

/**
 * Enter sends the surrounding form, as it does from a native text box;
 * `form` is the form the group belongs to (the element's or the radio's own).
 */
export function submitOnEnter(event: KeyboardEvent, form: HTMLFormElement | null | undefined): void {
  if (event.key !== 'Enter' || event.isComposing) return;
  event.preventDefault();
  form?.requestSubmit();
}

export function likertGroup(view: LikertGroupView): TemplateResult {
  const { options, ends, error, partPrefix: p } = view;
  const errorId = `${view.name}-error`;
  const first = options[0];
  const last = options.at(-1);
  // The ends are read as "1, täysin eri mieltä" (their aria-label, which starts
  // with the number shown, WCAG 2.5.3); the others as their number. A label
  // holds just the radio and its number: no hidden text of its own, which cost
  // 150 more nodes and their layout in a form (issue 12). `chosen` marks the
  // chosen option for its look. Whether an answer is required, missing and
  // why is said once, by the group (a radiogroup, as GOV.UK says an error on
  // the fieldset), not by each of its radios: three bindings fewer per option,
  // 225 in a form. The listeners sit on the fieldset too: radio events bubble
  // to it. No white space between the tags: it would be a text node each, 300
  // of them in a form, that shows nothing (the label is a block).
  const option = (value: number) => {
    const chosen = view.value === value;
    return html`<label part="${p}option" class=${chosen ? 'option chosen' : 'option'}
      ><input
        type="radio"
        name=${view.name}
        .value=${String(value)}
        .checked=${chosen}
        aria-label=${value === first ? msg(str`${value}, ${ends.min}`) : value === last ? msg(str`${value}, ${ends.max}`) : nothing}
      />${value}</label
    >`;
  };
  return html`<fieldset
    part="${view.fieldPart ?? ''} ${p}fieldset"
    id=${view.id ?? nothing}
    role="radiogroup"
    aria-required=${view.required ? 'true' : 'false'}
    aria-invalid=${error ? 'true' : 'false'}
    aria-describedby=${error ? errorId : nothing}
    class="likert ${error ? 'invalid' : ''} ${options.length > 5 ? 'wide' : ''}"
    ?disabled=${view.disabled}
    @input=${view.onInput}
    @change=${view.onChange}
    @keydown=${view.onKeydown}
    ><legend part="${p}statement">${view.statement}</legend
    ><div part="${p}options" class="options">${options.map(option)}</div
    ><div part="${p}ends" class="ends" aria-hidden="true"
      ><span>${`${first} = ${ends.min}`}</span><span>${`${last} = ${ends.max}`}</span></div
    >${error ? html`<p id=${errorId} part="${p}error-message" class="error">${error}</p>` : nothing}</fieldset
  >`;
}
