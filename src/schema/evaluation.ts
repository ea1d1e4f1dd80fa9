/**
 * The two evaluation forms of pair work, word for word from the source
 * document "Työparityöskentelyn arviointilomake" (kokemustoimija and
 * ammattilainen; shared/seeds/000). Section A is shared; section B and its
 * open questions are role-specific. Ids follow the paper numbering and never
 * change meaning.
 *
 * Deliberate edits to the source text (tests/source-texts.test.ts checks
 * that each one is listed here):
 * - "Arvio seuraavia" → "Arvioi seuraavia" (a typo in the kokemustoimija form;
 *   the ammattilainen form has it right).
 * - "lisäänty" → "lisääntyi" (kokemustoimija B4, a typo).
 * - "A kohdasta" → "A-kohdasta" and "B osion" → "B-osion" (a compound of a
 *   letter and a word takes a hyphen).
 * - "Miksi / miksi et?" of kokemustoimija's last open question is joined to
 *   its question on one line, as in the ammattilainen form.
 */
import type { Item, Questionnaire } from './questionnaire.js';
import { agreementScale } from './scale.js';

export const evaluationRoles = ['kokemustoimija', 'ammattilainen'] as const;
export type EvaluationRole = (typeof evaluationRoles)[number];

export function isEvaluationRole(value: unknown): value is EvaluationRole {
  return evaluationRoles.includes(value as EvaluationRole);
}

// Written with every default filled in, so the elements can render a built-in
// form without running zod first (zod loads only to check a host's definition).
const likert = (id: string, text: string): Item => ({ kind: 'likert', id, text, required: true });
const open = (id: string, text: string): Item => ({
  kind: 'text',
  id,
  text,
  required: false,
  multiline: true,
  maxLength: 4000,
});

/**
 * The source's reminder that the pair goes through the answers together. It
 * ends the introduction and is said again after sending, as one text with
 * one translation, so it is a paragraph of its own.
 */
/**
 * The fewest answers a summary of evaluations shows numbers for: a filter that
 * leaves fewer shows counts only, so it cannot single out one person.
 */
export const DEFAULT_MIN_N = 3;

export const goThroughAnswersTogether = 'Täyttämisen jälkeen vastaukset käydään läpi yhdessä keskustellen.';

const intro = [
  'Tämän arviointilomakkeen tarkoituksena on arvioida yhteistyön onnistumista, työparityöskentelyn hyötyjä sekä kehittämistarpeita. Vastauksia voidaan hyödyntää toiminnan kehittämisessä.',
  'Molemmat työparityöskentelyn osapuolet täyttävät oman arviointilomakkeensa. Molemmissa lomakkeissa A-kohdasta löytyvät samat, mutta B-osion kysymykset ovat yksilöidyt.',
  goThroughAnswersTogether,
];

const sectionA = {
  id: 'a',
  title: 'Osio A',
  intro: 'Arvioi seuraavia väittämiä asteikolla 1-5',
  items: [
    likert('a1', 'Yhteiset tavoitteet olivat selkeät'),
    likert('a2', 'Roolit ja vastuut olivat selkeät'),
    likert('a3', 'Yhteistyö oli tasavertaista'),
    likert('a4', 'Vuorovaikutus työparin kanssa oli toimivaa'),
    likert('a5', 'Minua kuultiin ja arvostettiin yhteistyössä'),
    likert('a6', 'Yhteinen suunnittelu sujui hyvin'),
    likert('a7', 'Yhteinen toteutus sujui hyvin'),
    likert('a8', 'Työparityöskentelystä oli hyötyä ryhmälle/toiminnalle'),
    likert('a9', 'Haluaisin tehdä vastaavaa yhteistyötä uudelleen'),
    open('a_open_1', 'Mikä yhteistyössä onnistui erityisen hyvin?'),
    open('a_open_2', 'Mitkä asiat olivat yhteistyössä haastavia?'),
    open('a_open_3', 'Mitä kehittäisit tulevaisuutta varten?'),
  ],
};

