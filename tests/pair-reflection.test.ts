import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../src/internal/localization.js';
import '../src/elements/pair-reflection/pair-reflection.js';
import type { TpPairReflection } from '../src/elements/pair-reflection/pair-reflection.js';
import type { TpChangeDetail, TpErrorDetail, TpEvent, TpSubmitEvent } from '../src/events.js';
import {
  REFLECTION_SCHEMA,
  buildReflectionPayload,
  readPair,
  reflectionPayloadSchema,
  type ReflectionPayload,
} from '../src/schema/index.js';
import { atWidth, expectNoSidewaysScroll, expectTargetsAtLeast, shadow, typeInto, visibleText } from './helpers.js';
import { evaluation } from './evaluation-data.js';
import { readmeBlock } from './readme.js';

const expertId = '7d7f8c39-3c4c-4f0a-9a53-0e1f2b3c4d5e';
/** a2 3 apart, a5 2 apart, a6 1 apart: two statements worth talking about. */
const pair = () => [
  evaluation('kokemustoimija', 4, {
    ratings: { a2: 2, a5: 5, a6: 3 },
    pairId: 'pari-9',
    submissionId: expertId,
    openAnswers: { a_open_1: 'Oma ajatus, ei lainattavaksi', b_open_1: 'Rohkeutta' },
    quotePermission: false,
  }),
  evaluation('ammattilainen', 4, {
    ratings: { a2: 5, a5: 3, a6: 4 },
    pairId: 'pari-9',
    openAnswers: { a_open_1: 'Saa lainata', b_open_1: 'Asiakkaan näkökulman' },
    quotePermission: true,
    submittedAt: '2026-11-11T08:00:00.000Z',
  }),
];

async function reflection(payloads: unknown[]) {
  const el = await fixture<TpPairReflection>(html`<tp-pair-reflection .payloads=${payloads}></tp-pair-reflection>`);
  await el.updateComplete;
  return el;
}
const statements = (el: TpPairReflection) => [...shadow(el).querySelectorAll<HTMLElement>('#section-a ~ .statements > li')];
const titleOf = (item: Element) => item.querySelector('h4')!.textContent!.replace(/\s+/g, ' ').trim();
const saveButton = (el: TpPairReflection) => shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')!;

