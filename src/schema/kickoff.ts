/**
 * The kickoff discussion of a new pair, word for word from the source document
 * "Työparityöskentely" (shared/seeds/000), chapter "Yhteistyön
 * käynnistäminen", with the source's own introduction of the pair-work model
 * ("Työparityöskentelyn perusidea", which comes before it in the source) and
 * its paragraph on the professional's overall responsibility (chapter
 * "Kohderyhmä ja asiakasymmärrys"), each under its own chapter's heading.
 *
 * Deliberate edits to the source text (tests/source-texts.test.ts checks that
 * each one is listed here):
 * - "molemmiin puoliseen" → "molemminpuoliseen" (a typo).
 * - "mm. Saapuminen" → "mm. saapuminen" (a capital letter mid-sentence).
 * - Headings lose their colons: "perusidea:" → "perusidea",
 *   "asiakasymmärrys:" → "asiakasymmärrys", "keskustellen:" → "keskustellen"
 *   (both question headings), "asioita:" → "asioita".
 * - Group question 1's parenthesised remark is shown as the question's note,
 *   without its parentheses: "? (Ammattilaisen" → "? Ammattilaisen",
 *   "tarkoittaa.)" → "tarkoittaa."
 * - Group question 2's last sentence, "Kokemustoimijalla on lupa olla myös
 *   vertainen.", is shown as its note: said there only, once, as in the source.
 * The title page's "Ammatillisella on kokonaisvastuu" is not used: it is no
 * heading of the paragraph shown here.
 *
 * Stable ids (they never change meaning; a saved record refers to them):
 * - `pair_1` … `pair_5`: "Työparin kanssa yhdessä keskustellen", questions 1–5.
 * - `group_1` … `group_7`: "Ryhmän ohjauksessa huomioitavia asioita keskustellen", questions 1–7.
 * - Agreements ("Muita huomioitavia asioita", items 1–4):
 *   `volunteerAndConfidentiality` (volunteer and confidentiality agreements),
 *   `challengingSituations` (a joint plan for challenging situations),
 *   `planningAndDebrief` (joint planning and debrief meetings),
 *   `practicalMatters` (arriving before the group, absences and other practical matters).
 */
import type { KickoffAnswers, KickoffRecord } from './kickoff-record.js';
export type { KickoffAnswers, KickoffParseResult, KickoffRecord } from './kickoff-record.js';

export const kickoffQuestionIds = [
  'pair_1',
  'pair_2',
  'pair_3',
  'pair_4',
  'pair_5',
  'group_1',
  'group_2',
  'group_3',
  'group_4',
  'group_5',
  'group_6',
  'group_7',
] as const;
export type KickoffQuestionId = (typeof kickoffQuestionIds)[number];

export const kickoffAgreementIds = [
  'volunteerAndConfidentiality',
  'challengingSituations',
  'planningAndDebrief',
  'practicalMatters',
] as const;
export type KickoffAgreementId = (typeof kickoffAgreementIds)[number];

export interface KickoffQuestion {
  id: KickoffQuestionId;
  text: string;
  /** The source's explanation under the question. */
  note?: string;
}

export interface KickoffSection {
  id: 'pair' | 'group';
  title: string;
  questions: KickoffQuestion[];
}

export interface KickoffAgreement {
  id: KickoffAgreementId;
  text: string;
}

export interface KickoffGuide {
  id: 'kickoff';
  version: 1;
  title: string;
  intro: string;
  /** The basic idea of the model ("Työparityöskentelyn perusidea"), in the source's order. */
  model: {
    title: string;
    /** The basic idea, then the source's credit line (Voimaa ja valoa elämään, ESR+). */
    paragraphs: string[];
    /** The sentence that leads into the two principles, and the principles. */
    respect: { text: string; points: string[] };
    summary: string;
  };
  /**
   * The professional's overall responsibility while the kokemustoimija is a
   * volunteer: the source's chapter "Kohderyhmä ja asiakasymmärrys".
   */
  responsibility: { title: string; paragraphs: string[] };
  sections: KickoffSection[];
  agreements: { title: string; items: KickoffAgreement[] };
}

