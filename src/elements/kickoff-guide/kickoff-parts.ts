/**
 * Render pieces of `<tp-kickoff-guide>`: plain functions of their data, so the
 * element file keeps only state and events. Each piece renders for the screen
 * and, where a control would print badly, a `print-only` twin with the text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { isBlank } from '../../schema/invisible.js';
import type { KickoffAnswers, KickoffGuide, KickoffPairField } from '../../schema/kickoff.js';
import { kickoffLimits } from '../../schema/kickoff.js';
import { checkboxField, textField } from '../../internal/form-parts.js';
import { formatDay, localize } from '../../internal/localization.js';

/** One thing the pair goes through — a question or an agreement — and one step in step view. */
export interface GuideItem {
  kind: 'question' | 'agreement';
  id: string;
  sectionId: string;
  /** Its number within its section, as in the source. */
  number: number;
  text: string;
  note?: string | undefined;
}

/** Every question and agreement of `guide`, in order. */
export function guideItems(guide: KickoffGuide): GuideItem[] {
  const questions = guide.sections.flatMap((section) =>
    section.questions.map((question, index) => ({
      kind: 'question' as const,
      id: question.id,
      sectionId: section.id,
      number: index + 1,
      text: question.text,
      note: question.note,
    })),
  );
  const agreements = guide.agreements.items.map((agreement, index) => ({
    kind: 'agreement' as const,
    id: agreement.id,
    sectionId: 'agreements',
    number: index + 1,
    text: agreement.text,
  }));
  return [...questions, ...agreements];
}

/**
 * The source's introduction of the pair-work model, in its order: the basic
 * idea, the credit line (Voimaa ja valoa elämään, ESR+), the two principles,
 * and the professional's overall responsibility under its own chapter's
 * heading. The source has it before "Yhteistyön käynnistäminen": rendered
 * before the guide's own heading, it takes `level` 2, a sibling of that
 * heading; under it, 3.
 */
export function modelIntro(guide: KickoffGuide, level: 2 | 3 = 3): TemplateResult {
  const { model, responsibility } = guide;
  const title = localize(model.title);
  const subtitle = localize(responsibility.title);
  return html`<section class="model" part="intro" aria-labelledby="model-title">
    ${level === 2
      ? html`<h2 class="section-title" id="model-title">${title}</h2>`
      : html`<h3 class="section-title" id="model-title">${title}</h3>`}
    ${model.paragraphs.map((paragraph) => html`<p>${localize(paragraph)}</p>`)}
    <p>${localize(model.respect.text)}</p>
    <ul>
      ${model.respect.points.map((point) => html`<li>${localize(point)}</li>`)}
    </ul>
    <p>${localize(model.summary)}</p>
    <div class="responsibility">
      ${level === 2
        ? html`<h3 class="responsibility-title">${subtitle}</h3>`
        : html`<h4 class="responsibility-title">${subtitle}</h4>`}
      ${responsibility.paragraphs.map((paragraph) => html`<p>${localize(paragraph)}</p>`)}
    </div>
  </section>`;
}

const pairLabels = (): Record<KickoffPairField, string> => ({
  professional: msg('Ammattilaisen nimi tai nimikirjaimet'),
  experienceExpert: msg('Kokemustoimijan nimi tai nimikirjaimet'),
  group: msg('Ryhmä tai toiminta'),
  meetingDate: msg('Tapaamisen päivämäärä'),
});

/** The label a field's DOM id goes by in the error summary. */
export function pairFieldLabel(field: KickoffPairField): string {
  return pairLabels()[field];
}

/** Names or initials of the pair, the group and the meeting date: all optional. */
export function pairDetails(
  pair: KickoffAnswers['pair'],
  errors: Map<string, string>,
  onEdit: EditHandler,
): TemplateResult {
  const labels = pairLabels();
  const field = (name: KickoffPairField, maxLength?: number) =>
    textField({
      id: `pair-${name}`,
      label: labels[name],
      value: pair[name],
      maxLength,
      type: name === 'meetingDate' ? 'date' : 'text',
      error: errors.get(`pair-${name}`),
      onInput: (value) => onEdit(`pair.${name}`, value),
    });
  return html`<fieldset class="pair" part="pair">
    <legend class="pair-legend">${msg('Työpari ja ryhmä')}</legend>
    <div class="pair-fields">
      ${field('professional', kickoffLimits.name)} ${field('experienceExpert', kickoffLimits.name)}
      ${field('group', kickoffLimits.group)} ${field('meetingDate')}
    </div>
    <dl class="print-only pair-print">
      ${(Object.keys(labels) as KickoffPairField[]).map(
        (name) =>
          html`<div>
            <dt>${labels[name]}</dt>
            <dd>${pair[name] ? (name === 'meetingDate' ? formatDay(pair[name]) : pair[name]) : '—'}</dd>
          </div>`,
      )}
    </dl>
  </fieldset>`;
}

/** Sends one edit, named by its path in the record (`notes.pair_1`, `agreements.practicalMatters.done`). */
export type EditHandler = (path: string, value: string | boolean) => void;

/** The DOM id of the control that edits `path`. */
export const fieldId = (path: string) => path.replaceAll('.', '-');

export interface ItemCardOptions {
  item: GuideItem;
  checked: boolean;
  notes: string;
  errors: Map<string, string>;
  /** Hidden on screen in step view (still printed). */
  offStep: boolean;
  onEdit: EditHandler;
}

