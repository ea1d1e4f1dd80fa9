/**
 * The demo host page (stories/demo, what `npm start` opens), as a newcomer
 * uses it: answer a form → tp-submit → stored in IndexedDB through waitUntil →
 * listed → exported as JSON and CSV → still there after a reload; a simulated
 * storage failure shows the retry, and the retry stores the same submission.
 */
import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { evaluationPayloadSchema, pairRequestPayloadSchema } from '../src/schema/index.js';
import type { TpEvaluationForm } from '../src/elements/evaluation-form/evaluation-form.js';
import type { TpPairRequestForm } from '../src/elements/pair-request-form/pair-request-form.js';
import type { TpSubmitEvent, TpSubmitFailedEvent } from '../src/events.js';
import { fillEvaluation, fillPairRequest } from './fill.js';
import { UUID, shadow } from './helpers.js';
// @ts-expect-error: the demo is plain JavaScript, without types
import { startDemo } from '../stories/demo/demo.js';

let page: HTMLElement | undefined;

/** Puts the demo page's <main> into the test page and wires it, as its own script does. */
async function openDemo(): Promise<HTMLElement> {
  page?.remove();
  const html = await (await fetch('/stories/demo/index.html')).text();
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  page = document.importNode(parsed.getElementById('demo')!, true);
  document.body.append(page);
  await (startDemo as (root: HTMLElement) => Promise<void>)(page);
  return page;
}

const $ = <T extends Element = HTMLElement>(name: string) => page!.querySelector<T>(`[data-demo="${name}"]`)!;
const rows = () => [...$<HTMLTableElement>('list').tBodies[0]!.rows];
const deleteDatabase = () =>
  new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase('tyopari-demo');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });

async function send(form: HTMLElement) {
  const submit = shadow(form).querySelector<HTMLButtonElement>('[part~="submit"]')!;
  const submitted = oneEvent(form, 'tp-submit') as Promise<TpSubmitEvent>;
  submit.click();
  return (await submitted).detail;
}

describe('demo host page (npm start)', () => {
  beforeEach(deleteDatabase);
  after(() => page?.remove());

  it('stores a sent evaluation, lists it, exports it as JSON and CSV, and still has it after a reload', async () => {
    await openDemo();
    expect($('count').textContent).to.equal('Nothing stored yet.');
    const form = page!.querySelector<TpEvaluationForm>('tp-evaluation-form')!;
    await form.updateComplete;
    await fillEvaluation(form);
    const payload = await send(form);
    expect(payload.submissionId).to.match(UUID);

    await waitUntil(() => rows().length === 1, 'the stored payload is listed');
    expect(rows()[0]!.textContent).to.contain(payload.submissionId!).and.contain('tyopari/evaluation@1').and.contain('pari-1');
    expect($('count').textContent).to.equal('1 stored (1 evaluation).');
    // The form says sent only once the store has it.
    await waitUntil(() => shadow(form).querySelector('[part~="confirmation"]'), 'the thank-you');

    const exported = await (await fetch($<HTMLAnchorElement>('export-json').href)).json();
    expect(exported).to.deep.equal([JSON.parse(JSON.stringify(payload))]);
    expect(evaluationPayloadSchema.safeParse(exported[0]).success).to.equal(true);
    const csv = await (await fetch($<HTMLAnchorElement>('export-csv').href)).text();
    expect(csv.split('\n').filter((line) => line.trim()).length).to.equal(2);
    expect(csv).to.contain(payload.submissionId!);

    await openDemo();
    await waitUntil(() => rows().length === 1, 'still stored after a reload');
    expect(rows()[0]!.textContent).to.contain(payload.submissionId!);
  });

  it('a simulated storage failure shows the retry; the retry stores the same submission once', async () => {
    await openDemo();
    $<HTMLInputElement>('fail').click();
    const form = page!.querySelector<TpPairRequestForm>('tp-pair-request-form')!;
    await form.updateComplete;
    await fillPairRequest(form);
    const failed = oneEvent(form, 'tp-submit-failed') as Promise<TpSubmitFailedEvent>;
    const first = await send(form);
    const failure = (await failed).detail;
    expect(failure.submissionId).to.equal(first.submissionId);
    expect(failure.reason).to.equal('rejected');
    await aTimeout(50);
    expect(rows()).to.have.length(0);
    expect($('log').textContent).to.contain('tp-submit-failed: rejected');

    $<HTMLInputElement>('fail').click();
    const retried = oneEvent(form, 'tp-submit') as Promise<TpSubmitEvent>;
    await waitUntil(() => shadow(form).querySelector('[part~="retry"]'), 'the retry button');
    shadow(form).querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    const second = (await retried).detail;
    expect(second.submissionId).to.equal(first.submissionId);
    await waitUntil(() => rows().length === 1, 'stored on retry');
    const exported = await (await fetch($<HTMLAnchorElement>('export-json').href)).json();
    expect(pairRequestPayloadSchema.safeParse(exported[0]).success).to.equal(true);
    expect(exported[0].submissionId).to.equal(first.submissionId);
  });

  it('stores the sample evaluations once, however often the button is pressed (submissionId is the key)', async () => {
    await openDemo();
    $<HTMLButtonElement>('samples').click();
    await waitUntil(() => rows().length === 12, '6 pairs, two evaluations each');
    $<HTMLButtonElement>('samples').click();
    await waitUntil(() => $('log').textContent!.split('stored the sample').length === 3, 'the second press is done');
    expect(rows()).to.have.length(12);
    expect($('count').textContent).to.equal('12 stored (12 evaluations).');
    expect($<HTMLSelectElement>('pair').options).to.have.length(6);
    $<HTMLButtonElement>('clear').click();
    await waitUntil(() => rows().length === 0, 'deleted');
  });

  it('feeds the stored evaluations to the summary and one pair to the reflection, or marks their place', async () => {
    await openDemo();
    const form = page!.querySelector<TpEvaluationForm>('tp-evaluation-form')!;
    await form.updateComplete;
    await fillEvaluation(form);
    const payload = await send(form);
    await waitUntil(() => rows().length === 1);
    expect([...$<HTMLSelectElement>('pair').options].map((option) => option.value)).to.deep.equal(['pari-1']);
    for (const tag of ['tp-evaluation-summary', 'tp-pair-reflection']) {
      const element = page!.querySelector(tag) as (HTMLElement & { payloads?: unknown[] }) | null;
      const placeholder = page!.querySelector<HTMLElement>(`[data-demo-pending="${tag}"]`)!;
      if (customElements.get(tag)) {
        expect(placeholder.hidden, `${tag} is registered: no placeholder`).to.equal(true);
        expect(element!.payloads?.map((p) => (p as { submissionId?: string }).submissionId)).to.deep.equal([payload.submissionId]);
      } else {
        expect(placeholder.hidden, `${tag} is not registered: its place is marked`).to.equal(false);
      }
    }
  });
});
