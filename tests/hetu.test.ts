/**
 * Issue 11, break 1: personal identity codes written with spaces, other dashes,
 * other digits or look-alike letters got past the detector. Codes are generated
 * here independently of src/schema/hetu.ts (their own check-character table,
 * their own look-alike letters) and must all be found; ordinary numbers must pass.
 */
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { containsHetu, findHetus, isHetu } from '../src/schema/hetu.js';
import { evaluationDefinitions, evaluationPayloadSchema } from '../src/schema/index.js';
import { buildEvaluationPayload } from '../src/schema/evaluation-payload.js';
import { issueMessage } from '../src/internal/issue-messages.js';
import { setLocale } from '../src/internal/localization.js';
import '../src/elements/pair-request-form/pair-request-form.js';
import '../src/elements/evaluation-form/evaluation-form.js';
import type { TpPairRequestForm } from '../src/elements/pair-request-form/pair-request-form.js';
import type { TpEvaluationForm } from '../src/elements/evaluation-form/evaluation-form.js';
import { fillPairRequest } from './fill.js';
import { choose, likerts, shadow, typeInto } from './helpers.js';

export const CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const SIGNS: Record<number, string[]> = {
  1800: ['+'],
  1900: ['-', 'Y', 'X', 'W', 'V', 'U'],
  2000: ['A', 'B', 'C', 'D', 'E', 'F'],
};

/** A small seeded generator, so a failure can be repeated. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof random>;

export interface Code {
  date: string;
  sign: string;
  individual: string;
  check: string;
}

/** A valid code: a real date in the sign's century, an individual number 002–999, the right check character. */
export function validCode(rng: Random): Code {
  const century = rng.pick([1800, 1900, 1900, 2000, 2000]);
  const year = century + rng.int(0, 99);
  const month = rng.int(1, 12);
  const day = rng.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
  const date = [day, month, year % 100].map((n) => String(n).padStart(2, '0')).join('');
  const individual = String(rng.int(2, 999)).padStart(3, '0');
  return { date, sign: rng.pick(SIGNS[century]!), individual, check: CHECK[Number(date + individual) % 31]! };
}
export const written = (code: Code) => `${code.date}${code.sign}${code.individual}${code.check}`;

/** Every decimal digit zero of Unicode, found by scanning (Arabic-Indic, Devanagari, Thai, …). */
const DIGIT_ZEROS = (() => {
  const zeros: number[] = [];
  for (let cp = 0x80; cp < 0x20000; cp++) {
    const char = String.fromCodePoint(cp);
    if (/\p{Nd}/u.test(char) && !/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) zeros.push(cp);
  }
  return zeros;
})();
const inScript = (text: string, zero: number) =>
  text.replace(/\d/g, (digit) => String.fromCodePoint(zero + Number(digit)));

/** Greek and Cyrillic letters that look like the Latin ones of signs and check characters. */
const LOOK_ALIKES: Record<string, string[]> = {
  A: ['\u0410', '\u0391', '\u0430', '\u03B1'],
  B: ['\u0412', '\u0392'],
  C: ['\u0421', '\u0441'],
  E: ['\u0415', '\u0395', '\u0435'],
  H: ['\u041D', '\u0397'],
  K: ['\u041A', '\u039A', '\u043A', '\u03BA'],
  M: ['\u041C', '\u039C'],
  P: ['\u0420', '\u03A1', '\u0440', '\u03C1'],
  T: ['\u0422', '\u03A4', '\u0442', '\u03C4'],
  X: ['\u0425', '\u03A7', '\u0445', '\u03C7'],
  Y: ['\u0423', '\u03A5', '\u0443', '\u04AE'],
  V: ['\u0474', '\u03BD'],
  U: ['\u03C5'],
};
const lookAlike = (rng: Random, letter: string) => (LOOK_ALIKES[letter] ? rng.pick(LOOK_ALIKES[letter]) : letter);

const SPACES = [' ', '\t', '\n', '\r\n', '\u00A0', '\u2007', '\u202F', '\u2028', '\u2029', '\u3000', '\u2003'];
const DASHES = ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFF0D', '\u2E3A'];
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u00AD', '\u2060', '\uFEFF', '\u180E'];

