/**
 * How `<tp-evaluation-summary>` draws one statement: a horizontal stacked bar
 * in SVG (drawn with Lit, no chart library) and, under it, the same numbers
 * as a table that stays visible for screen readers, print and anyone who
 * would rather read numbers. Plain functions of the data.
 */
import { html, svg, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { StatementSummary } from '../../schema/evaluation-records.js';
import { currentLocale, localize } from '../../internal/localization.js';

const numberLocales = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

/** A number in the current language, with at most `digits` decimals ("3,5" in Finnish). */
export const formatNumber = (value: number, digits = 1, minimumDigits = 0) =>
  new Intl.NumberFormat(numberLocales[currentLocale()], {
    minimumFractionDigits: minimumDigits,
    maximumFractionDigits: digits,
  }).format(value);

/** "40 %": a share of `n`, rounded to whole percents. */
const percent = (count: number, n: number) =>
  new Intl.NumberFormat(numberLocales[currentLocale()], { style: 'percent', maximumFractionDigits: 0 }).format(
    n ? count / n : 0,
  );

/** The colour class of answer `value` on a `min`–`max` scale: five steps from disagree to agree. */
export const stepClass = (value: number, min: number, max: number) =>
  `step-${Math.round(((value - min) / Math.max(1, max - min)) * 4) + 1}`;

/** The scale's words for its ends, shown with the first and last value ("1 täysin eri mieltä"). */
export interface ScaleWords {
  minLabel: string;
  maxLabel: string;
}

/** The colour key once above the charts; the table under each chart says the same in words and numbers. */
export function legend(min: number, max: number, words: ScaleWords) {
  const values = Array.from({ length: max - min + 1 }, (_, offset) => min + offset);
  return html`<ul class="legend" part="legend">
    ${values.map(
      (value) =>
        html`<li>
          <span class="swatch ${stepClass(value, min, max)}" aria-hidden="true"></span>${value}${value === min
            ? html` = ${words.minLabel}`
            : value === max
              ? html` = ${words.maxLabel}`
              : nothing}
        </li>`,
    )}
  </ul>`;
}

/** The stacked bar: one segment per answer value, as wide as its share, with its count inside when it fits. */
function bar(statement: StatementSummary, counts: number[]) {
  let x = 0;
  const segments = counts.map((count, offset) => {
    const width = (count / statement.n) * 100;
    const start = x;
    x += width;
    if (count === 0) return nothing;
    const value = statement.min + offset;
    return svg`<rect class=${stepClass(value, statement.min, statement.max)} x="${start}%" y="0" width="${width}%" height="100%"></rect>
      ${width >= 7
        ? svg`<text class="count ${stepClass(value, statement.min, statement.max)}" x="${start + width / 2}%" y="50%" dominant-baseline="central" text-anchor="middle">${count}</text>`
        : nothing}`;
  });
  // The table below says the same, so the picture is hidden from screen readers.
  return html`<svg class="bar" part="chart" aria-hidden="true" focusable="false" width="100%" height="32">
    ${segments}
  </svg>`;
}

/** The numbers of one statement: n, mean and median, and the distribution as a table. */
export function statementView(statement: StatementSummary, number: number, words: ScaleWords) {
  const id = `statement-${statement.id.replace(/\W/g, '-')}`;
  const values = Array.from({ length: statement.max - statement.min + 1 }, (_, offset) => statement.min + offset);
  const { counts, mean, median } = statement;
  const figures =
    mean === undefined || median === undefined
      ? statement.n === 1
        ? msg('1 vastaus')
        : msg(str`${statement.n} vastausta`)
      : msg(str`${statement.n} vastausta · keskiarvo ${formatNumber(mean, 1, 1)} · mediaani ${formatNumber(median)}`);
  const valueLabel = (value: number) =>
    value === statement.min ? `${value} ${words.minLabel}` : value === statement.max ? `${value} ${words.maxLabel}` : String(value);
  return html`<figure class="statement" part="statement" aria-labelledby="${id}-title">
    <figcaption>
      <h4 class="statement-title" id="${id}-title">${number}. ${localize(statement.text)}</h4>
      <p class="figures">${figures}</p>
    </figcaption>
    ${counts
      ? html`${bar(statement, counts)}
          <div class="table-wrap">
            <table class="distribution" part="table">
              <caption class="visually-hidden">
                ${msg(str`Vastausten jakauma: ${localize(statement.text)}`)}
              </caption>
              <thead>
                <tr>
                  <th scope="row">${msg('Vastaus')}</th>
                  ${values.map((value) => html`<th scope="col" title=${valueLabel(value)}>
                    <span aria-hidden="true">${value}</span><span class="visually-hidden">${valueLabel(value)}</span>
                  </th>`)}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">${msg('Vastauksia')}</th>
                  ${counts.map((count) => html`<td>${count} <span class="share">${percent(count, statement.n)}</span></td>`)}
                </tr>
              </tbody>
            </table>
          </div>`
      : nothing}
  </figure>`;
}
