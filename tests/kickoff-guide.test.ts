import { aTimeout, expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { setLocale } from '../src/internal/localization.js';
import { kickoffRecordSchema, parseKickoffRecord, type KickoffRecord } from '../src/schema/index.js';
import { editKickoffAnswers, emptyKickoffAnswers } from '../src/schema/kickoff.js';
import '../src/elements/kickoff-guide/kickoff-guide.js';
import type { TpKickoffGuide } from '../src/elements/kickoff-guide/kickoff-guide.js';
import type { TpDraftDetail, TpFieldChangeDetail } from '../src/events.js';
import { accessibilityNode, atWidth, expectNoSidewaysScroll, expectTargetsAtLeast, shadow, typeInto, UUID, visibleText } from './helpers.js';

/** The kickoff chapter of the source document, word for word (edits listed in src/schema/kickoff.ts). */
const seedTexts = [
  'Yhteistyön käynnistäminen',
  'Työparityöskentely käynnistetään yhteisellä tapaamisella, jonka tavoitteena on luoda pohjaa yhteistyölle. Kysymykset on hyvä käydä läpi rauhassa keskustellen ja ajatuksia vaihtaen.',
  'Työparin kanssa yhdessä keskustellen',
  'Millainen ihmiskäsityksesi on? Miten se vaikuttaa ryhmän ohjaukseen?',
  'Millaiset arvot ohjaavat toimintaasi?',
  'Millainen ryhmänohjaaja olet? Millainen toivot olevasi juuri tässä ryhmässä?',
  'Mitä pidät tärkeänä ohjaamisessa?',
  'Mitä meidän on tärkeä huomioida tämän ryhmän kohdalla?',
  'Ryhmän ohjauksessa huomioitavia asioita keskustellen',
  'Millaisia ajatuksia sinulla on rooleistamme?',
  'Ammattilaisen ja kokemustoimijan roolit ovat erilaiset, joten on hyvä käydä keskustelua siitä, mitä se käytännössä tarkoittaa.',
  'Millaista työnjakoa haluat tehdä ryhmätapaamisten osalta? Esimerkiksi tehtävien ohjaus tms.',
  'Kokemustoimijalla on lupa olla myös vertainen.',
  'Miten toivot, että erilaiset roolit avataan ryhmäläisille?',
  'Jos ryhmään tulee tuttuja, miten toivot, että tilanne käsitellään? Millaisia ajatuksia sinulle herää tästä?',
  'Mitä ajatuksia ja tunteita kokemustoimijana olo vertaisryhmässä herättää sinussa?',
  'Miten kommunikoit, jos tarvitset apua/tukea/rohkaisua tms.?',
  'Onko jotakin sellaista, mitä minun (ammattilaisen) on hyvä tietää?',
  'Muita huomioitavia asioita',
  'Vapaaehtoistyön- ja salassapitosopimukset oman organisaation ohjeiden mukaisesti.',
  'Yhteinen toimintasuunnitelma haastaviin tilanteisiin ryhmätapaamisten aikana.',
  'Yhteisistä suunnittelu- ja purkutapaamisista sopiminen.',
  'Käytännön asioista sopiminen, mm. saapuminen ennen ryhmäläisiä, poissaolot yms.',
  // The introduction: the basic idea with its credit line, the professional's responsibility.
  'Työparityöskentelyn perusidea',
  'Työparimallissa yhteistyötä toteuttavat kokemustoimija ja sosiaali- ja terveysalan ammattilainen. Työparimallissa luodaan toimiva ja turvallinen pohja yhteistyölle. Siinä yhdistyvät kokemustoimijan ja ammattilaisen erilaiset asiantuntijuudet vertaisryhmään osallistujien hyödyksi. Lisäksi työparimallin avulla voidaan vahvistaa kohderyhmään kuuluvan vertaisohjaajan osallisuuden kokemusta.',
  'Työparimalli perustuu molemminpuoliseen kunnioitukseen, jossa:',
  'ammattilaisella on kokonaisvastuu toiminnasta ja prosessista',
  'kokemustoimija tuo mukaan oman kokemuksensa vahvistaen vertaistukea',
  'Toimiva ja turvallinen yhteistyö rakentuu yhteisen suunnittelun, tekemisen ja reflektion kautta.',
  'Työparimalli on kehitetty ja testattu Voimaa ja valoa elämään -hankkeessa (ESR+). Hankkeen aikana mallia hyödynnettiin vertaistukiryhmissä, mutta sitä voi soveltaa myös muissa toiminnoissa.',
  'Kohderyhmä ja asiakasymmärrys',
  'Työparimallia on testattu täysi-ikäisten kokemustoimijoiden kanssa. Kokemustoimijan ja ammattilaisen tasavertaisessa työparisuhteessa osaamiset täydentävät toisiaan. On tärkeä huomioida, että kokemustoimija toimii vapaaehtoisena, jolloin kokonaisvastuu prosessista on ammattilaisella. Samalla työskentelyssä korostuu joustavuus ja herkkyys huomioida kokemustoimijan elämäntilanne.',
];

/** Finnish words of the element's own interface, which must not show in another language. */
const finnishUi = ['Tallenna yhteenveto', 'Tulosta', 'Muistiinpanot', 'käsitelty', 'valinnainen', 'Yksi kerrallaan', 'Sovittu'];

const guide = (attributes = '') => {
  const el = document.createElement('tp-kickoff-guide');
  for (const [name, value] of new URLSearchParams(attributes)) el.setAttribute(name, value);
  return fixture<TpKickoffGuide>(html`${el}`);
};
const $ = <T extends HTMLElement = HTMLElement>(el: TpKickoffGuide, selector: string) =>
  shadow(el).querySelector<T>(selector)!;
const byId = <T extends HTMLElement = HTMLInputElement>(el: TpKickoffGuide, id: string) => shadow(el).getElementById(id) as T;
const button = (el: TpKickoffGuide, name: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent!.includes(name))!;
const progressText = (el: TpKickoffGuide) => $(el, '.progress-text').textContent!.trim();
const isShown = (node: Element) => getComputedStyle(node).display !== 'none' && node.getClientRects().length > 0;
const shownItems = (el: TpKickoffGuide) => [...shadow(el).querySelectorAll('[part=question]')].filter(isShown);

const savedRecord: KickoffRecord = {
  schema: 'tyopari/kickoff@1',
  locale: 'fi',
  savedAt: '2026-03-10T15:30:00.000Z',
  pair: { professional: 'Maija M.', experienceExpert: 'K. L.', group: 'Voimaa ja valoa -ryhmä', meetingDate: '2026-03-10' },
  notes: { pair_1: 'Jokainen on oman elämänsä asiantuntija.', group_6: 'Sovittu merkki: käsi olkapäälle.' },
  discussed: ['pair_1', 'group_6'],
  agreements: {
    volunteerAndConfidentiality: { done: true, note: 'Allekirjoitettu 10.3.' },
    challengingSituations: { done: false },
    planningAndDebrief: { done: true },
    practicalMatters: { done: false, note: 'Paikalla 30 min ennen.' },
  },
};

describe('<tp-kickoff-guide>', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    localStorage.clear();
    await setViewport({ width: 1000, height: 800 });
  });
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setLocale('fi');
  });

  it('shows every seed text in Finnish, 12 questions and 4 agreements', async () => {
    const el = await guide();
    const text = visibleText(el);
    for (const expected of seedTexts) expect(text).to.contain(expected);
    expect(shadow(el).querySelectorAll('[data-kind=notes]')).to.have.length(12);
    expect(shadow(el).querySelectorAll('[data-kind=agreements]')).to.have.length(4);
    expect(progressText(el)).to.equal('0 / 16 käsitelty');
    await expect(el).to.be.accessible();
  });

  for (const locale of ['sv', 'en'] as const) {
    it(`is complete in ${locale}: no Finnish left, accessible`, async () => {
      const el = await guide();
      await setLocale(locale);
      await el.updateComplete;
      const text = visibleText(el);
      for (const finnish of [...seedTexts, ...finnishUi]) expect(text, finnish).not.to.contain(finnish);
      const known = {
        sv: ['Att komma igång med samarbetet', 'Vilka värderingar styr det du gör?', 'Spara sammanfattningen', '0 / 16 diskuterade'],
        en: ['Starting to work together', 'What values guide what you do?', 'Save summary', '0 / 16 discussed'],
      }[locale];
      for (const translated of known) expect(text).to.contain(translated);
      expect(shadow(el).querySelector('[lang]')!.getAttribute('lang')).to.equal(locale);
      await expect(el).to.be.accessible();
    });
  }

  it('gives screen readers whole names, with the spaces between their parts', async () => {
    await guide();
    expect(await accessibilityNode('textbox', 'Ammattilaisen nimi tai nimikirjaimet (valinnainen)')).to.not.equal(null);
    expect(await accessibilityNode('heading', '1. Millainen ihmiskäsityksesi on? Miten se vaikuttaa ryhmän ohjaukseen?')).to.not.equal(null);
  });

  it('sends tp-change for every note typed, with the field path as id', async () => {
    const el = await guide();
    const notes = byId<HTMLTextAreaElement>(el, 'notes-pair_2');
    const changes: TpFieldChangeDetail[] = [];
    el.addEventListener('tp-change', (event) => changes.push(event.detail));
    notes.focus();
    await sendKeys({ type: 'Avoimuus' });
    expect(changes).to.have.length('Avoimuus'.length);
    expect(changes.at(-1)).to.deep.equal({ id: 'notes.pair_2', value: 'Avoimuus' });
    typeInto(byId(el, 'pair-professional'), 'M. M.');
    expect(changes.at(-1)).to.deep.equal({ id: 'pair.professional', value: 'M. M.' });
    // No maxlength: a long paste is kept whole and the count says how much is too much.
    typeInto(byId<HTMLTextAreaElement>(el, 'notes-pair_2'), 'x'.repeat(4003));
    await el.updateComplete;
    expect(byId<HTMLTextAreaElement>(el, 'notes-pair_2').value).to.have.length(4003);
    expect(byId(el, 'notes-pair_2-count').textContent!.trim()).to.equal('3 merkkiä liikaa');
  });

  it('counts questions marked discussed and agreements done in the progress', async () => {
    const el = await guide();
    const change = oneEvent(el, 'tp-change');
    byId(el, 'discussed-pair_1').click();
    expect((await change).detail).to.deep.equal({ id: 'discussed.pair_1', value: true });
    byId(el, 'discussed-group_7').click();
    byId(el, 'agreements-practicalMatters-done').click();
    await el.updateComplete;
    expect(progressText(el)).to.equal('3 / 16 käsitelty');
    expect($(el, '.progress-text').getAttribute('aria-live')).to.equal('polite');
    expect($<HTMLProgressElement>(el, 'progress').value).to.equal(3);
    byId(el, 'discussed-pair_1').click();
    await el.updateComplete;
    expect(progressText(el)).to.equal('2 / 16 käsitelty');
  });

  it('keeps the agreements checklist with a note for each', async () => {
    const el = await guide();
    const changes: TpFieldChangeDetail[] = [];
    el.addEventListener('tp-change', (event) => changes.push(event.detail));
    const done = byId(el, 'agreements-volunteerAndConfidentiality-done');
    expect(done.labels![0]!.textContent).to.contain('Sovittu');
    done.click();
    typeInto(byId<HTMLTextAreaElement>(el, 'agreements-volunteerAndConfidentiality-note'), 'Allekirjoitetaan ensi viikolla.');
    expect(changes).to.deep.equal([
      { id: 'agreements.volunteerAndConfidentiality.done', value: true },
      { id: 'agreements.volunteerAndConfidentiality.note', value: 'Allekirjoitetaan ensi viikolla.' },
    ]);
    expect(el.value!.agreements.volunteerAndConfidentiality).to.deep.equal({ done: true, note: 'Allekirjoitetaan ensi viikolla.' });
    expect(el.value!.agreements.practicalMatters).to.deep.equal({ done: false });
  });

  it('goes one question at a time with the keyboard, moving focus to the new heading', async () => {
    const el = await guide('view=step');
    expect(shownItems(el).map((item) => item.getAttribute('data-item'))).to.deep.equal(['pair_1']);
    expect($(el, '.step-position').textContent).to.equal('Kohta 1 / 16');
    byId(el, 'discussed-pair_1').focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(button(el, 'Seuraava'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(byId(el, 'pair_2-title'));
    expect($(el, '.step-position').textContent).to.equal('Kohta 2 / 16');
    expect(shownItems(el).map((item) => item.getAttribute('data-item'))).to.deep.equal(['pair_2']);
    // Heading → notes → discussed → previous.
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(byId(el, 'notes-pair_2'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(button(el, 'Edellinen'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(byId(el, 'pair_1-title'));
    expect(button(el, 'Edellinen').disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('reaches the agreements in step view and stops at the last one', async () => {
    const el = await guide('view=step');
    for (let step = 1; step < 16; step++) button(el, 'Seuraava').click();
    await el.updateComplete;
    expect($(el, '.step-position').textContent).to.equal('Kohta 16 / 16');
    expect(shownItems(el).map((item) => item.getAttribute('data-item'))).to.deep.equal(['practicalMatters']);
    expect(isShown($(el, '#agreements-heading'))).to.equal(true);
    expect(isShown($(el, '#pair-heading'))).to.equal(false);
    expect(button(el, 'Seuraava').disabled).to.equal(true);
  });

  it('lets the user switch between all at once and one at a time', async () => {
    const el = await guide();
    expect(shownItems(el)).to.have.length(16);
    byId(el, 'view-step').click();
    await el.updateComplete;
    expect(el.getAttribute('view')).to.equal('step');
    expect(shownItems(el)).to.have.length(1);
    byId(el, 'view-all').click();
    await el.updateComplete;
    expect(shownItems(el)).to.have.length(16);
  });

  it('fits a 320 px phone screen in every language and view', async () => {
    await atWidth(320, async () => {
      for (const locale of ['fi', 'sv', 'en'] as const) {
        await setLocale(locale);
        for (const view of ['all', 'step'] as const) {
          const el = await guide(`view=${view}`);
          expectNoSidewaysScroll(el, `${locale} ${view}`);
          const shown = [...shadow(el).querySelectorAll('input[type=checkbox], button')].filter((target) => target.getClientRects().length > 0);
          expectTargetsAtLeast(shown, 24, `${locale} ${view}`);
          el.remove();
        }
      }
    });
  });

  it('starts one at a time on a narrow screen, but the user choice wins', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await guide();
    expect(el.currentView).to.equal('step');
    expect(shownItems(el)).to.have.length(1);
    byId(el, 'view-all').click();
    await el.updateComplete;
    expect(shownItems(el)).to.have.length(16);
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
  });

  it('saves a summary: tp-submit carries a record the schema accepts', async () => {
    const el = await guide();
    typeInto(byId(el, 'pair-experienceExpert'), '  K. L. ');
    typeInto(byId(el, 'pair-meetingDate'), '2026-03-10');
    typeInto(byId<HTMLTextAreaElement>(el, 'notes-group_1'), 'Roolit kerrotaan ryhmälle ensimmäisellä kerralla.');
    typeInto(byId<HTMLTextAreaElement>(el, 'notes-pair_3'), '   ');
    typeInto(byId<HTMLTextAreaElement>(el, 'notes-pair_4'), '\u200B'); // shows nothing: no note
    typeInto(byId<HTMLTextAreaElement>(el, 'agreements-planningAndDebrief-note'), ' \u200B ');
    byId(el, 'discussed-group_1').click();
    byId(el, 'discussed-pair_2').click();
    const submitted = oneEvent(el, 'tp-submit');
    button(el, 'Tallenna yhteenveto').click();
    const record = (await submitted).detail as KickoffRecord;
    expect(kickoffRecordSchema.safeParse(record).success).to.equal(true);
    expect(record.schema).to.equal('tyopari/kickoff@1');
    expect(record.locale).to.equal('fi');
    expect(Date.now() - Date.parse(record.savedAt)).to.be.lessThan(5000);
    expect(record.pair).to.deep.equal({ experienceExpert: 'K. L.', meetingDate: '2026-03-10' });
    expect(record.notes).to.deep.equal({ group_1: 'Roolit kerrotaan ryhmälle ensimmäisellä kerralla.' });
    expect(record.discussed).to.deep.equal(['pair_2', 'group_1']);
    expect(Object.keys(record.agreements)).to.deep.equal([
      'volunteerAndConfidentiality',
      'challengingSituations',
      'planningAndDebrief',
      'practicalMatters',
    ]);
    expect(record.agreements.planningAndDebrief).to.deep.equal({ done: false });
    await el.updateComplete;
    expect($(el, '[part=confirmation]').getAttribute('role')).to.equal('status');
    expect($(el, '[part=confirmation]').textContent).to.contain(
      'Yhteenveto on tallennettu. Voitte jatkaa muokkaamista tai tulostaa sen.',
    );
  });

  it('loads a saved record back through value and saves it again unchanged', async () => {
    const el = await guide();
    el.value = savedRecord;
    await el.updateComplete;
    expect(byId<HTMLTextAreaElement>(el, 'notes-group_6').value).to.equal('Sovittu merkki: käsi olkapäälle.');
    expect(byId(el, 'discussed-pair_1').checked).to.equal(true);
    expect(byId(el, 'agreements-planningAndDebrief-done').checked).to.equal(true);
    expect(byId(el, 'pair-meetingDate').value).to.equal('2026-03-10');
    expect(progressText(el)).to.equal('4 / 16 käsitelty');
    const submitted = oneEvent(el, 'tp-submit');
    button(el, 'Tallenna yhteenveto').click();
    const { submissionId, ...record } = (await submitted).detail as KickoffRecord;
    expect(submissionId).to.match(UUID);
    expect({ ...record, savedAt: savedRecord.savedAt }).to.deep.equal(savedRecord);
    // The JSON text of a record loads too.
    el.value = JSON.stringify({ ...savedRecord, notes: {} });
    await el.updateComplete;
    expect(byId<HTMLTextAreaElement>(el, 'notes-group_6').value).to.equal('');
  });

  it('value: the last record given wins, even when an earlier one is still being checked', async () => {
    const el = await guide();
    const errors: unknown[] = [];
    el.addEventListener('tp-error', (event) => errors.push(event.detail));
    // Read after the rules have loaded, the record of an untouched guide is empty but valid.
    expect(el.value!.schema).to.equal('tyopari/kickoff@1');
    el.value = { ...savedRecord, notes: { pair_99: 'x' } };
    el.value = savedRecord;
    await el.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(shadow(el).querySelector('[part=load-error]')).to.equal(null);
    expect(byId<HTMLTextAreaElement>(el, 'notes-group_6').value).to.equal('Sovittu merkki: käsi olkapäälle.');
  });

  it('refuses an invalid value: shows an error, sends tp-error and keeps what was typed', async () => {
    const el = await guide();
    typeInto(byId<HTMLTextAreaElement>(el, 'notes-pair_1'), 'Tämä säilyy.');
    const error = oneEvent(el, 'tp-error');
    el.value = { ...savedRecord, notes: { pair_99: 'x' }, discussed: ['pair_1', 'pair_1'] };
    const detail = (await error).detail;
    expect(detail.message).to.contain('notes: unknown "pair_99"');
    expect(detail.message).to.contain('discussed');
    await el.updateComplete;
    expect($(el, '[part=load-error]').getAttribute('role')).to.equal('alert');
    expect(byId<HTMLTextAreaElement>(el, 'notes-pair_1').value).to.equal('Tämä säilyy.');
    for (const hostile of [null, 42, 'not json', { schema: 'tyopari/kickoff@2' }, []]) {
      el.value = hostile;
      expect(parseKickoffRecord(hostile).success).to.equal(false);
    }
    await el.updateComplete;
    expect(byId<HTMLTextAreaElement>(el, 'notes-pair_1').value).to.equal('Tämä säilyy.');
    el.value = savedRecord;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=load-error]')).to.equal(null);
  });

  it('prints every question with the notes and the agreements, without controls', async () => {
    const el = await guide('view=step');
    el.value = savedRecord;
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    for (const node of shadow(el).querySelectorAll('button, .toolbar, textarea, input')) {
      expect(isShown(node), node.outerHTML.slice(0, 60)).to.equal(false);
    }
    expect(shownItems(el)).to.have.length(16);
    const printedNotes = [...shadow(el).querySelectorAll('.print-notes')].filter(isShown).map((node) => node.textContent);
    expect(printedNotes).to.include('Sovittu merkki: käsi olkapäälle.');
    expect(printedNotes).to.include('Paikalla 30 min ennen.');
    const statuses = [...shadow(el).querySelectorAll('.print-status')].filter(isShown).map((node) => node.textContent!.trim());
    expect(statuses.filter((status) => status === '✓ Käsitelty')).to.have.length(2);
    expect(statuses).to.include('Ei vielä sovittu');
    expect(isShown($(el, '.pair-print'))).to.equal(true);
    expect($(el, '.pair-print').textContent).to.contain('Maija M.');
    await emulateMedia({ media: 'screen' });
    expect(isShown(button(el, 'Tulosta'))).to.equal(true);
    expect(shownItems(el)).to.have.length(1);
  });

  it('shows the printed summary on screen with view="print"', async () => {
    const el = await guide('view=print');
    expect(shadow(el).querySelectorAll('button')).to.have.length(2);
    expect([...shadow(el).querySelectorAll('button')].some(isShown)).to.equal(false);
    expect(shownItems(el)).to.have.length(16);
    await expect(el).to.be.accessible();
  });

  it('wraps a long name, address or note in the printed summary instead of widening a phone screen', async () => {
    await atWidth(320, async () => {
      const el = await guide('view=print');
      typeInto(byId(el, 'pair-professional'), 'A'.repeat(100));
      typeInto(byId(el, 'pair-group'), 'https://intranet.kunta.fi/sosiaalipalvelut/ryhmat/vertaistuki/torstain-ryhma-2026');
      typeInto(byId<HTMLTextAreaElement>(el, 'notes-pair_1'), 'B'.repeat(300));
      await el.updateComplete;
      expectNoSidewaysScroll(el, 'print view');
    });
  });

  it('prints with the print button', async () => {
    const el = await guide();
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      button(el, 'Tulosta').click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
  });

  it('restores a draft after the element is created again', async () => {
    const el = await guide('autosave=');
    typeInto(byId<HTMLTextAreaElement>(el, 'notes-pair_4'), 'Turvallisuus ja luottamus.');
    byId(el, 'agreements-challengingSituations-done').click();
    fixtureCleanup();
    const draftEvent = new Promise<string>((resolve) =>
      document.addEventListener('tp-draft', (event) => resolve((event as CustomEvent<TpDraftDetail>).detail.status), {
        once: true,
      }),
    );
    const again = await guide('autosave=');
    expect(await draftEvent).to.equal('restored');
    expect(byId<HTMLTextAreaElement>(again, 'notes-pair_4').value).to.equal('Turvallisuus ja luottamus.');
    expect(byId(again, 'agreements-challengingSituations-done').checked).to.equal(true);
    expect($(again, '[part=draft-notice] [role=status]').textContent).to.contain('Palautimme aiemmin aloittamanne muistiinpanot.');
    // The live region says what happened to the draft; the button that appears while typing is not in it.
    expect($(again, '[part=draft-notice] [role=status]').querySelector('button')).to.equal(null);
    expect(visibleText($(again, '[part=draft-notice]'))).to.contain(
      'Keskeneräiset muistiinpanot tallentuvat tähän selaimen välilehteen, kunnes tallennatte yhteenvedon tai suljette välilehden.',
    );
    expect(localStorage.length).to.equal(0);
    // Saving the summary ends the draft.
    button(again, 'Tallenna yhteenveto').click();
    await waitUntil(() => $(again, '[part=confirmation] p'), 'saved');
    expect(sessionStorage.length).to.equal(0);
  });

  it('restores a draft with a text over its limit, flagged and whole, not dropped', async () => {
    const el = await guide('autosave=');
    typeInto(byId(el, 'pair-professional'), 'M'.repeat(101));
    typeInto(byId<HTMLTextAreaElement>(el, 'notes-pair_3'), 'Tärkeä muistiinpano');
    fixtureCleanup();
    const again = await guide('autosave=');
    expect(byId(again, 'pair-professional').value).to.have.length(101);
    expect(byId<HTMLTextAreaElement>(again, 'notes-pair_3').value).to.equal('Tärkeä muistiinpano');
    expect(byId(again, 'pair-professional-count').textContent!.trim()).to.equal('1 merkki liikaa');
    expect($(again, '[part=draft-notice]').textContent).to.contain('Palautimme');
    // The date box counts no characters.
    expect(shadow(again).getElementById('pair-meetingDate-count')).to.equal(null);
  });

  it('drops a tampered or outdated draft with a notice instead of crashing', async () => {
    const key = 'tyopari-forms:draft:kickoff@1';
    const answers = {
      pair: { professional: 'Maija M.', experienceExpert: '', group: '', meetingDate: '' },
      notes: { pair_1: 'Jokainen on oman elämänsä asiantuntija.' },
      discussed: ['pair_1'],
      agreements: {},
    };
    const envelope = (data: unknown, form = { id: 'kickoff', version: 1 }) =>
      JSON.stringify({ schema: 'tyopari/draft@1', form, savedAt: new Date().toISOString(), data });
    /** Opens the guide with autosave as a user coming back would, and returns the tp-draft status. */
    const reopen = async () => {
      const el = document.createElement('tp-kickoff-guide');
      el.setAttribute('autosave', '');
      const draft = oneEvent(el, 'tp-draft');
      await fixture(html`${el}`);
      return { el, status: (await draft).detail.status };
    };
    // The same envelope untampered comes back, so what follows is dropped for what was changed.
    sessionStorage.setItem(key, envelope(answers));
    const good = await reopen();
    expect(good.status).to.equal('restored');
    expect(byId(good.el, 'pair-professional').value).to.equal('Maija M.');
    good.el.remove();
    for (const bad of [
      '{not json',
      envelope(answers, { id: 'kickoff', version: 0 }),
      envelope(answers, { id: 'evaluation-kokemustoimija', version: 1 }),
      envelope({ ...answers, notes: { pair_99: 'x' } }),
      envelope({ ...answers, discussed: ['pair_1', 'pair_99'] }),
      envelope({ ...answers, agreements: { practicalMatters: { done: 'yes', note: '' } } }),
      envelope(null),
    ]) {
      sessionStorage.setItem(key, bad);
      const { el, status } = await reopen();
      expect(status, bad).to.equal('dropped');
      expect(visibleText($(el, '[part=draft-notice]')), bad).to.contain(
        'Aiemmin tallennettua luonnosta ei voitu palauttaa, joten se poistettiin.',
      );
      expect(sessionStorage.getItem(key), bad).to.equal(null);
      expect(byId(el, 'pair-professional').value, bad).to.equal('');
      expect(byId<HTMLTextAreaElement>(el, 'notes-pair_1').value, bad).to.equal('');
      expect(shadow(el).querySelectorAll('[data-kind=notes]'), bad).to.have.length(12);
      el.remove();
    }
  });

  it('shows a date it cannot read as an error to fix instead of saving', async () => {
    const el = await guide();
    // A browser without a date picker lets any text through.
    const date = byId(el, 'pair-meetingDate');
    date.type = 'text';
    typeInto(date, '31.2.2026');
    const invalid = oneEvent(el, 'tp-invalid');
    let submitted = false;
    el.addEventListener('tp-submit', () => (submitted = true));
    button(el, 'Tallenna yhteenveto').click();
    expect((await invalid).detail.issues).to.deep.equal([{ id: 'pair-meetingDate', message: 'Tarkista päivämäärä.' }]);
    await el.updateComplete;
    expect(submitted).to.equal(false);
    expect(shadow(el).activeElement).to.equal($(el, '.error-summary'));
    expect($(el, '.error-summary').textContent).to.contain('Tapaamisen päivämäärä: Tarkista päivämäärä.');
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('will not save a note with a personal identity code in it, and says where it is', async () => {
    const el = await guide('view=step');
    typeInto(byId<HTMLTextAreaElement>(el, 'notes-group_4'), 'Naapuri (131052-308T) saattaa tulla ryhmään.');
    let submitted = false;
    el.addEventListener('tp-submit', () => (submitted = true));
    const invalid = oneEvent(el, 'tp-invalid');
    button(el, 'Tallenna yhteenveto').click();
    // Addressed to the pair ("te"), with what to do if the number is not a code.
    const message =
      'Tekstissä näyttää olevan henkilötunnus. Poistakaa se: henkilötunnusta ei saa kirjoittaa lomakkeeseen. Jos numero ei ole henkilötunnus, kirjoittakaa se yhteen ilman väliviivaa tai keskellä olevaa kirjainta.';
    expect((await invalid).detail.issues).to.deep.equal([{ id: 'notes-group_4', message }]);
    expect(submitted).to.equal(false);
    await el.updateComplete;
    expect($(el, '.error-summary').textContent).to.contain(
      'Millaisia ajatuksia sinulle herää tästä? Tekstissä näyttää olevan henkilötunnus.',
    );
    // An agreement ending in an abbreviation keeps its full stop.
    typeInto(byId<HTMLTextAreaElement>(el, 'agreements-practicalMatters-note'), 'Puhelin 131052-308T');
    const again = oneEvent(el, 'tp-invalid');
    button(el, 'Tallenna yhteenveto').click();
    await again;
    await el.updateComplete;
    expect($(el, '.error-summary').textContent).to.contain('poissaolot yms. Tekstissä näyttää olevan henkilötunnus.');
    // The summary link turns to the question's step and focuses the field.
    $<HTMLAnchorElement>(el, '.error-summary a').click();
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(byId(el, 'notes-group_4'));
    expect($(el, '.step-position').textContent).to.equal('Kohta 9 / 16');
    expect(byId(el, 'notes-group_4').value).to.contain('131052-308T');
    // A language switch rewords the error where it stands.
    await setLocale('en');
    await el.updateComplete;
    expect($(el, '.error-summary').textContent).to.not.contain('Tekstissä');
    expect(visibleText(el)).to.not.contain('Tekstissä näyttää olevan henkilötunnus');
  });

  it('does not quietly drop a meeting date typed only in part', async () => {
    const el = await guide();
    const date = byId(el, 'pair-meetingDate');
    date.focus();
    await sendKeys({ type: '11' }); // a month only: the browser reports an empty value
    expect(date.validity.badInput).to.equal(true);
    let submitted = false;
    el.addEventListener('tp-submit', () => (submitted = true));
    const invalid = oneEvent(el, 'tp-invalid');
    button(el, 'Tallenna yhteenveto').click();
    expect((await invalid).detail.issues.map((issue: { id: string }) => issue.id)).to.deep.equal(['pair-meetingDate']);
    expect(submitted).to.equal(false);
  });

  it('keeps focus in the guide when the user discards a draft, and has no page landmark of its own', async () => {
    const el = await guide('autosave=');
    typeInto(byId<HTMLTextAreaElement>(el, 'notes-pair_1'), 'Luonnos');
    await el.updateComplete;
    const discard = $<HTMLButtonElement>(el, '[part=draft-notice] button');
    discard.focus();
    discard.click();
    await el.updateComplete;
    await aTimeout(0);
    expect(shadow(el).activeElement).to.equal($(el, '.title'));
    expect(byId<HTMLTextAreaElement>(el, 'notes-pair_1').value).to.equal('');
    // A <header> outside any section would be a second "banner" of the host page.
    expect(shadow(el).querySelector('header, footer, main, nav')).to.equal(null);
  });

  it('applies an edit only to a field the guide has', () => {
    const answers = emptyKickoffAnswers();
    for (const [path, value] of [
      ['notes.pair_99', 'x'],
      ['discussed.pair_1', 'yes'],
      ['agreements.practicalMatters.signed', true],
      ['pair.address', 'Katu 1'],
      ['__proto__.polluted', 'x'],
    ] as const) {
      expect(editKickoffAnswers(answers, path, value), path).to.equal(answers);
    }
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(editKickoffAnswers(answers, 'agreements.practicalMatters.note', 'klo 17').agreements).to.deep.equal({
      practicalMatters: { done: false, note: 'klo 17' },
    });
  });
});
