import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { localize, setLocale } from '../src/internal/localization.js';
import type { TpInvalidDetail, TpInvalidEvent } from '../src/events.js';
import {
  OFFER_WITHIN_DAYS,
  VISIT_AFTER_DAYS,
  pairRequestDefinitions,
  pairRequestPayloadSchema,
  situationOptions,
  type PairRequestPayload,
} from '../src/schema/index.js';
import '../src/elements/pair-request-form/pair-request-form.js';
import type { TpPairRequestForm } from '../src/elements/pair-request-form/pair-request-form.js';
import { pairRequestAnswerFields, pairRequestDefinition, type PairRequestTextField } from '../src/schema/pair-request.js';
import { atWidth, expectNoSidewaysScroll, expectTargetsAtLeast, shadow, typeInto, UUID, visibleText, waitUntilShown } from './helpers.js';

/** Thursday 26 February 2026, 10:00 on the user's clock. */
const NOW = new Date(2026, 1, 26, 10, 0);

async function requestForm(attributes: { autosave?: string } = {}) {
  const el = await fixture<TpPairRequestForm>(
    html`<tp-pair-request-form autosave=${attributes.autosave ?? 'off'}></tp-pair-request-form>`,
  );
  el.clock = () => new Date(NOW);
  await el.updateComplete;
  return el;
}

