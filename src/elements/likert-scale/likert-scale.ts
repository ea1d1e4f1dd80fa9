import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { TpEvent, type TpLikertChangeDetail } from '../../events.js';
import { localize } from '../../internal/localization.js';
import { TpElement, defineElement } from '../../internal/tp-element.js';
import { agreementScale, scaleOptions } from '../../schema/scale.js';
import { chosenValue, likertGroup, submitOnEnter } from './likert-scale.parts.js';
import { likertScaleStyles } from './likert-scale.styles.js';

/**
 * A native radio group that works in any `<form>`: the statement is the
 * group's legend, the numbers its options.
 *
 * When to use: one statement the user agrees or disagrees with, in your own
 * form or inside `<tp-evaluation-form>`. When not to use: for questions with
 * named answers (use radio buttons) or several statements as a table (screen
 * readers lose the column headers).
 *
 * How it works: one Tab stop; arrow keys move and choose; each option is
 * announced with its number, the end ones with their words. The group is a
 * radiogroup that says whether it is required and, after a send found it
 * empty, that it is invalid and why (its error). The answer is sent
 * with the surrounding form under `name`; `required` blocks the form until
 * answered; `form.reset()` returns to the `value` attribute.
 *
 * Error messages: "Valitse yksi vaihtoehto." once a form with an unanswered
 * required scale tries to send, or the host's own text in `error`.
 *
 * @summary One statement answered from 1 (täysin eri mieltä) to 5 (täysin samaa mieltä).
 *
 * @slot - The statement. Falls back to the `label` attribute.
 *
 * @fires change - When the user picks an answer (like a native input).
 * @fires input - When the user picks an answer (like a native input).
 * @fires tp-change - When the user picks an answer. `detail: { id, name, value }` (`id` and `name` are both the element's `name`).
 *
 * @csspart fieldset - The group around the statement and its options.
 * @csspart statement - The statement (the group's `<legend>`).
 * @csspart options - The row of options.
 * @csspart option - One option: its radio button and number.
 * @csspart ends - The words for both ends of the scale.
 * @csspart error-message - The error message, there only while an error is shown.
 *
 * @cssprop --tp-color-accent - Colour of a chosen option and of hover.
 * @cssprop --tp-color-focus - Colour of the focus ring.
 * @cssprop --tp-color-error - Colour of the error message.
 * @cssprop --tp-likert-option-size - Widest one option grows (default 4rem).
 * @cssprop --tp-likert-gap - Space between options (default 0.5rem).
 * @cssprop --tp-likert-label-size - Font size of the statement (default 1rem).
 */
export class TpLikertScale extends TpElement {
  static override styles = likertScaleStyles;
  static override shadowRootOptions = { ...TpElement.shadowRootOptions, delegatesFocus: true };
  static formAssociated = true;

  /** The name under which the answer is sent with a surrounding form. */
  @property({ reflect: true }) name = '';

  /** The chosen answer, or `null` when none is chosen. The `value` attribute is the default a form reset returns to. */
  @property({ converter: { fromAttribute: (raw) => raw } })
  set value(next: number | string | null | undefined) {
    // "3" from an attribute or a framework binding means 3; what is no whole number is refused out loud.
    const number = next === null || next === undefined || next === '' ? null : typeof next === 'string' && next.trim() ? Number(next) : next;
    if (number !== null && !Number.isInteger(number)) console.warn('<tp-likert-scale> value is not a whole number; no answer chosen:', next);
    this.chosen = Number.isInteger(number) ? (number as number) : null;
  }
  get value(): number | null {
    return this.chosen;
  }
  private chosen: number | null = null;

  /** An answer is needed before a surrounding form can be sent. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** The options cannot be chosen. */
  @property({ type: Boolean }) disabled = false;

  /** The smallest answer. */
  @property({ type: Number }) min = 1;

  /** The largest answer. */
  @property({ type: Number }) max = 5;

  /** The statement, when it is not given as content. */
  @property() label = '';

  /** Words for the smallest answer (default from the language: "täysin eri mieltä"). */
  @property({ attribute: 'min-label' }) minLabel = '';

