import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../src/internal/localization.js';
import '../src/elements/evaluation-summary/evaluation-summary.js';
import type { TpEvaluationSummary, TpExportDetail } from '../src/elements/evaluation-summary/evaluation-summary.js';
import type { TpErrorDetail, TpEvent } from '../src/events.js';
import { atWidth, expectNoSidewaysScroll, expectTargetsAtLeast, shadow, visibleText } from './helpers.js';
import { evaluation } from './evaluation-data.js';

/** Four answers with known numbers: a1 is 1, 2, 2, 5 (mean 2.5, median 2). */
const known = () => [
  evaluation('kokemustoimija', 1, {
    ratings: { a1: 1 },
    activityType: 'Vertaistukiryhmä',
    submittedAt: '2026-03-02T10:00:00Z',
    openAnswers: { a_open_1: 'Saa lainata tämän' },
    quotePermission: true,
  }),
  evaluation('ammattilainen', 4, {
    ratings: { a1: 2 },
    activityType: ' vertaistukiryhmä',
    submittedAt: '2026-04-02T10:00:00Z',
    openAnswers: { a_open_1: 'Yksityinen ajatus' },
    quotePermission: false,
  }),
  evaluation('kokemustoimija', 4, { ratings: { a1: 2 }, activityType: 'Yksilötapaaminen', submittedAt: '2026-05-02T10:00:00Z' }),
  evaluation('ammattilainen', 5, { ratings: { a1: 5 }, activityType: 'VERTAISTUKIRYHMÄ', submittedAt: '2026-06-02T10:00:00Z' }),
];

async function summary(payloads: unknown[], minN?: number) {
  const el = await fixture<TpEvaluationSummary>(
    html`<tp-evaluation-summary .payloads=${payloads} min-n=${minN ?? 3}></tp-evaluation-summary>`,
  );
  await el.updateComplete;
  return el;
}
const statement = (el: TpEvaluationSummary, id: string) => shadow(el).getElementById(`statement-${id}-title`)!.closest('figure')!;
const select = (el: TpEvaluationSummary, id: string) => shadow(el).getElementById(id) as HTMLSelectElement;
const buttons = (el: TpEvaluationSummary) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.export button')];

/** Chooses an option as a user does: focus the select, then arrow keys until it shows `value`. */
async function chooseWithKeys(el: TpEvaluationSummary, id: string, value: string) {
  const control = select(el, id);
  control.focus();
  const target = [...control.options].findIndex((option) => option.value === value);
  const key = target < control.selectedIndex ? 'ArrowUp' : 'ArrowDown';
  for (let step = 0; step < 10 && control.value !== value; step++) await sendKeys({ press: key });
  expect(control.value).to.equal(value);
  await el.updateComplete;
}