export const kickoffGuide: KickoffGuide = {
  id: 'kickoff',
  version: 1,
  title: 'Yhteistyön käynnistäminen',
  intro:
    'Työparityöskentely käynnistetään yhteisellä tapaamisella, jonka tavoitteena on luoda pohjaa yhteistyölle. Kysymykset on hyvä käydä läpi rauhassa keskustellen ja ajatuksia vaihtaen.',
  model: {
    title: 'Työparityöskentelyn perusidea',
    paragraphs: [
      'Työparimallissa yhteistyötä toteuttavat kokemustoimija ja sosiaali- ja terveysalan ammattilainen. Työparimallissa luodaan toimiva ja turvallinen pohja yhteistyölle. Siinä yhdistyvät kokemustoimijan ja ammattilaisen erilaiset asiantuntijuudet vertaisryhmään osallistujien hyödyksi. Lisäksi työparimallin avulla voidaan vahvistaa kohderyhmään kuuluvan vertaisohjaajan osallisuuden kokemusta.',
      'Työparimalli on kehitetty ja testattu Voimaa ja valoa elämään -hankkeessa (ESR+). Hankkeen aikana mallia hyödynnettiin vertaistukiryhmissä, mutta sitä voi soveltaa myös muissa toiminnoissa.',
    ],
    respect: {
      text: 'Työparimalli perustuu molemminpuoliseen kunnioitukseen, jossa:',
      points: [
        'ammattilaisella on kokonaisvastuu toiminnasta ja prosessista',
        'kokemustoimija tuo mukaan oman kokemuksensa vahvistaen vertaistukea',
      ],
    },
    summary: 'Toimiva ja turvallinen yhteistyö rakentuu yhteisen suunnittelun, tekemisen ja reflektion kautta.',
  },
  responsibility: {
    title: 'Kohderyhmä ja asiakasymmärrys',
    paragraphs: [
      'Työparimallia on testattu täysi-ikäisten kokemustoimijoiden kanssa. Kokemustoimijan ja ammattilaisen tasavertaisessa työparisuhteessa osaamiset täydentävät toisiaan. On tärkeä huomioida, että kokemustoimija toimii vapaaehtoisena, jolloin kokonaisvastuu prosessista on ammattilaisella. Samalla työskentelyssä korostuu joustavuus ja herkkyys huomioida kokemustoimijan elämäntilanne.',
    ],
  },
  sections: [
    {
      id: 'pair',
      title: 'Työparin kanssa yhdessä keskustellen',
      questions: [
        { id: 'pair_1', text: 'Millainen ihmiskäsityksesi on? Miten se vaikuttaa ryhmän ohjaukseen?' },
        { id: 'pair_2', text: 'Millaiset arvot ohjaavat toimintaasi?' },
        { id: 'pair_3', text: 'Millainen ryhmänohjaaja olet? Millainen toivot olevasi juuri tässä ryhmässä?' },
        { id: 'pair_4', text: 'Mitä pidät tärkeänä ohjaamisessa?' },
        { id: 'pair_5', text: 'Mitä meidän on tärkeä huomioida tämän ryhmän kohdalla?' },
      ],
    },
    {
      id: 'group',
      title: 'Ryhmän ohjauksessa huomioitavia asioita keskustellen',
      questions: [
        {
          id: 'group_1',
          text: 'Millaisia ajatuksia sinulla on rooleistamme?',
          note: 'Ammattilaisen ja kokemustoimijan roolit ovat erilaiset, joten on hyvä käydä keskustelua siitä, mitä se käytännössä tarkoittaa.',
        },
        {
          id: 'group_2',
          text: 'Millaista työnjakoa haluat tehdä ryhmätapaamisten osalta? Esimerkiksi tehtävien ohjaus tms.',
          note: 'Kokemustoimijalla on lupa olla myös vertainen.',
        },
        { id: 'group_3', text: 'Miten toivot, että erilaiset roolit avataan ryhmäläisille?' },
        {
          id: 'group_4',
          text: 'Jos ryhmään tulee tuttuja, miten toivot, että tilanne käsitellään? Millaisia ajatuksia sinulle herää tästä?',
        },
        { id: 'group_5', text: 'Mitä ajatuksia ja tunteita kokemustoimijana olo vertaisryhmässä herättää sinussa?' },
        { id: 'group_6', text: 'Miten kommunikoit, jos tarvitset apua/tukea/rohkaisua tms.?' },
        { id: 'group_7', text: 'Onko jotakin sellaista, mitä minun (ammattilaisen) on hyvä tietää?' },
      ],
    },
  ],
  agreements: {
    title: 'Muita huomioitavia asioita',
    items: [
      {
        id: 'volunteerAndConfidentiality',
        text: 'Vapaaehtoistyön- ja salassapitosopimukset oman organisaation ohjeiden mukaisesti.',
      },
      { id: 'challengingSituations', text: 'Yhteinen toimintasuunnitelma haastaviin tilanteisiin ryhmätapaamisten aikana.' },
      { id: 'planningAndDebrief', text: 'Yhteisistä suunnittelu- ja purkutapaamisista sopiminen.' },
      { id: 'practicalMatters', text: 'Käytännön asioista sopiminen, mm. saapuminen ennen ryhmäläisiä, poissaolot yms.' },
    ],
  },
};