/** The ways a code reaches a form; each is measured on its own. */
export const variants: Record<string, (rng: Random, code: Code) => string> = {
  'as written': (_, code) => written(code),
  'lower case': (_, code) => written(code).toLowerCase(),
  'spaces around the sign': (rng, code) =>
    `${code.date}${rng.pick(['', ...SPACES])}${code.sign}${rng.pick(SPACES)}${code.individual}${code.check}`,
  'line break or paragraph separator after the sign': (rng, code) =>
    `${code.date}${code.sign}${rng.pick(['\n', '\r\n', '\u2028', '\u2029'])}${code.individual}${code.check}`,
  'another dash, a slash or a dot for a dash sign': (rng, code) =>
    `${code.date}${code.sign === '-' ? rng.pick([...DASHES, '/', '.']) : code.sign}${code.individual}${code.check}`,
  'sign left out, a space instead': (rng, code) => `${code.date}${rng.pick(SPACES)}${code.individual}${code.check}`,
  'digits of another script': (rng, code) =>
    `${inScript(code.date, rng.pick(DIGIT_ZEROS))}${code.sign}${inScript(code.individual, rng.pick(DIGIT_ZEROS))}${inScript(code.check, rng.pick(DIGIT_ZEROS))}`,
  'Greek or Cyrillic look-alike sign and check character': (rng, code) =>
    `${code.date}${lookAlike(rng, code.sign)}${code.individual}${lookAlike(rng, code.check)}`,
  'invisible characters inside': (rng, code) =>
    [...written(code)].map((char) => (rng.next() < 0.4 ? char + rng.pick(INVISIBLE) : char)).join(''),
  'full-width': (_, code) => written(code).replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)),
  'everything at once, inside a sentence': (rng, code) => {
    const digits = (text: string) => (rng.next() < 0.5 ? inScript(text, rng.pick(DIGIT_ZEROS)) : text);
    const sign = code.sign === '-' ? rng.pick([...DASHES, '-', ' ']) : lookAlike(rng, code.sign);
    const around = () => rng.pick(['', ...SPACES, ...INVISIBLE]);
    return `Asiakas (${digits(code.date)}${around()}${sign}${around()}${digits(code.individual)}${lookAlike(rng, code.check)}) soitti.`;
  },
};

export const CODES_PER_VARIANT = 5000;

/** Numbers and texts that are not codes: none may be refused. */
export const notCodes = [
  '040 123 4567',
  '0401234567',
  '+358 40 123 4567',
  '+358401234567',
  '(09) 310 12345',
  '050-123 4567',
  '13.10.1952',
  '13.10.52',
  '1.1.2020–31.12.2020',
  '1.3.–15.4.2025',
  '010120–311220',
  '010120 - 311220',
  '2026-02-24',
  '24.2.2026 klo 12.30–14.00',
  'viikot 10–12/2026',
  'Y-tunnus 1234567-8',
  'Viitenumero 12345 67890 12345',
  'RF18 5390 0754 7034',
  'FI21 1234 5600 0007 85',
  'Dnro 123/2024',
  'Dnro VN/1234/2024',
  'Lasku 100891235Y',
  'Dnro 0110600958',
  'Tilaus 2024-000123',
  'Asiakasnumero 123456-789',
  'Postinumero 00100 Helsinki',
  'Kesto: 3 kuukautta (10/2025–12/2025)',
  'Vertaistukiryhmä joka toinen viikko, 12 kertaa, 6–8 osallistujaa.',
  'Tapasimme 15.3.2026 ja 22.3.2026 kello 13–15. Soita numeroon 040 123 4567.',
  'Asiakas syntyi vuonna 1952 ja asuu osoitteessa Kirkkokatu 12 A 3.',
  '131052-308U', // a wrong check character
  '290200-1239', // 29.2.1900 never existed, whatever the check character
  '1310523080',
];