describe('<tp-evaluation-summary>', () => {
  afterEach(() => setLocale('fi'));

  it('shows n, mean, median and the distribution of each statement, with a table for each chart', async () => {
    const el = await summary(known());
    const a1 = statement(el, 'a1');
    expect(a1.querySelector('h4')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('1. Yhteiset tavoitteet olivat selkeät');
    expect(visibleText(a1)).to.contain('4 vastausta · keskiarvo 2,5 · mediaani 2');
    const cells = [...a1.querySelectorAll('tbody td')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells).to.deep.equal(['1 25 %', '2 50 %', '0 0 %', '0 0 %', '1 25 %']);
    // The chart: one segment per value given, as wide as its share; hidden from screen readers (the table says it).
    const svg = a1.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect([...svg.querySelectorAll('rect')].map((rect) => rect.getAttribute('width'))).to.deep.equal(['25%', '50%', '25%']);
    const header = [...a1.querySelectorAll('thead th')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
    expect(header[1]).to.contain('täysin eri mieltä');
    expect(header[5]).to.contain('täysin samaa mieltä');
    // Section B of each role under its own heading, answered by that role only (2 each: counts only).
    const text = visibleText(shadow(el));
    expect(text).to.contain('Osio B: Kokemustoimija');
    expect(text).to.contain('Osio B: Ammattilainen');
    expect(statement(el, 'kokemustoimija-b1').querySelector('svg'), 'n = 2 < min-n').to.equal(null);
    expect(visibleText(statement(el, 'kokemustoimija-b1'))).to.contain('2 vastausta');
    await expect(el).to.be.accessible();
  });

  it('lists open answers only with permission to quote and counts those left out', async () => {
    const el = await summary(known());
    const text = visibleText(shadow(el));
    expect(text).to.contain('Saa lainata tämän');
    expect(text).not.to.contain('Yksityinen ajatus');
    expect(text).to.contain('1 vastaus jätettiin pois, koska vastaaja ei antanut lupaa lainata.');
  });

  it('filters by role, activity type and dates with the keyboard; too few answers show counts only', async () => {
    const el = await summary(known());
    const status = () => shadow(el).querySelector('[role=status]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(status()).to.contain('Näytetään 4 vastausta');
    await chooseWithKeys(el, 'activity', 'vertaistukiryhmä');
    expect(select(el, 'activity').selectedOptions[0]!.textContent).to.contain('Vertaistukiryhmä (3)');
    expect(status()).to.contain('Näytetään 3 vastausta');
    expect(visibleText(statement(el, 'a1'))).to.contain('keskiarvo 2,7');
    await chooseWithKeys(el, 'role', 'ammattilainen');
    expect(status()).to.contain('Näytetään 2 vastausta');
    // Two answers: no means, no charts, no quotes, no export — and the element says why.
    const tooFew = shadow(el).querySelector('[part=too-few]')!;
    expect(visibleText(tooFew)).to.contain('alle 3');
    expect(shadow(el).querySelector('svg')).to.equal(null);
    expect(buttons(el)).to.have.length(0);
    expect(el.export('csv')).to.equal(undefined);
    expect(visibleText(shadow(el))).not.to.contain('Saa lainata tämän');
    // Back to everyone, then a date range.
    await chooseWithKeys(el, 'activity', '');
    await chooseWithKeys(el, 'role', '');
    const from = shadow(el).getElementById('from') as HTMLInputElement;
    from.value = '2026-04-01';
    from.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(status()).to.contain('Näytetään 3 vastausta');
    expect(status()).to.contain('1.4.2026');
  });

  it('counts and reports invalid records without breaking, and sends tp-error', async () => {
    const records: unknown[] = [...known(), null, { schema: 'tyopari/evaluation@1' }, { ...known()[0], ratings: { a1: 8 } }];
    const el = document.createElement('tp-evaluation-summary');
    el.payloads = records;
    setTimeout(() => document.body.append(el));
    const event = (await oneEvent(el, 'tp-error')) as TpEvent<TpErrorDetail>;
    expect(event.detail.issues).to.have.length(3);
    await el.updateComplete;
    const notice = visibleText(shadow(el).querySelector('[part=skipped]')!);
    expect(notice).to.contain('3 vastausta ohitettiin');
    expect(notice).to.contain('5, 6, 7');
    expect(visibleText(statement(el, 'a1'))).to.contain('4 vastausta');
    el.remove();
  });

  it('exports what the filters show as CSV (with BOM) and JSON, without answers that may not be quoted', async () => {
    const el = await summary(known());
    await chooseWithKeys(el, 'activity', 'vertaistukiryhmä');
    expectTargetsAtLeast(buttons(el), 44);
    const got: TpExportDetail[] = [];
    el.addEventListener('tp-export', (event) => {
      event.preventDefault(); // the host takes the file
      got.push(event.detail);
    });
    buttons(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    buttons(el)[1]!.click();
    expect(got.map((detail) => detail.format)).to.deep.equal(['csv', 'json']);
    const [csv, json] = got;
    expect(csv!.content.charCodeAt(0)).to.equal(0xfeff);
    expect(csv!.filename).to.match(/^arvioinnit-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv!.content.trim().split('\r\n');
    expect(lines, 'header + 3 rows of the filter').to.have.length(4);
    expect(lines[0]).to.contain('Yhteiset tavoitteet olivat selkeät');
    expect(csv!.content).to.contain('Saa lainata tämän');
    expect(csv!.content).not.to.contain('Yksityinen ajatus');
    expect(csv!.content).not.to.contain('Yksilötapaaminen');
    const rows = JSON.parse(json!.content) as { activityType: string; openAnswers: Record<string, string> }[];
    expect(rows).to.have.length(3);
    expect(json!.content).not.to.contain('Yksityinen ajatus');
    expect(csv!.filters.activityType).to.equal('vertaistukiryhmä');
  });

  for (const [locale, title, words] of [
    ['sv', 'Sammanfattning av utvärderingarna', 'medelvärde 2,5'],
    ['en', 'Summary of the evaluations', 'mean 2.5'],
  ] as const) {
    it(`speaks ${locale}`, async () => {
      const el = await summary(known());
      await setLocale(locale);
      await el.updateComplete;
      const text = visibleText(shadow(el));
      expect(text).to.contain(title);
      expect(text).to.contain(words);
      expect(text, 'no Finnish UI text left').not.to.match(/vastausta|Rajaa|Lataa|keskiarvo/);
      expect(shadow(el).querySelector('[lang]')!.getAttribute('lang')).to.equal(locale);
      await expect(el).to.be.accessible();
    });
  }

  it('says so when there are no answers yet', async () => {
    const el = await summary([]);
    expect(visibleText(shadow(el))).to.contain('Arviointilomakkeiden vastauksia ei ole vielä.');
    expect(shadow(el).querySelector('select')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px phone without sideways scrolling', async () => {
    await atWidth(320, async () => {
      const el = await summary(known());
      expectNoSidewaysScroll(el, '320 px');
      expectTargetsAtLeast([select(el, 'role'), select(el, 'activity'), ...buttons(el)], 24, '320 px');
    });
  });
});