describe('<tp-pair-reflection>', () => {
  afterEach(() => setLocale('fi'));

  it('finds the statements rated 2 or more points apart and marks them "Kannattaa keskustella"', async () => {
    const el = await reflection(pair());
    const marked = statements(el).filter((item) => item.querySelector('[part=discuss]'));
    expect(marked.map(titleOf)).to.deep.equal(['2. Roolit ja vastuut olivat selkeät', '5. Minua kuultiin ja arvostettiin yhteistyössä']);
    expect(visibleText(marked[0]!)).to.contain('Kannattaa keskustella');
    expect(visibleText(marked[0]!)).to.contain('Kokemustoimija: 2 · Ammattilainen: 5 · ero 3 pistettä');
    // One point apart is not marked; the text says the difference.
    const a6 = statements(el)[5]!;
    expect(a6.querySelector('[part=discuss]')).to.equal(null);
    expect(visibleText(a6)).to.contain('ero 1 piste');
    // Each mark on the axis carries the role's letter, not only a colour.
    const labels = [...marked[0]!.querySelectorAll('svg .mark-label')].map((label) => label.textContent);
    expect(labels).to.deep.equal(['K', 'A']);
    expect(visibleText(shadow(el))).to.contain('2 väittämässä arvionne eroavat 2 pistettä tai enemmän.');
    await expect(el).to.be.accessible();
  });

  it('"Näytä erot ensin" lists the differences first, from the keyboard', async () => {
    const el = await reflection(pair());
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part=differences-first]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(titleOf(statements(el)[0]!)).to.equal('1. Yhteiset tavoitteet olivat selkeät');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(statements(el).slice(0, 3).map(titleOf)).to.deep.equal([
      '2. Roolit ja vastuut olivat selkeät',
      '5. Minua kuultiin ja arvostettiin yhteistyössä',
      '1. Yhteiset tavoitteet olivat selkeät',
    ]);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(titleOf(statements(el)[0]!)).to.equal('1. Yhteiset tavoitteet olivat selkeät');
  });

  it('shows both open answers side by side and marks those that may not be quoted', async () => {
    const el = await reflection(pair());
    const answers = [...shadow(el).querySelectorAll<HTMLElement>('#section-a ~ .question')[0]!.querySelectorAll('[part=open-answer]')];
    expect(answers.map((answer) => visibleText(answer).trim())).to.deep.equal([
      'Kokemustoimija Oma ajatus, ei lainattavaksi Ei saa lainata: vastaaja ei antanut lupaa lainata.',
      'Ammattilainen Saa lainata',
    ]);
    // Section B under its owner.
    const expertB = shadow(el).getElementById('section-b-kokemustoimija')!.closest('section')!;
    expect(visibleText(expertB)).to.contain('Työparityöskentely vahvisti uskoani omiin kykyihini');
    expect(visibleText(expertB)).to.contain('Rohkeutta');
    expect(visibleText(expertB)).not.to.contain('Asiakkaan näkökulman');
    const professionalB = shadow(el).getElementById('section-b-ammattilainen')!.closest('section')!;
    expect(visibleText(professionalB)).to.contain('Kokemustoimijan mukanaolo toi lisäarvoa toimintaan');
    expect(visibleText(professionalB)).to.contain('Asiakkaan näkökulman');
  });

  it('with one payload shows that side and says the partner form is missing', async () => {
    const el = await reflection([pair()[1]]);
    const notice = visibleText(shadow(el).querySelector('[part=partner-missing]')!);
    expect(notice).to.contain('Kokemustoimijan arviointilomake puuttuu vielä.');
    expect(shadow(el).querySelectorAll('[part=discuss]')).to.have.length(0);
    expect(visibleText(statements(el)[1]!)).to.contain('Ammattilainen: 5');
    expect(shadow(el).getElementById('section-b-kokemustoimija')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  const problems: [string, () => unknown[], string][] = [
    ['two of one role', () => [pair()[0], { ...pair()[0], pairId: 'pari-9' }], 'saman roolin'],
    ['mismatched pairIds', () => [pair()[0], { ...pair()[1], pairId: 'pari-10' }], 'eri työpareilta'],
    ['an invalid record', () => [pair()[0], { schema: 'tyopari/evaluation@1', role: 'ammattilainen' }], 'eivät ole kelvollisia'],
  ];
  for (const [name, payloads, words] of problems) {
    it(`${name}: a message in the element and tp-error, no crash`, async () => {
      const el = document.createElement('tp-pair-reflection');
      el.payloads = payloads();
      setTimeout(() => document.body.append(el));
      const event = (await oneEvent(el, 'tp-error')) as TpEvent<TpErrorDetail>;
      expect(event.detail.message).to.be.a('string').and.not.equal('');
      await el.updateComplete;
      const message = shadow(el).querySelector('[part=pair-error]')!;
      expect(message.getAttribute('role')).to.equal('alert');
      expect(visibleText(message)).to.contain(words);
      expect(shadow(el).querySelector('form')).to.equal(null);
      el.remove();
    });
  }

  it('notes send tp-change; "Tallenna" sends a tyopari/reflection@1 payload and waits for the host', async () => {
    const el = await reflection(pair());
    const changes: TpChangeDetail[] = [];
    el.addEventListener('tp-change', (event) => changes.push(event.detail));
    typeInto(shadow(el).querySelector<HTMLTextAreaElement>('#note-a2')!, 'Sovitaan roolit kirjallisesti.');
    typeInto(shadow(el).querySelector<HTMLTextAreaElement>('#note-kokemustoimija-b1')!, 'Hyvä kehitys');
    typeInto(shadow(el).querySelector<HTMLInputElement>('#action-1')!, 'Viikoittainen purku');
    await el.updateComplete;
    shadow(el).querySelector<HTMLButtonElement>('#add-action')!.click();
    await el.updateComplete;
    const second = shadow(el).querySelector<HTMLInputElement>('#action-2')!;
    expect(shadow(el).activeElement === second, 'focus moves to the new point').to.equal(true);
    await sendKeys({ type: 'Roolit paperille' });
    await el.updateComplete;
    expect(changes[0]).to.deep.equal({ id: 'notes.a2', value: 'Sovitaan roolit kirjallisesti.' });
    expect(changes.at(-1)).to.deep.equal({ id: 'actions', value: ['Viikoittainen purku', 'Roolit paperille'] });

    let store!: () => void;
    const stored = new Promise<void>((resolve) => (store = resolve));
    const submitted = new Promise<TpSubmitEvent<ReflectionPayload>>((resolve) =>
      el.addEventListener('tp-submit', (event) => {
        event.waitUntil(stored);
        resolve(event);
      }),
    );
    saveButton(el).click();
    const event = await submitted;
    const payload = event.detail;
    expect(reflectionPayloadSchema.safeParse(payload).success).to.equal(true);
    expect(payload.schema).to.equal(REFLECTION_SCHEMA);
    expect(payload.pairId).to.equal('pari-9');
    expect(payload.locale).to.equal('fi');
    expect(payload.notes).to.deep.equal({ a2: 'Sovitaan roolit kirjallisesti.', 'kokemustoimija.b1': 'Hyvä kehitys' });
    expect(payload.actions).to.deep.equal(['Viikoittainen purku', 'Roolit paperille']);
    expect(payload.sources).to.deep.equal([
      { role: 'kokemustoimija', submittedAt: '2026-11-10T10:00:00.000Z', submissionId: expertId },
      { role: 'ammattilainen', submittedAt: '2026-11-11T08:00:00.000Z' },
    ]);
    expect(payload.submissionId).to.match(/^[0-9a-f-]{36}$/);
    // Until the host has stored it, the element says it is saving; then that it was saved.
    await el.updateComplete;
    expect(saveButton(el).getAttribute('aria-disabled')).to.equal('true');
    store();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(visibleText(shadow(el).querySelector('[part=confirmation]')!)).to.contain('Muistiinpanot on tallennettu.');
  });

  it('keeps the notes when the host could not store them', async () => {
    const el = await reflection(pair());
    typeInto(shadow(el).querySelector<HTMLTextAreaElement>('#note-a1')!, 'Tärkeä');
    el.addEventListener('tp-submit', (event) => event.waitUntil(Promise.reject(new Error('offline'))));
    const failed = oneEvent(el, 'tp-submit-failed');
    saveButton(el).click();
    await failed;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=send-failure]')).not.to.equal(null);
    expect(shadow(el).querySelector<HTMLTextAreaElement>('#note-a1')!.value).to.equal('Tärkeä');
  });

  it('a personal identity code in a note blocks saving and says what to do; nothing is lost', async () => {
    const el = await reflection(pair());
    let sent = false;
    el.addEventListener('tp-submit', () => (sent = true));
    typeInto(shadow(el).querySelector<HTMLTextAreaElement>('#note-a3')!, 'Asiakas 131052-308T soitti');
    await el.updateComplete;
    const invalid = oneEvent(el, 'tp-invalid');
    saveButton(el).click();
    await invalid;
    await el.updateComplete;
    expect(sent).to.equal(false);
    const summary = shadow(el).querySelector('.error-summary')!;
    // (Compared as a boolean: chai would walk the whole DOM to describe a mismatch.)
    await waitUntil(() => shadow(el).activeElement === summary, 'the error summary takes focus');
    expect(visibleText(summary)).to.contain('henkilötunnus');
    expect(shadow(el).querySelector('#note-a3')!.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el).querySelector<HTMLTextAreaElement>('#note-a3')!.value).to.equal('Asiakas 131052-308T soitti');
  });

  it('with autosave keeps the notes as a draft of this pair and restores them', async () => {
    sessionStorage.clear();
    const first = await fixture<TpPairReflection>(html`<tp-pair-reflection autosave .payloads=${pair()}></tp-pair-reflection>`);
    await first.updateComplete;
    typeInto(shadow(first).querySelector<HTMLTextAreaElement>('#note-a5')!, 'Puhutaan kuulluksi tulemisesta');
    await first.updateComplete;
    first.remove();
    const again = document.createElement('tp-pair-reflection');
    again.setAttribute('autosave', '');
    again.payloads = pair();
    setTimeout(() => document.body.append(again));
    const draft = await oneEvent(again, 'tp-draft');
    expect(draft.detail.status).to.equal('restored');
    await again.updateComplete;
    expect(shadow(again).querySelector<HTMLTextAreaElement>('#note-a5')!.value).to.equal('Puhutaan kuulluksi tulemisesta');
    again.remove();
    sessionStorage.clear();
  });

  it('another pair starts with empty notes', async () => {
    const el = await reflection(pair());
    typeInto(shadow(el).querySelector<HTMLTextAreaElement>('#note-a1')!, 'Ensimmäisen parin muistiinpano');
    await el.updateComplete;
    el.payloads = pair().map((payload) => ({ ...payload, pairId: 'pari-10' }));
    await el.updateComplete;
    expect(shadow(el).querySelector<HTMLTextAreaElement>('#note-a1')!.value).to.equal('');
  });

  it('builds the reflection payload in the schema (trimmed, blanks left out)', () => {
    const [expert, professional] = pair();
    const result = buildReflectionPayload(
      { notes: { a1: '  Sovittu  ', a2: ' \u200b ' }, actions: ['', ' Purku '] },
      { sources: [expert!, professional!], pairId: ' pari-9 ', locale: 'sv', savedAt: new Date('2026-12-01T10:00:00Z') },
    );
    expect(result.success).to.equal(true);
    expect(result.data).to.deep.equal({
      schema: 'tyopari/reflection@1',
      pairId: 'pari-9',
      locale: 'sv',
      savedAt: '2026-12-01T10:00:00.000Z',
      notes: { a1: 'Sovittu' },
      actions: ['Purku'],
      sources: [
        { role: 'kokemustoimija', submittedAt: '2026-11-10T10:00:00.000Z', submissionId: expertId },
        { role: 'ammattilainen', submittedAt: '2026-11-11T08:00:00.000Z' },
      ],
    });
    const tooLong = buildReflectionPayload({ notes: { a1: 'x'.repeat(4001) }, actions: [] }, { sources: [expert!], locale: 'fi' });
    expect(tooLong.success).to.equal(false);
    expect(tooLong.error!.issues[0]!.path).to.deep.equal(['notes', 'a1']);
    expect(readPair([expert, professional]).status).to.equal('complete');
    expect(readPair([]).status).to.equal('empty');
  });

  it("README's example payload is a valid tyopari/reflection@1 payload", async () => {
    const example = JSON.parse(await readmeBlock('`<tp-pair-reflection>`', 'json'));
    expect(reflectionPayloadSchema.safeParse(example).success).to.equal(true);
  });

  for (const [locale, title, words] of [
    ['sv', 'Gå igenom utvärderingarna tillsammans', 'Värt att diskutera'],
    ['en', 'Going through the evaluations together', 'Worth talking about'],
  ] as const) {
    it(`speaks ${locale}`, async () => {
      const el = await reflection(pair());
      await setLocale(locale);
      await el.updateComplete;
      const text = visibleText(shadow(el));
      expect(text).to.contain(title);
      expect(text).to.contain(words);
      expect(text).not.to.match(/Kannattaa keskustella|Yhteinen muistiinpano|Tallenna|Näytä erot/);
      await expect(el).to.be.accessible();
    });
  }

  it('fits a 320 px phone without sideways scrolling', async () => {
    await atWidth(320, async () => {
      const el = await reflection(pair());
      expectNoSidewaysScroll(el, '320 px');
      expectTargetsAtLeast(shadow(el).querySelectorAll('button'), 24, '320 px');
    });
  });
});
