/**
 * Issue 11, break 3: ids named like built-in object properties were accepted,
 * and answers were then read as inherited properties (an empty text field
 * showed `function Object() { [native code] }`, an optional consent blocked
 * sending, every draft was dropped).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import { evaluationDefinitionSchema, questionnaireSchema, type Questionnaire } from '../src/schema/index.js';
import { answersStillMeant, parseDraftAnswers } from '../src/schema/answers.js';
import { buildEvaluationPayload } from '../src/schema/evaluation-payload.js';
import { emptyAnswers } from '../src/schema/items.js';
import { renderSection } from '../src/elements/evaluation-form/evaluation-form.parts.js';
import '../src/elements/evaluation-form/evaluation-form.js';
import type { TpEvaluationForm } from '../src/elements/evaluation-form/evaluation-form.js';
import { chosen, hostDefinition, hostLikert, visibleText } from './helpers.js';

const RESERVED = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString', '__proto__'];

/** A host definition whose section item, section, detail or consent has `id`. */
function definitionWith(id: string, where: 'item' | 'section' | 'consent' | 'detail') {
  const plain = hostDefinition([{ id: where === 'section' ? id : 'a', items: [hostLikert(where === 'item' ? id : 'a1')] }]);
  return {
    ...plain,
    details: [...plain.details, ...(where === 'detail' ? [{ kind: 'text', id, text: 'Lisätieto' }] : [])],
    consents: [...plain.consents, ...(where === 'consent' ? [{ kind: 'consent', id, text: 'Lupa' }] : [])],
  };
}

describe('ids named like built-in object properties (break 3)', () => {
  it('are refused in a definition with a clear issue at the id', () => {
    for (const id of RESERVED) {
      for (const where of ['item', 'section', 'consent', 'detail'] as const) {
        const result = questionnaireSchema.safeParse(definitionWith(id, where));
        expect(result.success, `${id} as ${where}`).to.equal(false);
        const messages = result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
        expect(messages.join('\n'), `${id} as ${where}`).to.match(/\.id: /);
        if (id !== '__proto__') {
          expect(messages.join('\n'), id).to.contain('built-in object property');
        }
      }
    }
    // An ordinary id that merely contains such a word is fine.
    expect(questionnaireSchema.safeParse(definitionWith('toStringency', 'item')).success).to.equal(true);
    expect(evaluationDefinitionSchema.safeParse(definitionWith('constructorNote', 'consent')).success).to.equal(true);
  });

  it('make <tp-evaluation-form> show its definition error and fire tp-error, not a broken form', async () => {
    for (const id of ['constructor', 'toString', 'valueOf']) {
      const el = document.createElement('tp-evaluation-form') as TpEvaluationForm;
      el.respondent = 'ammattilainen';
      el.definition = definitionWith(id, 'consent') as never;
      const error = oneEvent(el, 'tp-error');
      document.body.append(el);
      const { detail } = await error;
      expect(JSON.stringify(detail.issues), id).to.contain('built-in object property');
      await el.updateComplete;
      expect(visibleText(el)).to.contain('Lomaketta ei voitu näyttää');
      expect(visibleText(el)).to.not.contain('native code');
      el.remove();
    }
  });

  /** The same definition as a built-in one would be: not through the schema, so nothing refuses the ids. */
  const unchecked = {
    id: 'unchecked',
    version: 1,
    title: 'T',
    intro: [],
    scale: { min: 1, max: 5, minLabel: 'a', maxLabel: 'b' },
    details: [
      { kind: 'text', id: 'activityType', text: 'Toiminnan muoto', required: true, multiline: false, maxLength: 200 },
      { kind: 'text', id: 'duration', text: 'Yhteistyön kesto', required: true, multiline: false, maxLength: 200 },
    ],
    sections: [
      {
        id: 'a',
        items: [
          { kind: 'likert', id: 'valueOf', text: 'Väite', required: false },
          { kind: 'text', id: 'constructor', text: 'Avoin', required: false, multiline: true, maxLength: 4000 },
          { kind: 'text', id: 'toString', text: 'Toinen', required: false, multiline: true, maxLength: 4000 },
        ],
      },
    ],
    consents: [
      { kind: 'consent', id: 'quotePermission', text: 'Saa lainata', required: false },
      { kind: 'consent', id: 'hasOwnProperty', text: 'Lupa', required: false },
    ],
  } as Questionnaire;

  it('read answers as the record’s own: an empty field shows nothing, not a function', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    render(
      renderSection({ definition: unchecked, answers: emptyAnswers(), errors: new Map(), onAnswer: () => {} }, unchecked.sections[0]!),
      container,
    );
    const text = container.querySelector<HTMLTextAreaElement>('#constructor')!;
    expect(text.value).to.equal('');
    expect(container.querySelector<HTMLTextAreaElement>('#toString')!.value).to.equal('');
    expect(chosen(container.querySelector('fieldset.likert')!)).to.equal(null);
    expect(visibleText(container)).to.not.contain('native code');
  });

  it('send with optional consents and texts under such ids left empty, and keep drafts', () => {
    const answers = emptyAnswers();
    answers.details = { activityType: 'Ryhmä', duration: '3 kk' };
    const result = buildEvaluationPayload(unchecked, answers, { role: 'ammattilainen', locale: 'fi' });
    expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
    expect(result.data!.openAnswers).to.deep.equal({});
    expect(result.data!.quotePermission).to.equal(false);

    const draft = { details: { activityType: 'Ryhmä' }, ratings: { valueOf: 4 }, openAnswers: { constructor: 'Hyvä' }, consents: {} };
    const kept = parseDraftAnswers(unchecked, JSON.parse(JSON.stringify(draft)));
    expect(kept).to.deep.equal({ ...draft, details: { activityType: 'Ryhmä' } });
    expect(answersStillMeant(unchecked, unchecked, emptyAnswers())).to.deep.equal(emptyAnswers());
  });

  it('never reach Object.prototype through a stored draft or a payload', () => {
    const hostile = '{"details":{"__proto__":{"polluted":"yes"}},"ratings":{"__proto__":{"polluted":1}},"openAnswers":{"constructor":{"prototype":{"polluted":"yes"}}},"consents":{}}';
    parseDraftAnswers(unchecked, JSON.parse(hostile));
    buildEvaluationPayload(unchecked, JSON.parse(hostile), { role: 'ammattilainen', locale: 'fi' });
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
  });
});
