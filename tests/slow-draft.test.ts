/**
 * A slow network: the draft module is a lazy chunk, and the test server holds
 * it back (see tests/web-test-runner.config.mjs). What the user types before a
 * saved draft arrives must never be replaced by it. This file is its own page,
 * so the chunk is not in the browser's module cache yet.
 */
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import '../src/elements/evaluation-form/evaluation-form.js';
import type { TpEvaluationForm } from '../src/elements/evaluation-form/evaluation-form.js';
import { choose, chosen, likerts, shadow, typeInto } from './helpers.js';

const key = 'tyopari-forms:draft:evaluation-kokemustoimija@1:';

describe('a draft that arrives after the user has started typing', () => {
  it('is merged under what was typed, never over it; with no draft, what was typed is kept at once', async () => {
    sessionStorage.setItem(
      key,
      JSON.stringify({
        schema: 'tyopari/draft@1',
        form: { id: 'evaluation-kokemustoimija', version: 1 },
        savedAt: new Date().toISOString(),
        data: { details: { activityType: 'Vanha ryhmä', duration: 'vuosi' }, ratings: { a1: 3, a2: 2 }, openAnswers: {}, consents: {} },
      }),
    );
    const el = document.createElement('tp-evaluation-form') as TpEvaluationForm;
    el.setAttribute('respondent', 'kokemustoimija');
    el.setAttribute('autosave', '');
    // A second form on the page with no saved draft of its own.
    const fresh = document.createElement('tp-evaluation-form') as TpEvaluationForm;
    fresh.setAttribute('respondent', 'kokemustoimija');
    fresh.setAttribute('autosave', '');
    fresh.setAttribute('draft-key', 'fresh');
    document.body.append(el, fresh);
    try {
      await waitUntil(() => shadow(el).getElementById('activityType') && shadow(fresh).getElementById('activityType'), 'the forms are on screen');
      typeInto(shadow(fresh).getElementById('duration') as HTMLInputElement, 'kaksi viikkoa');
      choose(likerts(fresh)[0]!, 2);
      await nextFrame();
      const statements = () => likerts(el);
      // Typed while the draft module is still on its way.
      expect(shadow(el).querySelector('[part=draft-notice]'), 'no draft yet').to.equal(null);
      typeInto(shadow(el).getElementById('activityType') as HTMLInputElement, 'Uusi ryhmä');
      choose(statements()[1]!, 5);
      await el.updateComplete; // waits for the draft too
      expect((shadow(el).getElementById('activityType') as HTMLInputElement).value).to.equal('Uusi ryhmä');
      expect((shadow(el).getElementById('duration') as HTMLInputElement).value).to.equal('vuosi');
      expect(chosen(statements()[0]!), 'restored').to.equal(3);
      expect(chosen(statements()[1]!), 'typed wins').to.equal(5);
      const saved = JSON.parse(sessionStorage.getItem(key)!).data;
      expect(saved.details).to.deep.equal({ activityType: 'Uusi ryhmä', duration: 'vuosi' });
      expect(saved.ratings).to.deep.equal({ a1: 3, a2: 5 });
      // Typed before the draft code arrived and not touched since: kept as soon as it arrived.
      await fresh.updateComplete;
      const kept = JSON.parse(sessionStorage.getItem(`${key}#fresh`) ?? 'null')?.data;
      expect(kept?.details, 'typed before the draft code arrived').to.deep.equal({ duration: 'kaksi viikkoa' });
      expect(kept?.ratings).to.deep.equal({ a1: 2 });
    } finally {
      el.remove();
      fresh.remove();
      sessionStorage.clear();
    }
  });
});