  /** Words for the largest answer (default from the language: "täysin samaa mieltä"). */
  @property({ attribute: 'max-label' }) maxLabel = '';

  /** An error to show under the options, set by the host or a surrounding tyopari form. */
  @property() error = '';

  @state() private formDisabled = false;
  @state() private showMissing = false;
  private get checkedInput() {
    return this.renderRoot?.querySelector<HTMLInputElement>('input:checked');
  }
  private get firstInput() {
    return this.renderRoot?.querySelector<HTMLInputElement>('input');
  }

  private readonly internals = this.attachInternals();

  constructor() {
    super();
    // A required group left empty shows its message once a form tries to send.
    this.addEventListener('invalid', () => {
      this.showMissing = true;
    });
  }

  /**
   * The options from `min` to `max`. A range the definition schema would refuse
   * (not whole numbers, `max` not above `min`, outside 0–11) falls back to 1–5,
   * so the end words never name the wrong numbers.
   */
  get options(): number[] {
    return scaleOptions(this);
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  override focus(options?: FocusOptions): void {
    (this.checkedInput ?? this.firstInput)?.focus(options);
  }

  /** @internal Called by the browser (form-associated custom elements). */
  formResetCallback(): void {
    this.value = this.getAttribute('value');
    this.showMissing = false;
  }

  /** @internal Called by the browser (form-associated custom elements). */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal Called by the browser (form-associated custom elements). */
  formStateRestoreCallback(state: string | null): void {
    this.value = state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Reflected here, before render, not by Lit after it: the attribute makes the
    // browser call formDisabledCallback, whose state must reach this render.
    if (changed.has('disabled')) this.toggleAttribute('disabled', this.disabled);
    if (changed.has('value') && this.value !== null && !this.options.includes(this.value)) {
      this.value = null;
    }
  }

  protected override updated(): void {
    this.syncFormState();
  }

  /**
   * The form value and validity of `value`. Also called before `input` and
   * `change` are sent, so a host listener that reads `new FormData(form)` or
   * `form.checkValidity()` sees the answer just chosen.
   */
  private syncFormState(): void {
    this.internals.setFormValue(this.value === null ? null : String(this.value));
    if (this.required && this.value === null) {
      this.internals.setValidity({ valueMissing: true }, msg('Valitse yksi vaihtoehto.'), this.firstInput ?? undefined);
    } else {
      this.internals.setValidity({});
    }
  }

  private get endLabels() {
    return {
      min: this.minLabel || localize(agreementScale.minLabel),
      max: this.maxLabel || localize(agreementScale.maxLabel),
    };
  }

  /**
   * The radio's own `input` crosses the shadow root before our value is set,
   * so it is stopped and sent again from the element once `value` is current.
   */
  private onInput(event: Event) {
    event.stopPropagation();
    this.value = chosenValue(event);
    this.showMissing = false;
    this.syncFormState();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private onChange(event: Event) {
    event.stopPropagation();
    this.value = chosenValue(event);
    this.syncFormState();
    this.dispatchEvent(new Event('change', { bubbles: true }));
    const { name, value } = this;
    this.dispatchEvent(new TpEvent<TpLikertChangeDetail>('tp-change', { id: name, name, value }));
  }

  private get errorMessage(): string {
    if (this.error) return this.error;
    return this.showMissing && this.required && this.value === null ? msg('Valitse yksi vaihtoehto.') : '';
  }

  override render() {
    return likertGroup({
      name: 'choice',
      statement: html`<slot>${this.label}</slot>`,
      options: this.options,
      ends: this.endLabels,
      value: this.value,
      required: this.required,
      disabled: this.disabled || this.formDisabled,
      error: this.errorMessage,
      partPrefix: '',
      onInput: (event) => this.onInput(event),
      onChange: (event) => this.onChange(event),
      onKeydown: (event) => submitOnEnter(event, this.form),
    });
  }
}

defineElement('tp-likert-scale', TpLikertScale);

declare global {
  interface HTMLElementTagNameMap {
    'tp-likert-scale': TpLikertScale;
  }
}