describe('identity codes (break 1)', () => {
  it('finds every form the hostile test used', () => {
    const found = [
      '131052 -308T',
      '131052- 308T',
      '131052 308T',
      '131052-\n308T',
      '131052—308T',
      '131052\u2015308T',
      '131052/308T',
      '131052.308T',
      '١٣١٠٥٢-٣٠٨T',
      '१३१०५२-३०८T',
      '131052-308Т', // Cyrillic Т
      '131052-308Τ', // Greek Τ
      '131052\u00A0-\u00A0308T',
      '131052\u2028308T',
      'Lasku 100891-235Y',
      'Dnro 011060A0958',
    ];
    for (const text of found) expect(containsHetu(text), JSON.stringify(text)).to.equal(true);
    expect(isHetu(' 131052 - 308T ')).to.equal(true);
    expect(findHetus('a 131052-308T b 010101A123N')).to.have.length(2);
  });

  for (const [name, write] of Object.entries(variants)) {
    it(`finds ${CODES_PER_VARIANT} generated valid codes: ${name}`, () => {
      const rng = random(name.length * 7919 + 11);
      const missed: string[] = [];
      for (let i = 0; i < CODES_PER_VARIANT; i++) {
        const text = write(rng, validCode(rng));
        if (!containsHetu(text)) missed.push(text);
      }
      expect(missed.slice(0, 5).map((text) => JSON.stringify(text)), `${missed.length} missed`).to.deep.equal([]);
    });
  }

  it('lets phone numbers, dates, date ranges, prose and common reference numbers pass', () => {
    for (const text of notCodes) expect(findHetus(text), text).to.deep.equal([]);
  });

  it('tells the user what to do when the number is not a code, and speaks to a pair in the plural', async () => {
    const issue = { code: 'custom', path: [], params: { reason: 'hetu' } };
    expect(issueMessage(issue, 'text')).to.equal(
      'Tekstissä näyttää olevan henkilötunnus. Poista se: henkilötunnusta ei saa kirjoittaa tähän lomakkeeseen. Jos numero ei ole henkilötunnus, kirjoita se yhteen ilman väliviivaa tai keskellä olevaa kirjainta.',
    );
    const plural = issueMessage(issue, 'text', 'pair');
    expect(plural).to.contain('Poistakaa se');
    expect(plural).to.contain('kirjoittakaa se yhteen');
    expect(plural).to.not.contain('tähän lomakkeeseen');
    // Following the advice works: the number written together is no longer refused.
    expect(containsHetu('Lasku 100891-235Y')).to.equal(true);
    expect(containsHetu('Lasku 100891235Y')).to.equal(false);
    expect(containsHetu('Dnro 011060A0958')).to.equal(true);
    expect(containsHetu('Dnro 0110600958')).to.equal(false);
    for (const locale of ['sv', 'en'] as const) {
      await setLocale(locale);
      expect(issueMessage(issue, 'text'), locale).to.not.contain('henkilötunnus');
      expect(issueMessage(issue, 'text', 'pair'), locale).to.not.equal(issueMessage(issue, 'text'));
    }
    await setLocale('fi');
  });
});

/** Thursday 26 February 2026, 10:00 on the user's clock. */
const NOW = new Date(2026, 1, 26, 10, 0);

async function filledRequest(description: string) {
  const el = await fixture<TpPairRequestForm>(html`<tp-pair-request-form autosave="off"></tp-pair-request-form>`);
  el.clock = () => new Date(NOW);
  await el.updateComplete;
  await fillPairRequest(el, { situationDescription: description });
  const control = <T extends HTMLElement = HTMLInputElement>(id: string) => shadow(el).getElementById(id) as T;
  return { el, control };
}