const sectionB: Record<EvaluationRole, Item[]> = {
  kokemustoimija: [
    likert('b1', 'Työparityöskentely vahvisti uskoani omiin kykyihini'),
    likert('b2', 'Koin osaamiseni tärkeäksi ja hyödylliseksi'),
    likert('b3', 'Sain käyttää kokemustani merkityksellisellä tavalla'),
    likert('b4', 'Rohkeuteni osallistua ja vaikuttaa lisääntyi'),
    likert('b5', 'Työparityöskentely lisäsi osallisuuden kokemustani'),
    likert('b6', 'Toiminta tuki tulevaisuuden valmiuksiani (esim. työ, opiskelu, vapaaehtoisuus)'),
    open('b_open_1', 'Mitä työparityöskentely antoi sinulle henkilökohtaisesti?'),
    open('b_open_2', 'Miten yhteistyö vahvisti toimijuuttasi tai osallisuuttasi?'),
    open('b_open_3', 'Mitä opit itsestäsi tämän kokemuksen kautta?'),
    open('b_open_4', 'Suositteletko tällaista työparimallia muille kokemustoimijoille? Miksi / miksi et?'),
  ],
  ammattilainen: [
    likert('b1', 'Kokemustoimijan mukanaolo toi lisäarvoa toimintaan'),
    likert('b2', 'Yhteistyö lisäsi ymmärrystäni osallistujien arjesta'),
    likert('b3', 'Työparityöskentely kehitti omaa ammatillista osaamistani'),
    likert('b4', 'Haluaisin hyödyntää työparityöskentelyä jatkossa'),
    open('b_open_1', 'Mitä opit työparityöskentelyn kautta kokemustoimijalta?'),
    open('b_open_2', 'Miten yhteistyö vaikutti omaan työskentelyysi tai ajatteluusi ammattilaisena?'),
    open('b_open_3', 'Mitä huomioisit jatkossa vastaavaa yhteistyötä toteuttaessa?'),
    open('b_open_4', 'Suositteletko tällaista työparimallia muille ammattilaisille? Miksi/miksi et?'),
  ],
};

const subtitles: Record<EvaluationRole, string> = {
  kokemustoimija: 'Kokemustoimija',
  ammattilainen: 'Ammattilainen',
};

function evaluationDefinition(role: EvaluationRole): Questionnaire {
  return {
    id: `evaluation-${role}`,
    version: 1,
    title: 'Työparityöskentelyn arviointilomake',
    subtitle: subtitles[role],
    intro,
    notice: 'HUOM! Kysythän luvan, jos haluat käyttää suoria lainauksia raporteissa tai viestinnässä.',
    scale: agreementScale,
    details: [
      {
        kind: 'text',
        id: 'activityType',
        text: 'Toiminnan muoto',
        hint: 'Esimerkiksi vertaistukiryhmä tai yksilötapaaminen.',
        required: true,
        multiline: false,
        maxLength: 200,
      },
      {
        kind: 'text',
        id: 'duration',
        text: 'Yhteistyön kesto',
        hint: 'Esimerkiksi 3 kuukautta tai 10 tapaamista.',
        required: true,
        multiline: false,
        maxLength: 200,
      },
    ],
    sections: [sectionA, { id: 'b', title: 'Osio B', items: sectionB[role] }],
    consents: [
      {
        kind: 'consent',
        id: 'quotePermission',
        text: 'Vastauksiani saa lainata suoraan raporteissa tai viestinnässä.',
        hint: 'Jos et rastita kohtaa, vastauksiasi ei lainata suoraan.',
        required: false,
      },
    ],
  };
}

/** The built-in definitions, one per role. */
export const evaluationDefinitions: Record<EvaluationRole, Questionnaire> = {
  kokemustoimija: evaluationDefinition('kokemustoimija'),
  ammattilainen: evaluationDefinition('ammattilainen'),
};