/** Every question of the guide in the order it is shown. */
export function kickoffQuestions(guide: KickoffGuide = kickoffGuide): KickoffQuestion[] {
  return guide.sections.flatMap((section) => section.questions);
}

// ---------------------------------------------------------------------------
// What the pair writes down, and the record `<tp-kickoff-guide>` saves.

export const KICKOFF_SCHEMA = 'tyopari/kickoff@1';

/** The longest text each field takes (the text areas and inputs use the same limits). */
export const kickoffLimits = { name: 100, group: 200, note: 4000 } as const;

export const kickoffPairFields = ['professional', 'experienceExpert', 'group', 'meetingDate'] as const;
export type KickoffPairField = (typeof kickoffPairFields)[number];

export const emptyKickoffAnswers = (): KickoffAnswers => ({
  pair: { professional: '', experienceExpert: '', group: '', meetingDate: '' },
  notes: {},
  discussed: [],
  agreements: {},
});

/**
 * Applies one edit to the answers. The edit is named by its path in the record,
 * the same `id` that `tp-change` reports: `pair.group`, `notes.pair_1`,
 * `discussed.pair_1` (true/false), `agreements.practicalMatters.done`
 * (true/false), `agreements.practicalMatters.note`. An unknown path or a value
 * of the wrong type changes nothing.
 */
export function editKickoffAnswers(answers: KickoffAnswers, path: string, value: string | boolean): KickoffAnswers {
  const [group, id, key] = path.split('.');
  const text = typeof value === 'string' ? value : undefined;
  const flag = typeof value === 'boolean' ? value : undefined;
  if (group === 'pair' && text !== undefined && kickoffPairFields.includes(id as KickoffPairField)) {
    return { ...answers, pair: { ...answers.pair, [id!]: text } };
  }
  if (group === 'notes' && text !== undefined && kickoffQuestionIds.includes(id as KickoffQuestionId)) {
    return { ...answers, notes: { ...answers.notes, [id!]: text } };
  }
  if (group === 'discussed' && flag !== undefined && kickoffQuestionIds.includes(id as KickoffQuestionId)) {
    const others = answers.discussed.filter((other) => other !== id);
    return { ...answers, discussed: flag ? [...others, id as KickoffQuestionId] : others };
  }
  if (group === 'agreements' && kickoffAgreementIds.includes(id as KickoffAgreementId)) {
    const current = answers.agreements[id as KickoffAgreementId] ?? { done: false, note: '' };
    if (key === 'done' && flag !== undefined) {
      return { ...answers, agreements: { ...answers.agreements, [id!]: { ...current, done: flag } } };
    }
    if (key === 'note' && text !== undefined) {
      return { ...answers, agreements: { ...answers.agreements, [id!]: { ...current, note: text } } };
    }
  }
  return answers;
}

/** A saved record as answers the guide can show and go on editing. */
export function kickoffAnswersFromRecord(record: KickoffRecord): KickoffAnswers {
  const answers = emptyKickoffAnswers();
  return {
    pair: { ...answers.pair, ...record.pair },
    notes: { ...record.notes },
    discussed: [...record.discussed],
    agreements: Object.fromEntries(
      kickoffAgreementIds.map((id) => [id, { done: record.agreements[id].done, note: record.agreements[id].note ?? '' }]),
    ),
  };
}
