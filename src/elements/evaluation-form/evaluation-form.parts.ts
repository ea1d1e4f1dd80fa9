/**
 * How `<tp-evaluation-form>` draws a questionnaire: one function per kind of
 * item, one per section. Plain functions of the data; the element owns the
 * state and passes `onAnswer`.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { QuestionnaireAnswers } from '../../schema/answers.js';
import { answerGroup, own } from '../../schema/items.js';
import type { Item, Questionnaire, Section } from '../../schema/questionnaire.js';
import { scaleOptions } from '../../schema/scale.js';
import { checkboxField, textField } from '../../internal/form-parts.js';
import { localize } from '../../internal/localization.js';
import { chosenValue, likertGroup, submitOnEnter } from '../likert-scale/likert-scale.parts.js';

export interface QuestionnaireView {
  definition: Questionnaire;
  answers: QuestionnaireAnswers;
  errors: Map<string, string>;
  onAnswer: (item: Item, value: string | number | boolean) => void;
}

/** "3. " before a question numbered as on the paper form; nothing for an unnumbered one. */
const numberPrefix = (number?: number) => (number ? `${number}. ` : '');

/** One question; `number` prefixes a statement or an open question as on the paper form ("3. …"). */
export function renderItem(view: QuestionnaireView, item: Item, number?: number) {
  const { definition, answers } = view;
  const error = view.errors.get(item.id);
  const hint = 'hint' in item && item.hint ? localize(item.hint) : undefined;
  switch (item.kind) {
    case 'likert':
      return likertGroup({
        name: item.id,
        id: item.id,
        statement: `${numberPrefix(number)}${localize(item.text)}`,
        options: scaleOptions(definition.scale),
        ends: { min: localize(definition.scale.minLabel), max: localize(definition.scale.maxLabel) },
        value: own(answers.ratings, item.id) ?? null,
        required: item.required,
        disabled: false,
        error: error ?? '',
        partPrefix: 'likert-',
        fieldPart: 'field',
        onChange: (event) => view.onAnswer(item, chosenValue(event)),
        onKeydown: (event) => submitOnEnter(event, (event.target as HTMLInputElement).form),
      });
    case 'text':
      return textField({
        id: item.id,
        label: `${numberPrefix(number)}${localize(item.text)}`,
        hint,
        value: String(own<unknown>(answers[answerGroup(item, definition)], item.id) ?? ''),
        required: item.required,
        multiline: item.multiline,
        maxLength: item.maxLength,
        error,
        onInput: (value) => view.onAnswer(item, value),
      });
    case 'consent':
      return checkboxField({
        id: item.id,
        label: localize(item.text),
        hint,
        checked: own(answers.consents, item.id) === true,
        required: item.required,
        error,
        onChange: (checked) => view.onAnswer(item, checked),
      });
  }
}

/**
 * A section: its statements on the scale, then its open questions. Both are
 * numbered from 1 in each section, as on the paper form.
 */
export function renderSection(view: QuestionnaireView, section: Section) {
  const { scale } = view.definition;
  const statements = section.items.filter((item) => item.kind === 'likert');
  const others = section.items.filter((item) => item.kind !== 'likert');
  const legend = msg(str`${scale.min} = ${localize(scale.minLabel)}, ${scale.max} = ${localize(scale.maxLabel)}`);
  const titleId = `section-${section.id}-title`;
  return html`<section class="section" aria-labelledby=${titleId}>
    <h3 class="section-title" id=${titleId}>${section.title ? localize(section.title) : section.id.toUpperCase()}</h3>
    ${section.intro ? html`<p class="section-intro">${localize(section.intro)}</p>` : nothing}
    ${statements.length ? html`<p class="scale-legend">${legend}</p>` : nothing}
    <div class="statements">${statements.map((item, index) => renderItem(view, item, index + 1))}</div>
    ${others.length
      ? html`<h4 class="subsection-title">${msg('Avoimet kysymykset')}</h4>
          ${others.map((item, index) => renderItem(view, item, index + 1))}`
      : nothing}
  </section>`;
}
