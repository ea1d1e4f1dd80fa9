/**
 * Issue 11, break 4: a host definition of 5,000 items took 4 s to render and
 * one of 100,000 blocked the tab for 75 s. The definition schema now has
 * limits no real questionnaire reaches, and the element refuses beyond them
 * with tp-error instead of rendering.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { evaluationDefinitions, questionnaireSchema } from '../src/schema/index.js';
import { definitionLimits } from '../src/schema/questionnaire.js';
import '../src/elements/evaluation-form/evaluation-form.js';
import type { TpEvaluationForm } from '../src/elements/evaluation-form/evaluation-form.js';
import { hostDefinition as definition, hostLikert as likert, visibleText } from './helpers.js';

const section = (id: string, count: number) => ({ id, items: Array.from({ length: count }, (_, i) => likert(`${id}_${i}`)) });

async function mount(value: unknown) {
  const el = document.createElement('tp-evaluation-form') as TpEvaluationForm;
  el.respondent = 'ammattilainen';
  el.definition = value as never;
  const error = oneEvent(el, 'tp-error');
  let failed = false;
  error.then(() => (failed = true));
  document.body.append(el);
  await el.updateComplete;
  return { el, error, failed: () => failed };
}

describe('definition limits (break 4)', () => {
  it('leave every built-in form and a generous host form well inside', () => {
    for (const builtIn of Object.values(evaluationDefinitions)) {
      expect(questionnaireSchema.safeParse(builtIn).success).to.equal(true);
    }
    const generous = definition([section('a', definitionLimits.itemsPerSection), section('b', 50)]);
    expect(questionnaireSchema.safeParse(generous).success).to.equal(true);
  });

  const beyond: [string, unknown][] = [
    ['100,000 items in one section', definition([section('a', 100_000)])],
    ['5,000 items in one section', definition([section('a', 5_000)])],
    ['more sections than allowed', definition(Array.from({ length: definitionLimits.sections + 1 }, (_, i) => section(`s${i}`, 1)))],
    [
      'more items in all than allowed',
      definition(Array.from({ length: 4 }, (_, i) => section(`s${i}`, definitionLimits.itemsPerSection))),
    ],
    ['a statement of a million characters', definition([{ id: 'a', items: [likert('a1', 'x'.repeat(1_000_000))] }])],
    ['a title too long in Swedish', definition([section('a', 1)], { title: { fi: 'Lomake', sv: 'å'.repeat(definitionLimits.textLength + 1) } })],
    ['100,000 intro paragraphs', definition([section('a', 1)], { intro: Array.from({ length: 100_000 }, () => 'Kappale') })],
    ['a scale of 1,000 options', definition([section('a', 1)], { scale: { min: 1, max: 1000, minLabel: 'a', maxLabel: 'b' } })],
  ];

  for (const [name, value] of beyond) {
    it(`refuses ${name} with tp-error and renders no form`, async () => {
      expect(questionnaireSchema.safeParse(value).success).to.equal(false);
      const { el, error } = await mount(value);
      const { detail } = await error;
      expect(detail.issues.length).to.be.greaterThan(0);
      expect(detail.issues[0]!.path.length, JSON.stringify(detail.issues[0])).to.be.greaterThan(0);
      await el.updateComplete;
      expect(visibleText(el)).to.contain('Lomaketta ei voitu näyttää');
      expect(el.shadowRoot!.querySelectorAll('fieldset.likert')).to.have.length(0);
      el.remove();
    });
  }

  it('renders a host form at the limit of one section', async () => {
    const { el, failed } = await mount(definition([section('a', definitionLimits.itemsPerSection)]));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(failed()).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('fieldset.likert')).to.have.length(definitionLimits.itemsPerSection);
    el.remove();
  });
});
