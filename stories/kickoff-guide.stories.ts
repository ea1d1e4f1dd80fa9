import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/kickoff-guide/kickoff-guide.js';
import { kickoffAgreementIds, kickoffQuestionIds, type KickoffRecord } from '../src/schema/index.js';

interface KickoffArgs {
  view: '' | 'all' | 'step' | 'print';
  autosave: '' | 'session' | 'local';
  value?: KickoffRecord;
}

const log = (event: CustomEvent) => console.log(event.type, event.detail);

const meta: Meta<KickoffArgs> = {
  title: 'Elements/Kickoff guide',
  component: 'tp-kickoff-guide',
  args: { view: '', autosave: '' },
  argTypes: {
    view: { control: 'inline-radio', options: ['', 'all', 'step', 'print'] },
    autosave: { control: 'inline-radio', options: ['', 'session', 'local'] },
    value: { control: false },
  },
  render: (args) =>
    html`<tp-kickoff-guide
      view=${args.view || nothing}
      autosave=${args.autosave || nothing}
      .value=${args.value}
      @tp-change=${log}
      @tp-submit=${log}
      @tp-error=${log}
    ></tp-kickoff-guide>`,
};
export default meta;

type Story = StoryObj<KickoffArgs>;

/** A record as the pair left it after the first half of their meeting. */
const partlyDone: KickoffRecord = {
  schema: 'tyopari/kickoff@1',
  locale: 'fi',
  savedAt: '2026-03-10T15:30:00.000Z',
  pair: { professional: 'Maija M.', experienceExpert: 'K. L.', group: 'Voimaa ja valoa -vertaisryhmä', meetingDate: '2026-03-10' },
  notes: {
    pair_1: 'Jokainen on oman elämänsä asiantuntija. Ohjaamme kuunnellen, emme neuvoen.',
    pair_2: 'Avoimuus, luottamus ja toisen kunnioittaminen.',
    pair_5: 'Osa ryhmäläisistä jännittää ryhmään tuloa: aloitetaan kevyesti.',
  },
  discussed: ['pair_1', 'pair_2', 'pair_3', 'pair_5'],
  agreements: {
    volunteerAndConfidentiality: { done: true, note: 'Sopimukset allekirjoitettu 10.3.' },
    challengingSituations: { done: false },
    planningAndDebrief: { done: false },
    practicalMatters: { done: false },
  },
};

/** Everything talked through and agreed. */
const complete: KickoffRecord = {
  ...partlyDone,
  notes: {
    ...partlyDone.notes,
    group_1: 'Ammattilainen vastaa ryhmän kokonaisuudesta, kokemustoimija tuo oman kokemuksensa.',
    group_2: 'Kokemustoimija ohjaa aloituskierroksen, ammattilainen tehtävät.',
    group_6: 'Sovittu merkki: katse ja nyökkäys, tauolla voi puhua.',
  },
  discussed: [...kickoffQuestionIds],
  agreements: Object.fromEntries(
    kickoffAgreementIds.map((id) => [id, { done: true, ...(id === 'practicalMatters' ? { note: 'Paikalla 30 min ennen ryhmää. Poissaoloista viesti.' } : {}) }]),
  ) as KickoffRecord['agreements'],
};

/** Nothing written yet: the guide as the pair opens it. */
export const Empty: Story = {};

/** Loaded back with `value` to go on: four questions discussed, one agreement made. */
export const PartlyDone: Story = { args: { value: partlyDone } };

/** All 16 discussed and agreed. "Tallenna yhteenveto" logs the record to the console. */
export const Complete: Story = { args: { value: complete } };

/** One question at a time, as on a phone: previous and next move focus to the new question. */
export const OneAtATime: Story = { args: { view: 'step', value: partlyDone } };

/**
 * The summary as it prints (`view="print"`): every question with the pair's notes and
 * the agreements, no controls, blank boxes for handwriting where nothing was written.
 * The browser's own print preview of any other story looks the same.
 */
export const PrintedView: Story = { args: { view: 'print', value: partlyDone } };

/** A host gave something that is not a kickoff record: the guide says so and keeps working. */
export const InvalidValue: Story = {
  render: () => html`<tp-kickoff-guide
    .value=${{ schema: 'tyopari/kickoff@2', notes: { pair_9: 'x' } }}
    @tp-error=${log}
  ></tp-kickoff-guide>`,
};

/** Types into a notes field the way a user does, so the guide hears the edit. */
function typeNote(guide: Element, id: string, text: string) {
  const field = guide.shadowRoot!.getElementById(id) as HTMLTextAreaElement;
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/**
 * A personal identity code typed into a note: the field says so at once and
 * "Tallenna yhteenveto" lists it in the error summary. The note is kept as typed.
 */
export const IdentityCodeInNotes: Story = {
  play: async ({ canvasElement }) => {
    const guide = canvasElement.querySelector('tp-kickoff-guide')!;
    await guide.updateComplete;
    typeNote(guide, 'notes-pair_5', 'Ryhmäläinen 131052-308T tarvitsee kuljetuksen.');
    await guide.updateComplete;
    guide.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await guide.updateComplete;
  },
};

/**
 * With `autosave`, notes survive a reload of the page: the story writes a note,
 * then creates the guide again, which restores the draft and says so. "Poista
 * luonnos" empties it.
 */
export const DraftRestored: Story = {
  args: { autosave: 'session' },
  play: async ({ canvasElement }) => {
    sessionStorage.clear();
    const first = canvasElement.querySelector('tp-kickoff-guide')!;
    await first.updateComplete;
    typeNote(first, 'notes-pair_1', 'Jokainen on oman elämänsä asiantuntija.');
    await first.updateComplete;
    const again = document.createElement('tp-kickoff-guide');
    again.setAttribute('autosave', 'session');
    first.replaceWith(again);
    await again.updateComplete;
  },
};
