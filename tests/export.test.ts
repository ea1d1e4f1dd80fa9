import { expect } from '@open-wc/testing';
import { summarise, toCsv } from '../src/schema/index.js';
// Internal helpers, tested directly.
import { csvCell, quotablePayloads, readEvaluations } from '../src/schema/export.js';
import { aIds, evaluation } from './evaluation-data.js';

/** Parses RFC 4180 CSV (after the BOM) into rows of cells, to read back what toCsv wrote. */
function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  expect(cell, 'file ends with CRLF').to.equal('');
  return rows;
}

describe('summarise', () => {
  it('gives n, mean, median and the 1–5 distribution of known data', () => {
    const payloads = [
      evaluation('kokemustoimija', 1, { ratings: { a1: 1 } }),
      evaluation('ammattilainen', 4, { ratings: { a1: 2 } }),
      evaluation('kokemustoimija', 4, { ratings: { a1: 2 } }),
      evaluation('ammattilainen', 5, { ratings: { a1: 5 } }),
    ];
    const summary = summarise(payloads);
    expect(summary.n).to.equal(4);
    expect(summary.suppressed).to.equal(false);
    expect(summary.byRole).to.deep.equal({ kokemustoimija: 2, ammattilainen: 2 });
    const a1 = summary.statements.find((statement) => statement.id === 'a1')!;
    expect(a1.n).to.equal(4);
    expect(a1.mean).to.equal(2.5); // (1 + 2 + 2 + 5) / 4
    expect(a1.median).to.equal(2); // (2 + 2) / 2
    expect(a1.counts).to.deep.equal([1, 2, 0, 0, 1]);
    expect(a1.role).to.equal(undefined);
    const a2 = summary.statements.find((statement) => statement.id === 'a2')!;
    expect(a2.median).to.equal(4); // 1 4 4 5
    expect(a2.mean).to.equal(3.5);
    // Section B differs by role: one statement per role, answered by that role only.
    const ids = summary.statements.map((statement) => statement.id);
    expect(ids).to.include.members(['kokemustoimija.b1', 'ammattilainen.b1']);
    expect(ids.indexOf('a9')).to.be.lessThan(ids.indexOf('kokemustoimija.b1'));
    const kb6 = summary.statements.find((statement) => statement.id === 'kokemustoimija.b6')!;
    expect(kb6.n).to.equal(2);
    expect(kb6.mean, 'below min-n: counts only').to.equal(undefined);
    expect(kb6.counts).to.equal(undefined);
  });

  it('filters by role, activity type (trimmed, case-folded) and date range', () => {
    const payloads = [
      evaluation('kokemustoimija', 5, { activityType: 'Vertaistukiryhmä', submittedAt: '2026-03-01T09:00:00Z' }),
      evaluation('kokemustoimija', 4, { activityType: '  vertaistukiryhmä ', submittedAt: '2026-04-01T09:00:00Z' }),
      evaluation('ammattilainen', 3, { activityType: 'VERTAISTUKIRYHMÄ', submittedAt: '2026-05-01T09:00:00Z' }),
      evaluation('ammattilainen', 2, { activityType: 'Yksilötapaaminen', submittedAt: '2026-06-01T09:00:00Z' }),
    ];
    const all = summarise(payloads);
    expect(all.activityTypes).to.deep.equal([
      { key: 'vertaistukiryhmä', label: 'Vertaistukiryhmä', n: 3 },
      { key: 'yksilötapaaminen', label: 'Yksilötapaaminen', n: 1 },
    ]);
    const group = summarise(payloads, { activityType: 'vertaistukiryhmä ' });
    expect(group.n).to.equal(3);
    expect(group.statements.find((s) => s.id === 'a1')!.mean).to.equal(4);
    expect(summarise(payloads, { role: 'ammattilainen' }).n).to.equal(2);
    const spring = summarise(payloads, { from: '2026-04-01', to: '2026-05-31' });
    expect(spring.n).to.equal(2);
    expect(spring.suppressed).to.equal(true);
    expect(summarise(payloads, { from: '2026-04-01', to: '2026-05-31', minN: 2 }).suppressed).to.equal(false);
  });

  it('gives counts only when a filter leaves fewer than min-n answers', () => {
    const payloads = [evaluation('kokemustoimija', 5, { openAnswers: { a_open_1: 'Hyvä' }, quotePermission: true }), evaluation('kokemustoimija', 4)];
    const summary = summarise(payloads);
    expect(summary.suppressed).to.equal(true);
    expect(summary.statements.every((s) => s.mean === undefined && s.counts === undefined)).to.equal(true);
    expect(summary.statements.find((s) => s.id === 'a1')!.n).to.equal(2);
    expect(summary.openAnswers.find((o) => o.id === 'a_open_1')!.quotes).to.deep.equal([]);
  });

  it('lists open answers only with permission to quote, and counts those left out', () => {
    const payloads = [
      evaluation('kokemustoimija', 5, { openAnswers: { a_open_1: 'Saa lainata' }, quotePermission: true }),
      evaluation('ammattilainen', 4, { openAnswers: { a_open_1: 'Ei saa lainata' }, quotePermission: false }),
      evaluation('ammattilainen', 4, { openAnswers: { a_open_1: 'Ei tätäkään' }, quotePermission: false }),
    ];
    const open = summarise(payloads).openAnswers.find((answer) => answer.id === 'a_open_1')!;
    expect(open.quotes.map((quote) => quote.text)).to.deep.equal(['Saa lainata']);
    expect(open.withheld).to.equal(2);
    expect(JSON.stringify(summarise(payloads))).not.to.contain('Ei saa lainata');
  });

  it('skips invalid records, reports each by position and never throws', () => {
    const good = evaluation('kokemustoimija', 3);
    const payloads: unknown[] = [
      good,
      null,
      { ...good, ratings: { ...good.ratings, a1: 9 } },
      { ...good, form: { id: 'evaluation-kokemustoimija', version: 7 } },
      { ...good, submittedAt: 'eilen' },
      'text',
      good,
      good,
    ];
    const summary = summarise(payloads);
    expect(summary.n).to.equal(3);
    expect(summary.skipped.map(({ index, reason }) => [index, reason])).to.deep.equal([
      [1, 'not-evaluation'],
      [2, 'out-of-scale'],
      [3, 'unknown-form'],
      [4, 'not-evaluation'],
      [5, 'not-evaluation'],
    ]);
    expect(summarise('nope' as unknown as unknown[]).n).to.equal(0);
    expect(readEvaluations([]).records).to.deep.equal([]);
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark and writes ä and ö as UTF-8 bytes', () => {
    const csv = toCsv([evaluation('kokemustoimija', 4, { activityType: 'Äänitaide ja öljyvärit' })], { headers: 'fi' });
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.charCodeAt(0)).to.equal(0xfeff);
    const ae = [...new TextEncoder().encode('Ä')];
    expect(ae).to.deep.equal([0xc3, 0x84]);
    const at = bytes.findIndex((byte, i) => byte === 0xc3 && bytes[i + 1] === 0x84);
    expect(at, 'Ä is in the file as C3 84').to.be.greaterThan(2);
    expect(csv).to.contain('Äänitaide ja öljyvärit');
    expect(csv.endsWith('\r\n')).to.equal(true);
  });

  it('has one row per submission and one column per id in the form order', () => {
    const csv = toCsv([evaluation('kokemustoimija', 4), evaluation('ammattilainen', 2)]);
    const [head, first, second] = parseCsv(csv);
    expect(head!.slice(0, 8)).to.deep.equal([
      'submissionId',
      'submittedAt',
      'role',
      'pairId',
      'locale',
      'form',
      'activityType',
      'duration',
    ]);
    expect(head!.slice(8, 20)).to.deep.equal([...aIds, 'a_open_1', 'a_open_2', 'a_open_3']);
    expect(head).to.include.members(['kokemustoimija.b1', 'kokemustoimija.b_open_4', 'ammattilainen.b4']);
    expect(head!.at(-1)).to.equal('quotePermission');
    expect(first![head!.indexOf('role')]).to.equal('kokemustoimija');
    expect(first![head!.indexOf('kokemustoimija.b6')]).to.equal('4');
    expect(first![head!.indexOf('ammattilainen.b1')], 'not asked of this role').to.equal('');
    expect(second![head!.indexOf('ammattilainen.b1')]).to.equal('2');
    expect(parseCsv(toCsv([evaluation('ammattilainen', 2)]))[0]).to.include('b4');
  });

  it('writes headers in Finnish, Swedish or English', () => {
    const payloads = [evaluation('kokemustoimija', 4), evaluation('ammattilainen', 2)];
    const fi = parseCsv(toCsv(payloads, { headers: 'fi' }))[0]!;
    const sv = parseCsv(toCsv(payloads, { headers: 'sv' }))[0]!;
    const en = parseCsv(toCsv(payloads, { headers: 'en' }))[0]!;
    expect(fi[8]).to.equal('Yhteiset tavoitteet olivat selkeät');
    expect(fi).to.include('Toiminnan muoto');
    expect(fi).to.include('Kokemustoimija: Työparityöskentely vahvisti uskoani omiin kykyihini');
    expect(sv[8]).to.equal('De gemensamma målen var tydliga');
    expect(en[8]).to.equal('The shared goals were clear');
    expect(en).to.include('Type of activity');
    fi.forEach((header, column) => {
      expect(sv[column], `sv header ${column} translated`).not.to.equal(header);
      expect(en[column], `en header ${column} translated`).not.to.equal(header);
    });
    expect(en.join(' '), 'no Finnish letters in English headers').not.to.match(/[äö]/i);
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).to.equal('plain');
    expect(csvCell('a, b')).to.equal('"a, b"');
    expect(csvCell('sanoi "hei"')).to.equal('"sanoi ""hei"""');
    expect(csvCell('rivi 1\nrivi 2')).to.equal('"rivi 1\nrivi 2"');
    expect(csvCell('a;b', ';')).to.equal('"a;b"');
    expect(csvCell(4)).to.equal('4');
    const tricky = 'Hyvä, "tosi" hyvä\r\nja toinen rivi';
    const csv = toCsv([evaluation('kokemustoimija', 4, { openAnswers: { a_open_1: tricky }, quotePermission: true })]);
    const [head, row] = parseCsv(csv);
    expect(row![head!.indexOf('a_open_1')]).to.equal(tricky);
    expect(row!.length).to.equal(head!.length);
    const semi = parseCsv(toCsv([evaluation('kokemustoimija', 4, { duration: '1; 2' })], { delimiter: ';' }), ';');
    expect(semi[1]![semi[0]!.indexOf('duration')]).to.equal('1; 2');
  });

  it('neutralises formula injection at the start of a cell', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const cell = csvCell(`${start}HYPERLINK("http://x")`);
      const unquoted = cell.startsWith('"') ? cell.slice(1) : cell;
      expect(unquoted.startsWith(`'${start}`), JSON.stringify(cell)).to.equal(true);
    }
    const csv = toCsv([
      evaluation('kokemustoimija', 4, {
        activityType: '=cmd|" /C calc"!A0',
        pairId: '@SUM(1+1)',
        openAnswers: { a_open_1: '-2+3' },
        quotePermission: true,
      }),
    ]);
    const [head, row] = parseCsv(csv);
    expect(row![head!.indexOf('activityType')]).to.equal(`'=cmd|" /C calc"!A0`);
    expect(row![head!.indexOf('pairId')]).to.equal(`'@SUM(1+1)`);
    expect(row![head!.indexOf('a_open_1')]).to.equal(`'-2+3`);
    expect(row![head!.indexOf('a1')], 'numbers stay numbers').to.equal('4');
  });

  it('leaves out open answers without permission to quote unless includeUnquotable', () => {
    const payloads = [
      evaluation('kokemustoimija', 4, { openAnswers: { a_open_1: 'Salainen vastaus' }, quotePermission: false }),
      evaluation('ammattilainen', 4, { openAnswers: { a_open_1: 'Julkinen vastaus' }, quotePermission: true }),
    ];
    const csv = toCsv(payloads);
    expect(csv).not.to.contain('Salainen vastaus');
    expect(csv).to.contain('Julkinen vastaus');
    expect(toCsv(payloads, { includeUnquotable: true })).to.contain('Salainen vastaus');
    expect(JSON.stringify(quotablePayloads(payloads))).not.to.contain('Salainen vastaus');
  });

  it('leaves invalid records out', () => {
    const rows = parseCsv(toCsv([evaluation('kokemustoimija', 4), { schema: 'x' }, 42, undefined]));
    expect(rows.length).to.equal(2);
    expect(parseCsv(toCsv([])).length, 'an empty list still has its header row').to.equal(1);
  });
});