/** A question or agreement: its text and note, the pair's notes and the discussed / agreed tick. */
export function itemCard(o: ItemCardOptions): TemplateResult {
  const { item } = o;
  const isQuestion = item.kind === 'question';
  const notesPath = isQuestion ? `notes.${item.id}` : `agreements.${item.id}.note`;
  const checkPath = isQuestion ? `discussed.${item.id}` : `agreements.${item.id}.done`;
  const checkLabel = isQuestion ? msg('Käsitelty') : msg('Sovittu');
  const openLabel = isQuestion ? msg('Ei vielä käsitelty') : msg('Ei vielä sovittu');
  return html`<fieldset
    class="item ${o.offStep ? 'off-step' : ''} ${o.checked ? 'item--done' : ''}"
    part="question"
    data-item=${item.id}
    data-kind=${isQuestion ? 'notes' : 'agreements'}
  >
    <legend class="item-legend">
      <h4 class="item-title" id="${item.id}-title" tabindex="-1">
        <span class="item-number">${item.number}. </span>${localize(item.text)}
      </h4>
    </legend>
    ${item.note ? html`<p class="item-note">${localize(item.note)}</p>` : nothing}
    ${textField({
      id: fieldId(notesPath),
      label: msg('Muistiinpanot'),
      // The guide speaks to the pair together ("te"), so the plural.
      hint: msg('Älkää kirjoittako asiakkaiden tai ryhmäläisten tunnistettavia tietoja.'),
      value: o.notes,
      multiline: true,
      maxLength: kickoffLimits.note,
      error: o.errors.get(fieldId(notesPath)),
      onInput: (value) => o.onEdit(notesPath, value),
    })}
    ${checkboxField({
      id: fieldId(checkPath),
      label: checkLabel,
      checked: o.checked,
      onChange: (checked) => o.onEdit(checkPath, checked),
    })}
    <p class="print-only print-status">${o.checked ? html`✓ ${checkLabel}` : openLabel}</p>
    <div class="print-only print-notes ${isBlank(o.notes) ? 'print-notes--blank' : ''}">${o.notes.trim()}</div>
  </fieldset>`;
}

export interface GuideSectionOptions {
  id: string;
  title: string;
  intro?: string;
  /** Hidden on screen in step view when the current item is in another section. */
  offStep: boolean;
  cards: TemplateResult[];
}

/** A titled group of questions or the agreements. */
export function guideSection(o: GuideSectionOptions): TemplateResult {
  return html`<section class="section ${o.offStep ? 'off-step' : ''}" aria-labelledby="${o.id}-heading">
    <h3 class="section-title" id="${o.id}-heading">${localize(o.title)}</h3>
    ${o.intro ? html`<p class="hint">${o.intro}</p>` : nothing} ${o.cards}
  </section>`;
}

/** "7 / 16 käsitelty", as text and as a bar; the text is announced politely when it changes. */
export function progress(done: number, total: number): TemplateResult {
  return html`<div class="progress" part="progress">
    <p class="progress-text" id="progress-text" aria-live="polite">${msg(str`${done} / ${total} käsitelty`)}</p>
    <progress max=${total} .value=${done} aria-labelledby="progress-text"></progress>
  </div>`;
}

/** All questions at once, or one at a time. */
export function viewSwitch(view: 'step' | 'all', onChange: (view: 'step' | 'all') => void): TemplateResult {
  const option = (value: 'step' | 'all', label: string) =>
    html`<div class="radio-row">
      <input
        type="radio"
        id="view-${value}"
        name="view"
        value=${value}
        .checked=${live(view === value)}
        @change=${() => onChange(value)}
      />
      <label for="view-${value}">${label}</label>
    </div>`;
  return html`<fieldset class="view-switch" part="view-switch">
    <legend class="view-legend">${msg('Näytä kysymykset')}</legend>
    <div class="view-options">${option('all', msg('Kaikki kerralla'))} ${option('step', msg('Yksi kerrallaan'))}</div>
  </fieldset>`;
}

/** Previous / next in step view, with "Kohta 3 / 16" between them. */
export function stepNav(index: number, total: number, onMove: (delta: -1 | 1) => void): TemplateResult {
  const position = index + 1;
  return html`<nav class="step-nav" part="step-nav" aria-label=${msg('Siirry kohdasta toiseen')}>
    <p class="step-position">${msg(str`Kohta ${position} / ${total}`)}</p>
    <div class="step-buttons">
      <button type="button" class="button button--secondary" ?disabled=${index === 0} @click=${() => onMove(-1)}>
        <span aria-hidden="true">←</span> ${msg('Edellinen')}
      </button>
      <button type="button" class="button button--secondary" ?disabled=${position === total} @click=${() => onMove(1)}>
        ${msg('Seuraava')} <span aria-hidden="true">→</span>
      </button>
    </div>
  </nav>`;
}

/** Shown when the host's `value` was not a saved kickoff record; what is on screen stays. */
export function loadError(): TemplateResult {
  return html`<div class="error-summary" part="load-error" role="alert">
    <h3 class="error-summary-title">${msg('Tallennettua yhteenvetoa ei voitu avata')}</h3>
    <p>${msg('Yhteenvedon tiedoissa on virhe. Lomakkeella olevat tiedot eivät muuttuneet. Ota yhteyttä sivuston ylläpitäjään.')}</p>
  </div>`;
}