describe('the pair request form never sends a code (break 1)', () => {
  const written = [
    '131052 -308T',
    '131052- 308T',
    '131052 308T',
    '131052-\n308T',
    '131052—308T',
    '131052\u2015308T',
    '131052/308T',
    '131052.308T',
    '١٣١٠٥٢-٣٠٨T',
    '१३१०५२-३०८T',
    '131052-308Т',
    '131052\u00A0308T',
    '131052\u2028308T',
  ];
  for (const code of written) {
    it(`refuses ${JSON.stringify(code)} at the field and sends nothing`, async () => {
      const { el, control } = await filledRequest(`Asiakas (${code}) asuu yksin.`);
      let sent = false;
      el.addEventListener('tp-submit', () => (sent = true));
      const invalid = oneEvent(el, 'tp-invalid');
      shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      const { detail } = await invalid;
      await aTimeout(0);
      expect(sent).to.equal(false);
      expect(detail.issues.map((issue: { id: string }) => issue.id)).to.deep.equal(['situationDescription']);
      await el.updateComplete;
      const error = shadow(el).getElementById('situationDescription-error')!.textContent!;
      expect(error).to.contain('Jos numero ei ole henkilötunnus, kirjoita se yhteen');
      expect(control<HTMLTextAreaElement>('situationDescription').value).to.contain(code);
    });
  }

  it('sends a reference number written together, as the message advises', async () => {
    const { el } = await filledRequest('Lasku 100891235Y on maksettu. Soita 040 123 4567, 1.3.–15.4.2026.');
    const sent = oneEvent(el, 'tp-submit');
    shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect((await sent).detail.situationDescription).to.equal('Lasku 100891235Y on maksettu. Soita 040 123 4567, 1.3.–15.4.2026.');
  });
});

describe('the evaluation form never sends a code in its free texts (break 1)', () => {
  const field = <T extends HTMLElement = HTMLInputElement>(el: TpEvaluationForm, id: string) =>
    shadow(el).getElementById(id) as T;

  for (const id of ['activityType', 'duration', 'a_open_1', 'b_open_4']) {
    it(`shows the error at ${id} and sends nothing`, async () => {
      const el = await fixture<TpEvaluationForm>(
        html`<tp-evaluation-form respondent="kokemustoimija" pair-id="pair-7"></tp-evaluation-form>`,
      );
      typeInto(field(el, 'activityType'), 'Vertaistukiryhmä');
      typeInto(field(el, 'duration'), '3 kuukautta');
      likerts(el).forEach((likert, index) => choose(likert, (index % 5) + 1));
      await el.updateComplete;
      typeInto(field(el, id), `Asiakas 131052 308T oli mukana`);
      let sent = false;
      el.addEventListener('tp-submit', () => (sent = true));
      const invalid = oneEvent(el, 'tp-invalid');
      shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      const { detail } = await invalid;
      await el.updateComplete;
      expect(sent).to.equal(false);
      expect(detail.issues.map((issue: { id: string }) => issue.id)).to.deep.equal([id]);
      expect(shadow(el).getElementById(`${id}-error`)!.textContent).to.contain('henkilötunnus');
      expect(field(el, id).getAttribute('aria-invalid')).to.equal('true');
      // Removed, the form goes.
      typeInto(field(el, id), 'Ryhmä');
      await el.updateComplete;
      const submitted = oneEvent(el, 'tp-submit');
      shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      expect(evaluationPayloadSchema.safeParse((await submitted).detail).success).to.equal(true);
    });
  }

  it('points out a code together with the answers still missing', () => {
    const definition = evaluationDefinitions.kokemustoimija;
    const result = buildEvaluationPayload(
      definition,
      { details: { activityType: 'Ryhmä', duration: '' }, ratings: {}, openAnswers: { a_open_2: '131052–308T' }, consents: {} },
      { role: 'kokemustoimija', locale: 'fi' },
    );
    expect(result.success).to.equal(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).to.include('openAnswers.a_open_2');
    expect(paths).to.include('details.duration');
  });

  it('refuses a payload a host builds itself with a code in it', () => {
    const payload = {
      schema: 'tyopari/evaluation@1',
      form: { id: 'evaluation-kokemustoimija', version: 1 },
      role: 'kokemustoimija',
      locale: 'fi',
      submittedAt: '2026-02-26T10:00:00.000Z',
      activityType: 'Ryhmä',
      duration: 'puoli vuotta, alkoi 131052-308T',
      ratings: {},
      openAnswers: { a_open_1: 'ok' },
      quotePermission: false,
    };
    const result = evaluationPayloadSchema.safeParse(payload);
    expect(result.success).to.equal(false);
    expect(result.error!.issues[0]!.path).to.deep.equal(['duration']);
  });
});