const control = <T extends HTMLElement = HTMLInputElement>(el: TpPairRequestForm, id: string) => {
  const found = shadow(el).getElementById(id);
  if (!found) throw new Error(`no control #${id}`);
  return found as T;
};
const submitButton = (el: TpPairRequestForm) => shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')!;
const errorOf = (el: TpPairRequestForm, id: string) => shadow(el).getElementById(`${id}-error`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const HETU_MESSAGE = 'Tekstissä näyttää olevan henkilötunnus. Poista se: henkilötunnusta ei saa kirjoittaa tähän lomakkeeseen.';

/** Everything but the client's permission, as a user fills it in. */
async function fillAllButConsent(el: TpPairRequestForm, overrides: Record<string, string> = {}) {
  control(el, 'consentHow-phone').click();
  typeInto(control(el, 'consentDate'), '2026-02-24');
  const texts: Record<string, string> = {
    municipality: 'Kemijärvi',
    contactName: 'Maija Meikäläinen',
    contactTitle: 'sosiaalityöntekijä',
    contactPhone: '040 123 4567',
    contactEmail: 'maija.meikalainen@kemijarvi.fi',
    situationDescription: 'Asuu yksin, omaiset kaukana. Tarvitsemme tukea verkoston kokoamiseen.',
    ...overrides,
  };
  for (const [id, text] of Object.entries(texts)) typeInto(control<HTMLInputElement | HTMLTextAreaElement>(el, id), text);
  control(el, 'situations-loneliness').click();
  control(el, 'situations-relationships').click();
  control(el, 'network-relatives').click();
  control(el, 'help-networkMeeting').click();
  await el.updateComplete;
}

/** Starts a submit the given way and returns the tp-invalid detail; fails if tp-submit fires. */
async function expectBlocked(el: TpPairRequestForm, start: () => unknown): Promise<TpInvalidDetail> {
  let submitted = false;
  el.addEventListener('tp-submit', () => (submitted = true));
  const invalid = oneEvent(el, 'tp-invalid');
  await start();
  const { detail } = (await invalid) as TpInvalidEvent;
  await el.updateComplete;
  expect(submitted, 'tp-submit must not fire').to.equal(false);
  return detail;
}

/** Our own check-character computation, independent of the library's. */
const CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const hetu = (ddmmyy: string, sign: string, individual: string) =>
  `${ddmmyy}${sign}${individual}${CHECK[Number(ddmmyy + individual) % 31]}`;

describe('<tp-pair-request-form>', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });
  afterEach(() => setLocale('fi'));

  it('asks for the client’s permission first and shows the seed’s situations word for word', async () => {
    const el = await requestForm();
    const first = shadow(el).querySelector('input, textarea, button');
    expect(first?.id).to.equal('clientConsent');
    expect(control(el, 'clientConsent').checked).to.equal(false);
    const legends = [...shadow(el).querySelectorAll('.section-title')].map((h) => h.textContent!.trim());
    expect(legends).to.deep.equal([
      '1. Asiakkaan lupa',
      '2. Yhteyshenkilö',
      '3. Asiakkaan tilanne',
      '4. Toivottu apu ja aikataulu',
      '5. Kirjaaminen',
    ]);
    const situations = [...shadow(el).querySelectorAll('input[name=situations]')].map((input) =>
      (input as HTMLInputElement).labels![0]!.textContent!.trim(),
    );
    expect(situations).to.deep.equal([
      'Mielenterveys ja sen häiriöt',
      'Muistihäiriöt ja dementia',
      'Ikääntyvien kaltoinkohtelu',
      'Vammaisena vanheneminen',
      'Alkoholin käyttö',
      'Yksinäisyys',
      'Ystävyys- ja perhesuhteet',
      'Asuminen',
      'Muu',
    ]);
    expect(situationOptions.map((option) => option.label)).to.deep.equal(situations);
    // The intro says every part is required unless marked "valinnainen": so is the optional tick.
    const tickLabel = (id: string) => shadow(el).querySelector(`label[for=${id}]`)!.textContent!.replace(/\s+/g, ' ');
    expect(tickLabel('recordConsent')).to.contain('(valinnainen)');
    expect(tickLabel('clientConsent')).not.to.contain('valinnainen');
    expect(visibleText(el)).to.contain('Pyyntöä ei voi lähettää ennen kuin asiakkaan lupa on merkitty kohtaan 1.');
    await expect(el).to.be.accessible();
  });

  it('helps the browser fill the contact person and warns on every free-text field', async () => {
    const el = await requestForm();
    const attrs = (id: string) => [control(el, id).getAttribute('autocomplete'), control(el, id).getAttribute('type')];
    expect(attrs('municipality')).to.deep.equal(['organization', 'text']);
    expect(attrs('contactName')).to.deep.equal(['name', 'text']);
    expect(attrs('contactTitle')).to.deep.equal(['organization-title', 'text']);
    expect(attrs('contactPhone')).to.deep.equal(['tel', 'tel']);
    expect(attrs('contactEmail')).to.deep.equal(['email', 'email']);
    for (const textarea of shadow(el).querySelectorAll('textarea')) {
      const hint = shadow(el).getElementById(`${textarea.id}-hint`)!;
      expect(hint.textContent).to.contain('Älä kirjoita nimiä, henkilötunnuksia tai diagnooseja.');
      expect(textarea.getAttribute('aria-describedby')).to.contain(hint.id);
    }
  });

  it('tells the user under every free text the definition marks private not to write names, codes or diagnoses', async () => {
    const el = await requestForm();
    const freeTexts = pairRequestAnswerFields(pairRequestDefinition).filter(
      (field): field is PairRequestTextField => field.kind === 'text' && field.privacy,
    );
    expect(freeTexts.length).to.be.greaterThan(0);
    for (const field of freeTexts) {
      const textarea = control<HTMLTextAreaElement>(el, field.id);
      expect(textarea.localName, field.id).to.equal('textarea');
      const description = (textarea.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => shadow(el).getElementById(id))
        .filter((node): node is HTMLElement => node !== null && node.getClientRects().length > 0)
        .map((node) => visibleText(node))
        .join(' ');
      expect(description, field.id).to.contain('Älä kirjoita nimiä, henkilötunnuksia tai diagnooseja.');
    }
  });

  describe('will not send without the client’s permission', () => {
    const starts: Record<string, (el: TpPairRequestForm) => unknown> = {
      'the send button': (el) => submitButton(el).click(),
      'Enter in a text field': async (el) => {
        control(el, 'municipality').focus();
        await sendKeys({ press: 'Enter' });
      },
      'requestSubmit() on the inner form': (el) => shadow(el).querySelector('form')!.requestSubmit(),
      'the element’s submit()': async (el) => expect(await el.submit()).to.equal(false),
    };
    for (const [way, start] of Object.entries(starts)) {
      it(`by ${way}`, async () => {
        const el = await requestForm();
        await fillAllButConsent(el);
        const detail = await expectBlocked(el, () => start(el));
        expect(detail.issues).to.deep.equal([
          {
            id: 'clientConsent',
            message: 'Pyyntöä ei voi lähettää ilman asiakkaan lupaa. Rastita kohta, kun asiakas on antanut luvan.',
          },
        ]);
        expect(detail.missing).to.deep.equal(['clientConsent']);
        expect(errorOf(el, 'clientConsent')).to.contain('Pyyntöä ei voi lähettää ilman asiakkaan lupaa.');
        expect(control(el, 'municipality').value).to.equal('Kemijärvi');
      });
    }

    it('nor by the inner form’s native submit(), which sends nothing anywhere', async () => {
      const el = await requestForm();
      await fillAllButConsent(el);
      let submitted = false;
      el.addEventListener('tp-submit', () => (submitted = true));
      const before = location.href;
      shadow(el).querySelector('form')!.submit();
      await aTimeout(50);
      expect(location.href).to.equal(before);
      expect(submitted).to.equal(false);
    });
  });

  it('finds a personal identity code with every century sign as it is typed, keeps the text and will not send', async () => {
    expect(hetu('131052', '-', '308')).to.equal('131052-308T'); // the well-known example
    const el = await requestForm();
    await fillAllButConsent(el);
    control(el, 'clientConsent').click();
    const description = control<HTMLTextAreaElement>(el, 'situationDescription');
    const codes = [
      hetu('150385', '+', '123'),
      ...['-', 'Y', 'X', 'W', 'V', 'U'].map((sign) => hetu('131052', sign, '308')),
      ...['A', 'B', 'C', 'D', 'E', 'F'].map((sign) => hetu('010101', sign, '123')),
      hetu('290200', 'A', '902').toLowerCase(), // 29.2.2000 exists; letters in any case
      '１３１０５２-３０８Ｔ', // full-width, as some phone keyboards and PDFs give it
      '131052\u200B-308T', // an invisible zero-width space inside
      '1310\u00AD52-308T', // a soft hyphen from a word processor
    ];
    for (const code of codes) {
      const text = `Asiakas (${code}) asuu yksin.`;
      typeInto(description, text);
      await el.updateComplete;
      expect(errorOf(el, 'situationDescription'), code).to.contain(HETU_MESSAGE);
      expect(description.value).to.equal(text);
      expect(description.getAttribute('aria-invalid')).to.equal('true');
    }
    const detail = await expectBlocked(el, () => submitButton(el).click());
    expect(detail.issues.map((issue) => issue.id)).to.deep.equal(['situationDescription']);
    expect(description.value).to.contain('asuu yksin');
    // Removing the code lifts the warning at once and the request goes.
    typeInto(description, 'Asuu yksin.');
    await el.updateComplete;
    expect(errorOf(el, 'situationDescription')).to.equal('');
    const sent = oneEvent(el, 'tp-submit');
    submitButton(el).click();
    expect((await sent).detail.situationDescription).to.equal('Asuu yksin.');
  });

  it('finds a code typed key by key into a one-line field, and leaves look-alike numbers alone', async () => {
    const el = await requestForm();
    control(el, 'municipality').focus();
    await sendKeys({ type: 'Kemijärvi 131052-308t' });
    await el.updateComplete;
    expect(errorOf(el, 'municipality')).to.contain(HETU_MESSAGE);
    expect(control(el, 'municipality').value).to.equal('Kemijärvi 131052-308t');
    expect(shadow(el).querySelector('.visually-hidden[role=status]')!.textContent).to.contain(HETU_MESSAGE);
    const lookAlikes = [
      '131052-308U', // wrong check character
      '290200-123' + CHECK[Number('290200123') % 31], // 29.2.1900 never existed
      '1310523080', // an ordinary number
      'asiakasnumero 9131052-308T1', // part of a longer number
    ];
    for (const text of lookAlikes) {
      typeInto(control<HTMLTextAreaElement>(el, 'helpDescription'), text);
      await el.updateComplete;
      expect(errorOf(el, 'helpDescription'), text).to.equal('');
    }
  });

  it('leaves a code with a wrong check character alone, whatever its century sign', async () => {
    const el = await requestForm();
    const help = control<HTMLTextAreaElement>(el, 'helpDescription');
    for (const sign of ['+', '-', 'A', 'B', 'C', 'D', 'E', 'F', 'Y', 'X', 'W', 'V', 'U']) {
      const valid = hetu('010101', sign, '123');
      const wrong = valid.slice(0, -1) + CHECK[(CHECK.indexOf(valid.at(-1)!) + 1) % CHECK.length];
      typeInto(help, `Asiakas (${wrong}) asuu yksin.`);
      await el.updateComplete;
      expect(errorOf(el, 'helpDescription'), wrong).to.equal('');
      expect(help.getAttribute('aria-invalid'), wrong).to.equal('false');
      // The same code with its right check character is found: the sign is known, only the check fails.
      typeInto(help, `Asiakas (${valid}) asuu yksin.`);
      await el.updateComplete;
      expect(errorOf(el, 'helpDescription'), valid).to.contain(HETU_MESSAGE);
    }
  });

  it('takes text that shows nothing (spaces, zero-width characters) as no answer, and keeps it as typed', async () => {
    const invisible = '\u200B \u200B';
    const el = await requestForm();
    await fillAllButConsent(el, { municipality: invisible, situationDescription: '\u00AD\u2060' });
    control(el, 'clientConsent').click();
    const detail = await expectBlocked(el, () => submitButton(el).click());
    expect(detail.missing).to.deep.equal(['municipality', 'situationDescription']);
    expect(control(el, 'municipality').value).to.equal(invisible);
  });

  it('takes a phone number in any common notation and stores it as +358…', async () => {
    const notations: Record<string, string> = {
      '040 123 4567': '+358401234567',
      '040-1234567': '+358401234567',
      '+358 40 123 4567': '+358401234567',
      '+358 (0)40 123 4567': '+358401234567',
      '00358401234567': '+358401234567',
      '(09) 123 4567': '+35891234567',
      '016 123 4567': '+358161234567',
    };
    for (const [typed, stored] of Object.entries(notations)) {
      const el = await requestForm();
      await fillAllButConsent(el, { contactPhone: typed });
      control(el, 'clientConsent').click();
      const sent = oneEvent(el, 'tp-submit');
      submitButton(el).click();
      expect((await sent).detail.contactPhone, typed).to.equal(stored);
    }
  });

  it('rejects a phone number or e-mail address that cannot be right, saying how to write one', async () => {
    for (const [id, typed, message] of [
      ['contactPhone', '12345', 'Tarkista puhelinnumero. Esimerkiksi 040 123 4567 tai +358 40 123 4567.'],
      ['contactPhone', '040 12a 4567', 'Tarkista puhelinnumero.'],
      ['contactPhone', '+46 70 123 4567', 'Tarkista puhelinnumero.'],
      ['contactEmail', 'maija@kemijarvi', 'Tarkista sähköpostiosoite. Esimerkiksi etunimi.sukunimi@kunta.fi.'],
      ['contactEmail', 'maija.kemijarvi.fi', 'Tarkista sähköpostiosoite.'],
    ] as const) {
      const el = await requestForm();
      await fillAllButConsent(el, { [id]: typed });
      control(el, 'clientConsent').click();
      const detail = await expectBlocked(el, () => submitButton(el).click());
      expect(detail.issues.map((issue) => issue.id), typed).to.deep.equal([id]);
      expect(errorOf(el, id)).to.contain(message);
      expect(control(el, id).value).to.equal(typed);
    }
  });

  it('sends a schema-valid payload with the promised days, then says what happens next', async () => {
    const el = await requestForm();
    await fillAllButConsent(el);
    control(el, 'clientConsent').click();
    typeInto(control(el, 'suitableFrom'), '2026-03-09');
    typeInto(control(el, 'suitableTo'), '2026-03-13');
    control(el, 'recordConsent').click();
    const sent = oneEvent(el, 'tp-submit');
    submitButton(el).click();
    const payload: PairRequestPayload = (await sent).detail;
    expect(pairRequestPayloadSchema.safeParse(payload).success).to.equal(true);
    expect(payload.submissionId).to.match(UUID);
    expect(payload).to.deep.equal({
      schema: 'tyopari/pair-request@1',
      form: { id: 'pair-request', version: 1 },
      locale: 'fi',
      submittedAt: NOW.toISOString(),
      submissionId: payload.submissionId,
      offerDueBy: '2026-03-03', // five days after Thursday 26 February
      expectedVisitFrom: '2026-03-12', // two weeks after
      fieldOfWork: 'vanhustyö',
      clientConsent: { given: true, how: 'phone', date: '2026-02-24' },
      municipality: 'Kemijärvi',
      contactName: 'Maija Meikäläinen',
      contactTitle: 'sosiaalityöntekijä',
      contactPhone: '+358401234567',
      contactEmail: 'maija.meikalainen@kemijarvi.fi',
      situations: ['loneliness', 'relationships'],
      situationDescription: 'Asuu yksin, omaiset kaukana. Tarvitsemme tukea verkoston kokoamiseen.',
      network: ['relatives'],
      help: ['networkMeeting'],
      suitableFrom: '2026-03-09',
      suitableTo: '2026-03-13',
      recordConsent: true,
    });
    // The thank-you comes once the host has the request (here at once: no waitUntil).
    const confirmation = await waitUntilShown(el, '.confirmation');
    expect(shadow(el).activeElement).to.equal(confirmation);
    const text = visibleText(confirmation);
    expect(text).to.contain('Vanhustyön työpariryhmä tarjoaa kuntaan työparia 5 vrk sisällä.');
    expect(text).to.contain('Viimeistään tiistaina 3. maaliskuuta 2026');
    expect(text).to.contain('Tehdään toimeksiantosopimus.');
    expect(text).to.contain('noin 2 viikon päästä pyynnön lähettämisestä');
    expect(text).to.contain('Arviolta torstaina 12. maaliskuuta 2026 tai sen jälkeen');
    expect(text).to.contain('Dokumentointi tilanteesta yhdessä kunnan asiakastietojärjestelmään asiakkaan suostumuksella.');
    expect(confirmation.querySelectorAll('.next-steps > li')).to.have.length(6);
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[part=start-over]')!.click();
    await el.updateComplete;
    await aTimeout(0);
    expect(control(el, 'clientConsent').checked).to.equal(false);
    expect(control(el, 'municipality').value).to.equal('');
    expect(shadow(el).activeElement?.classList.contains('title')).to.equal(true);
  });

  it('counts the promised days from the day of sending, whatever that day is', async () => {
    const el = await requestForm();
    const sentAt = new Date(2026, 11, 28, 23, 30); // over the turn of the year
    el.clock = () => sentAt;
    await fillAllButConsent(el, {});
    typeInto(control(el, 'consentDate'), '2026-12-28');
    control(el, 'clientConsent').click();
    const sent = oneEvent(el, 'tp-submit');
    await el.submit();
    const { detail } = await sent;
    expect(new Date(detail.submittedAt).getTime()).to.equal(sentAt.getTime());
    expect([detail.offerDueBy, detail.expectedVisitFrom]).to.deep.equal(['2027-01-02', '2027-01-11']);
  });

  it('checks the days: permission not in the future, visit not in the past, end not before start', async () => {
    const el = await requestForm();
    await fillAllButConsent(el);
    control(el, 'clientConsent').click();
    typeInto(control(el, 'consentDate'), '2026-02-27');
    typeInto(control(el, 'suitableFrom'), '2026-02-25');
    typeInto(control(el, 'suitableTo'), '2026-02-20');
    expect(control(el, 'consentDate').max).to.equal('2026-02-26');
    expect(control(el, 'suitableFrom').min).to.equal('2026-02-26');
    const detail = await expectBlocked(el, () => submitButton(el).click());
    expect(detail.issues.map((issue) => issue.id)).to.deep.equal(['consentDate', 'suitableFrom', 'suitableTo']);
    expect(errorOf(el, 'consentDate')).to.contain('Päivä ei voi olla tulevaisuudessa.');
    expect(errorOf(el, 'suitableFrom')).to.contain('Päivä on jo mennyt.');
    typeInto(control(el, 'suitableFrom'), '2026-03-10');
    typeInto(control(el, 'suitableTo'), '2026-03-09');
    const again = await expectBlocked(el, () => submitButton(el).click());
    expect(again.issues.find((issue) => issue.id === 'suitableTo')?.message).to.equal(
      'Päivä ei voi olla aikaisempi kuin kohdassa ”Aikaisintaan”. Valitse sama tai myöhempi päivä.',
    );
  });

  it('does not quietly drop a day typed only in part', async () => {
    const el = await requestForm();
    await fillAllButConsent(el);
    control(el, 'clientConsent').click();
    control(el, 'suitableFrom').focus();
    await sendKeys({ type: '03' }); // one part of the day only
    expect(control(el, 'suitableFrom').value).to.equal('');
    const detail = await expectBlocked(el, () => submitButton(el).click());
    expect(detail.issues).to.deep.equal([{ id: 'suitableFrom', message: 'Tarkista päivämäärä.' }]);
  });

  it('lists every gap in an error summary that takes focus, in the order of the form, with working links', async () => {
    const el = await requestForm();
    typeInto(control(el, 'contactPhone'), '040 123');
    const detail = await expectBlocked(el, () => submitButton(el).click());
    const ids = [
      'clientConsent',
      'consentHow',
      'consentDate',
      'municipality',
      'contactName',
      'contactPhone',
      'contactEmail',
      'situations',
      'situationDescription',
      'help',
    ];
    expect(detail.issues.map((issue) => issue.id)).to.deep.equal(ids);
    expect(detail.missing).to.deep.equal(ids.filter((id) => id !== 'contactPhone'));
    const summary = shadow(el).querySelector<HTMLElement>('.error-summary')!;
    expect(shadow(el).activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => link.textContent!.trim())).to.include.members([
      'Asiakas on antanut luvan tähän työparipyyntöön. Pyyntöä ei voi lähettää ilman asiakkaan lupaa. Rastita kohta, kun asiakas on antanut luvan.',
      'Miten asiakas antoi luvan? Valitse yksi vaihtoehto.',
      'Millainen on asiakkaan haastava elämäntilanne? Valitse vähintään yksi vaihtoehto.',
      'Kuvaile tilannetta lyhyesti: Kirjoita vastaus.',
    ]);
    links[7]!.click();
    expect(shadow(el).activeElement).to.equal(control(el, 'situations-mentalHealth'));
    links[5]!.click();
    expect(shadow(el).activeElement).to.equal(control(el, 'contactPhone'));
    expect(control(el, 'contactPhone').value).to.equal('040 123');
    await expect(el).to.be.accessible();
  });

  it('can be filled in and sent with the keyboard alone', async () => {
    const el = await requestForm();
    const before = document.createElement('button');
    before.textContent = 'ennen';
    el.before(before);
    before.focus();
    const type = (text: string) => sendKeys({ type: text });
    const press = (key: string) => sendKeys({ press: key });
    await press('Tab');
    expect(shadow(el).activeElement?.id).to.equal('clientConsent');
    await press('Space');
    await press('Tab'); // consent: in person
    await press('ArrowDown'); // by phone
    await press('Tab'); // date
    // A native date input takes its parts in the browser's own order.
    const parts = new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2026, 1, 24));
    const digits: Record<string, string> = { day: '24', month: '02', year: '2026' };
    for (const part of parts) if (part.type in digits) await type(digits[part.type]!);
    expect(control(el, 'consentDate').value).to.equal('2026-02-24');
    // Tab moves through the date's own parts before it leaves the input.
    for (let i = 0; i < 4 && shadow(el).activeElement?.id === 'consentDate'; i++) await press('Tab');
    await type('Kemijärvi');
    for (const text of ['Maija Meikäläinen', '', '040 123 4567', 'maija@kemijarvi.fi']) {
      await press('Tab');
      if (text) await type(text);
    }
    await press('Tab'); // first situation
    for (let i = 0; i < 5; i++) await press('Tab');
    await press('Space'); // Yksinäisyys
    for (let i = 0; i < 4; i++) await press('Tab');
    await type('Asuu yksin.');
    for (let i = 0; i < 6; i++) await press('Tab'); // over the network to the first kind of help
    await press('Space'); // Verkostokokous
    expect(shadow(el).activeElement?.id).to.equal('help-networkMeeting');
    const sent = oneEvent(el, 'tp-submit');
    control(el, 'municipality').focus();
    await press('Enter');
    const { detail } = await sent;
    expect(detail.clientConsent).to.deep.equal({ given: true, how: 'phone', date: '2026-02-24' });
    expect(detail.situations).to.deep.equal(['loneliness']);
    expect(detail.help).to.deep.equal(['networkMeeting']);
    expect(detail.contactPhone).to.equal('+358401234567');
    before.remove();
  });

  it('tells the host about every edit', async () => {
    const el = await requestForm();
    const changes: unknown[] = [];
    el.addEventListener('tp-change', (event) => changes.push(event.detail));
    control(el, 'clientConsent').click();
    control(el, 'consentHow-representative').click();
    typeInto(control(el, 'consentDate'), '2026-02-20');
    typeInto(control(el, 'municipality'), 'Salla');
    control(el, 'situations-housing').click();
    control(el, 'situations-mentalHealth').click();
    expect(changes).to.deep.equal([
      { id: 'clientConsent', value: true },
      { id: 'consentHow', value: 'representative' },
      { id: 'consentDate', value: '2026-02-20' },
      { id: 'municipality', value: 'Salla' },
      { id: 'situations', value: ['housing'] },
      { id: 'situations', value: ['mentalHealth', 'housing'] },
    ]);
  });

  it('keeps a draft in this tab only, even when asked for local, and forgets it on sending', async () => {
    const key = 'tyopari-forms:draft:pair-request@1';
    const el = await requestForm({ autosave: 'local' });
    await fillAllButConsent(el);
    expect(localStorage.length).to.equal(0);
    expect(JSON.parse(sessionStorage.getItem(key)!).data.municipality).to.equal('Kemijärvi');
    expect(JSON.parse(sessionStorage.getItem(key)!).expiresAt).to.equal(undefined);
    expect(visibleText(el)).to.contain('tallentuvat tähän selaimen välilehteen');
    el.remove();
    const restored = await requestForm({ autosave: 'local' });
    expect(control(restored, 'municipality').value).to.equal('Kemijärvi');
    expect(control(restored, 'situations-loneliness').checked).to.equal(true);
    expect(visibleText(restored)).to.contain('Palautimme aiemmin aloittamasi vastaukset.');
    control(restored, 'clientConsent').click();
    const sent = oneEvent(restored, 'tp-submit');
    submitButton(restored).click();
    await sent;
    await waitUntilShown(restored, '.confirmation'); // the host has it: the draft goes
    expect(sessionStorage.getItem(key)).to.equal(null);
    expect(localStorage.length).to.equal(0);
  });

  it('empties the form when the user discards the draft, and keeps focus in the form', async () => {
    const el = await requestForm({ autosave: '' });
    typeInto(control(el, 'municipality'), 'Kemijärvi');
    await el.updateComplete;
    const discard = shadow(el).querySelector<HTMLButtonElement>('[part=draft-notice] button')!;
    discard.focus();
    const discarded = oneEvent(el, 'tp-draft');
    discard.click();
    expect((await discarded).detail.status).to.equal('discarded');
    await el.updateComplete;
    await aTimeout(0);
    expect(control(el, 'municipality').value).to.equal('');
    expect(sessionStorage.length).to.equal(0);
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('.title'));
  });

  describe('a draft left in this tab', () => {
    const key = 'tyopari-forms:draft:pair-request@1';
    const envelope = (data: unknown, form = { id: 'pair-request', version: 1 }, schema = 'tyopari/draft@1') =>
      JSON.stringify({ schema, form, savedAt: new Date(NOW).toISOString(), data });
    /** The form with autosave, opened again as the user comes back; with the tp-draft status it reports. */
    async function reopen() {
      const el = document.createElement('tp-pair-request-form');
      el.autosave = '';
      el.clock = () => new Date(NOW);
      const draft = oneEvent(el, 'tp-draft');
      await fixture(html`${el}`);
      return { el, status: (await draft).detail.status };
    }

    it('is dropped with a notice, not restored, when it is broken or from an older version', async () => {
      for (const bad of [
        '{not json',
        '"Kemijärvi"',
        envelope({ municipality: 'Kemijärvi' }, { id: 'pair-request', version: 0 }),
        envelope({ municipality: 'Kemijärvi' }, { id: 'pair-request', version: 1 }, 'tyopari/draft@0'),
        envelope({ municipality: 'Kemijärvi', consentHow: 'fax' }),
        envelope({ municipality: 'Kemijärvi', situations: ['loneliness', 'unknown'] }),
        envelope({ municipality: 'Kemijärvi', clientConsent: 'yes' }),
        envelope({ municipality: 'Kemijärvi', situationDescription: 42 }),
      ]) {
        sessionStorage.setItem(key, bad);
        const { el, status } = await reopen();
        expect(status, bad).to.equal('dropped');
        expect(visibleText(shadow(el).querySelector('[part=draft-notice]')!), bad).to.contain(
          'Aiemmin tallennettua luonnosta ei voitu palauttaa, joten se poistettiin.',
        );
        expect(sessionStorage.getItem(key), bad).to.equal(null);
        expect(control(el, 'municipality').value, bad).to.equal('');
        expect(submitButton(el).textContent).to.contain('Lähetä työparipyyntö');
        el.remove();
      }
    });

    it('with a personal identity code in it shows the warning on that field at once and will not send', async () => {
      const description = 'Asiakas (131052-308T) asuu yksin.';
      sessionStorage.setItem(
        key,
        envelope({
          clientConsent: true,
          consentHow: 'phone',
          consentDate: '2026-02-24',
          municipality: 'Kemijärvi',
          contactName: 'Maija Meikäläinen',
          contactPhone: '040 123 4567',
          contactEmail: 'maija.meikalainen@kemijarvi.fi',
          situations: ['loneliness'],
          situationDescription: description,
          help: ['networkMeeting'],
        }),
      );
      const { el, status } = await reopen();
      expect(status).to.equal('restored');
      const field = control<HTMLTextAreaElement>(el, 'situationDescription');
      expect(field.value).to.equal(description);
      expect(errorOf(el, 'situationDescription')).to.contain(HETU_MESSAGE);
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(errorOf(el, 'municipality')).to.equal('');
      const detail = await expectBlocked(el, () => submitButton(el).click());
      expect(detail.issues.map((issue) => issue.id)).to.deep.equal(['situationDescription']);
      expect(field.value).to.equal(description);
    });
  });

  it('speaks Swedish and English, errors included, and stays accessible', async () => {
    const el = await requestForm();
    const cases = [
      ['sv', 'Begäran om arbetspar', 'Begäran kan inte skickas utan klientens samtycke.', 'Skicka begäran om arbetspar'],
      ['en', 'Request for a work pair', "The request cannot be sent without the client's permission.", 'Send the request for a work pair'],
      ['fi', 'Työparipyyntö', 'Pyyntöä ei voi lähettää ilman asiakkaan lupaa.', 'Lähetä työparipyyntö'],
    ] as const;
    for (const [locale, title, consentError, send] of cases) {
      await setLocale(locale);
      await el.updateComplete;
      await expectBlocked(el, () => submitButton(el).click());
      expect(shadow(el).querySelector('[lang]')!.getAttribute('lang')).to.equal(locale);
      expect(shadow(el).querySelector('.title')!.textContent).to.equal(title);
      expect(errorOf(el, 'clientConsent')).to.contain(consentError);
      expect(submitButton(el).textContent!.trim()).to.equal(send);
      await expect(el).to.be.accessible();
    }
  });

  it('fits a 320 px phone screen in every language, errors included, with ticks of at least 24 × 24 px', async () => {
    await atWidth(320, async () => {
      for (const locale of ['fi', 'sv', 'en'] as const) {
        await setLocale(locale);
        const el = await requestForm();
        expectNoSidewaysScroll(el, locale);
        expectTargetsAtLeast(shadow(el).querySelectorAll('input[type=radio], input[type=checkbox]'), 24, locale);
        await expectBlocked(el, () => submitButton(el).click());
        expectNoSidewaysScroll(el, `${locale} with errors`);
        el.remove();
      }
    });
  });

  it('shows an error instead of a form for an unknown field of work', async () => {
    const el = await fixture<TpPairRequestForm>(html`<tp-pair-request-form field-of-work="lastensuojelu"></tp-pair-request-form>`);
    expect(visibleText(el)).to.contain('Lastensuojelu');
    el.fieldOfWork = 'kouluterveys';
    const { detail } = await oneEvent(el, 'tp-error');
    expect(detail.message).to.contain('vanhustyö, lastensuojelu');
    await el.updateComplete;
    expect(shadow(el).querySelector('form')).to.equal(null);
    expect(visibleText(el)).to.contain('Lomaketta ei voitu näyttää');
  });

  it('drops situations of the old field of work when the host switches it, and says they are missing', async () => {
    const el = await requestForm();
    await fillAllButConsent(el);
    control(el, 'clientConsent').click();
    el.fieldOfWork = 'lastensuojelu';
    await el.updateComplete;
    const detail = await expectBlocked(el, () => submitButton(el).click());
    expect(detail.missing).to.deep.equal(['situations']);
  });

  it("shows the host's own promise after sending, with its days in the payload, and refuses one that is not a promise", async () => {
    // In place of the built-in elderly-care steps and days: only what this team promises.
    const el = await requestForm();
    const refused = oneEvent(el, 'tp-error');
    el.promise = { nextSteps: 'soon' };
    expect((await refused).detail.message).to.contain('promise');
    el.promise = {
      nextSteps: [
        { text: 'Lastensuojelun työpariryhmä soittaa sinulle.', date: 'offerDueBy' },
        { text: { fi: 'Sovimme käynnistä yhdessä.', sv: 'Vi kommer överens om besöket.', en: 'We agree on the visit together.' } },
      ],
      offerDays: 3,
    };
    await el.updateComplete;
    await fillAllButConsent(el);
    control(el, 'clientConsent').click();
    const sent = oneEvent(el, 'tp-submit');
    submitButton(el).click();
    const payload: PairRequestPayload = (await sent).detail;
    expect(payload.offerDueBy).to.equal('2026-03-01'); // three days after Thursday 26 February
    expect(payload.expectedVisitFrom).to.equal(undefined);
    const confirmation = await waitUntilShown(el, '.confirmation');
    const steps = [...confirmation.querySelectorAll('.next-steps > li')].map((step) => visibleText(step).trim());
    expect(steps).to.deep.equal([
      'Lastensuojelun työpariryhmä soittaa sinulle. Viimeistään sunnuntaina 1. maaliskuuta 2026',
      'Sovimme käynnistä yhdessä.',
    ]);
    await setLocale('en');
    await el.updateComplete;
    expect(visibleText(confirmation)).to.contain('We agree on the visit together.');
    await setLocale('fi');
  });

  it("a send right after the host gives a promise uses that promise's days", async () => {
    const el = await requestForm();
    await fillAllButConsent(el);
    control(el, 'clientConsent').click();
    await el.updateComplete;
    el.promise = { nextSteps: [{ text: 'Soitamme sinulle.', date: 'offerDueBy' }], offerDays: 3 };
    const sent = oneEvent(el, 'tp-submit');
    // At once, before the element has updated.
    void el.submit();
    const payload: PairRequestPayload = (await sent).detail;
    expect(payload.offerDueBy).to.equal('2026-03-01'); // three days after Thursday 26 February
  });

  it('words a child-protection request without elderly-care words and sends fieldOfWork "lastensuojelu"', async () => {
    const el = await fixture<TpPairRequestForm>(
      html`<tp-pair-request-form field-of-work="lastensuojelu" autosave="off"></tp-pair-request-form>`,
    );
    el.clock = () => new Date(NOW);
    await el.updateComplete;
    const elderlyWords = /ikäih|ikään|vanhus|vanhe|dementia|muisti/i;
    expect(visibleText(el)).to.contain('tukea lastensuojelun asiakastapauksissa');
    expect(visibleText(el)).not.to.match(elderlyWords);
    // The error summary names this field's question and links to its first option.
    await expectBlocked(el, () => submitButton(el).click());
    const summary = shadow(el).querySelector<HTMLElement>('.error-summary')!;
    const situationsLink = [...summary.querySelectorAll('a')].find((link) => link.textContent!.includes('tilanteessa'))!;
    expect(situationsLink.textContent!.trim()).to.equal(
      'Millaisessa tilanteessa työparin apua tarvitaan? Valitse vähintään yksi vaihtoehto.',
    );
    situationsLink.click();
    expect(shadow(el).activeElement).to.equal(control(el, 'situations-difficultQuestion'));
    control(el, 'clientConsent').click();
    control(el, 'consentHow-in-person').click();
    typeInto(control(el, 'consentDate'), '2026-02-25');
    for (const [id, text] of Object.entries({
      municipality: 'Salla',
      contactName: 'Maija Meikäläinen',
      contactPhone: '040 123 4567',
      contactEmail: 'maija@salla.fi',
      situationDescription: 'Perheen ja työntekijän välit ovat kiristyneet.',
    })) {
      typeInto(control<HTMLInputElement | HTMLTextAreaElement>(el, id), text);
    }
    control(el, 'situations-strainedRelationship').click();
    control(el, 'help-networkMeeting').click();
    await el.updateComplete;
    const sent = oneEvent(el, 'tp-submit');
    submitButton(el).click();
    const payload: PairRequestPayload = (await sent).detail;
    expect(pairRequestPayloadSchema.safeParse(payload).success).to.equal(true);
    expect(payload.fieldOfWork).to.equal('lastensuojelu');
    expect(payload.situations).to.deep.equal(['strainedRelationship']);
    await el.updateComplete;
    // The sources promise days only for elderly care (see tests/source-texts.test.ts).
    expect(visibleText(el)).to.contain('Työpariryhmä on yhteydessä yhteyshenkilöön ja kertoo, miten pyyntö etenee.');
    expect(visibleText(el)).not.to.match(elderlyWords);
    await expect(el).to.be.accessible();
    // A server sees situations of the other field of work as wrong.
    const mixed = { ...payload, situations: ['loneliness'] };
    expect(pairRequestPayloadSchema.safeParse(mixed).success).to.equal(false);
  });

  it('promises in words the same days as the payload, wherever days are promised, in every language', async () => {
    const weeks = VISIT_AFTER_DAYS / 7;
    for (const definition of Object.values(pairRequestDefinitions).filter((shown) => shown.offerDays)) {
      expect([definition.offerDays, definition.visitDays]).to.deep.equal([OFFER_WITHIN_DAYS, VISIT_AFTER_DAYS]);
      const steps = new Map(definition.nextSteps.map((step) => [step.id, step.text]));
      const visitHint = definition.sections.flatMap((section) => section.fields).find((field) => field.kind === 'dateRange')!.hint!;
      expect(steps.get('offer')).to.contain(`${OFFER_WITHIN_DAYS} vrk`);
      expect(steps.get('visit')).to.contain(`noin ${weeks} viikon päästä`);
      expect(visitHint).to.contain(`noin ${weeks} viikon päästä`);
      for (const locale of ['sv', 'en'] as const) {
        await setLocale(locale);
        expect(localize(steps.get('offer')!), locale).to.contain(String(OFFER_WITHIN_DAYS));
        expect(localize(steps.get('visit')!), locale).to.contain(String(weeks));
        expect(localize(visitHint), locale).to.contain(String(weeks));
      }
      await setLocale('fi');
    }
  });
});
