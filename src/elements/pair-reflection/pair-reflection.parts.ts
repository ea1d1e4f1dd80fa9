/**
 * How `<tp-pair-reflection>` draws the two partners' ratings: one 1–5 axis
 * per statement with each partner's mark labelled by the first letter of
 * the role (K/A in Finnish), and the same in words under it. Plain functions.
 */
import { html, svg, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { evaluationDefinitions, evaluationRoles, type EvaluationRole } from '../../schema/evaluation.js';
import { localize } from '../../internal/localization.js';

export const roleName = (role: EvaluationRole) => localize(evaluationDefinitions[role].subtitle ?? role);

/** The letter on a partner's mark: the first letter of the role in the current language. */
export const roleInitial = (role: EvaluationRole) => roleName(role).charAt(0).toLocaleUpperCase();

/** "K = Kokemustoimija, A = Ammattilainen": the key to the marks, shown once above the statements. */
export function markKey(roles: readonly EvaluationRole[]) {
  return html`<p class="mark-key">
    ${roles.map(
      (role, index) =>
        html`${index ? ', ' : nothing}<span class="mark-key-entry"
            ><span class="mark-sample mark--${role}" aria-hidden="true">${roleInitial(role)}</span> ${roleName(role)}</span
          >`,
    )}
  </p>`;
}

/**
 * The axis: the scale's values along a line, the experience expert's mark
 * above it and the professional's below, so equal ratings never hide each
 * other. Hidden from screen readers: `ratingWords` says the same.
 */
export function ratingAxis(ratings: Partial<Record<EvaluationRole, number>>, min: number, max: number) {
  const pad = 7;
  const x = (value: number) => pad + ((value - min) / Math.max(1, max - min)) * (100 - 2 * pad);
  const values = Array.from({ length: max - min + 1 }, (_, offset) => min + offset);
  const line = 40;
  const rows: Record<EvaluationRole, number> = { kokemustoimija: line - 20, ammattilainen: line + 20 };
  return html`<svg class="axis" part="axis" aria-hidden="true" focusable="false" width="100%" height="96">
    <line class="axis-line" x1="${pad}%" x2="${100 - pad}%" y1=${line} y2=${line}></line>
    ${values.map(
      (value) => svg`<line class="tick" x1="${x(value)}%" x2="${x(value)}%" y1=${line - 5} y2=${line + 5}></line>
        <text class="tick-label" x="${x(value)}%" y="88" text-anchor="middle">${value}</text>`,
    )}
    ${evaluationRoles.map((role) => {
      const value = ratings[role];
      if (value === undefined) return nothing;
      return svg`<line class="stem mark--${role}" x1="${x(value)}%" x2="${x(value)}%" y1=${rows[role]} y2=${line}></line>
        <circle class="mark mark--${role}" cx="${x(value)}%" cy=${rows[role]} r="13"></circle>
        <text class="mark-label" x="${x(value)}%" y=${rows[role]} dominant-baseline="central" text-anchor="middle">${roleInitial(role)}</text>`;
    })}
  </svg>`;
}

/** "Kokemustoimija: 2 · Ammattilainen: 5 · ero 3 pistettä", the text equivalent of the axis. */
export function ratingWords(ratings: Partial<Record<EvaluationRole, number>>, difference: number | undefined) {
  const parts = evaluationRoles.flatMap((role) =>
    ratings[role] === undefined ? [] : [`${roleName(role)}: ${ratings[role]}`],
  );
  if (difference === 0) parts.push(msg('sama arvio'));
  else if (difference !== undefined) parts.push(difference === 1 ? msg('ero 1 piste') : msg(str`ero ${difference} pistettä`));
  return html`<p class="rating-words">${parts.join(' · ')}</p>`;
}
