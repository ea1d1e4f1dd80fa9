/**
 * The pair request (työparipyyntö): a municipal contact person asks the pair
 * team for a work pair for a client, after asking the client's permission.
 * The source is the slides on the Lapland elderly-care pilot
 * (shared/seeds/003, "Työparipyyntö" and "Mitä ovat ikääntyneiden haastavat
 * elämäntilanteet?"); every text taken from them says so where it stands, with
 * each deliberate edit. The rest is our own wording and says so too. The
 * slides describe the process (an offer within 5 days, a visit about 2 weeks
 * after the request) only for elderly care (the default field of work), so
 * only elderly care promises days; another field of work says what happens
 * next without dates (see `PairRequestFieldOfWork`). The slides ask whether
 * an online request is too hard a threshold, so the form is short: five
 * groups, mostly ticks, one required free text.
 *
 * Ids are stable: they are the keys of the `tyopari/pair-request@1` payload.
 */
import type { PairRequestPromise } from './pair-request-payload.js';
import type { LocalizedText } from './text.js';

export interface PairRequestOption {
  id: string;
  label: LocalizedText;
}

interface FieldBase {
  id: string;
  label: LocalizedText;
  hint?: LocalizedText;
  required: boolean;
}

/** A tick the user gives for a permission; unticked means no. */
export interface PairRequestConsentField extends FieldBase {
  kind: 'consent';
}

/** One line or a text area. `privacy` adds the reminder not to write names, codes or diagnoses. */
export interface PairRequestTextField extends FieldBase {
  kind: 'text';
  multiline: boolean;
  maxLength: number;
  privacy: boolean;
  format?: 'phone' | 'email';
  autocomplete?: string;
}

/** One option of several (radio buttons). */
export interface PairRequestChoiceField extends FieldBase {
  kind: 'choice';
  options: PairRequestOption[];
}

/** Any number of options (checkboxes); `required` means at least one. */
export interface PairRequestCheckboxesField extends FieldBase {
  kind: 'checkboxes';
  options: PairRequestOption[];
}

/** A calendar day; `allowed` keeps it on the right side of today. */
export interface PairRequestDateField extends FieldBase {
  kind: 'date';
  allowed: 'todayOrEarlier' | 'todayOrLater';
}

/** Two optional days, from and to; the second may not be before the first. */
export interface PairRequestDateRangeField {
  kind: 'dateRange';
  id: string;
  label: LocalizedText;
  hint?: LocalizedText;
  from: PairRequestDateField;
  to: PairRequestDateField;
}

export type PairRequestField =
  | PairRequestConsentField
  | PairRequestTextField
  | PairRequestChoiceField
  | PairRequestCheckboxesField
  | PairRequestDateField
  | PairRequestDateRangeField;

/** A field that holds one answer (a date range holds two). */
export type PairRequestAnswerField = Exclude<PairRequestField, PairRequestDateRangeField>;

export interface PairRequestSection {
  id: string;
  title: LocalizedText;
  intro?: LocalizedText;
  fields: PairRequestField[];
}

/**
 * A step of what happens after sending; `date` names the payload date shown
 * with it, which is there only when the definition promises it (`offerDays`,
 * `visitDays`).
 */
export interface PairRequestNextStep {
  id: string;
  text: LocalizedText;
  date?: 'offerDueBy' | 'expectedVisitFrom';
}

export interface PairRequestDefinition {
  id: string;
  version: number;
  title: LocalizedText;
  intro: LocalizedText[];
  /** Said under every free-text field. */
  privacyHint: LocalizedText;
  sections: PairRequestSection[];
  /** What happens after sending, in order. */
  nextSteps: PairRequestNextStep[];
  /**
   * The pair team promises to offer a pair within this many days of the
   * request. Only then does the payload carry `offerDueBy`. Leave it out
   * where no such promise is made.
   */
  offerDays?: number;
  /**
   * The pair visits about this many days after the request. Only then does
   * the payload carry `expectedVisitFrom`.
   */
  visitDays?: number;
}

/**
 * How the client gave permission: in person, by phone, or through a
 * representative. Our own wording, not the source's (the slides say only that
 * the contact person asks the client). "Asiakkaan edustajan kautta" is kept on
 * purpose: an older client with a memory disorder may give permission through
 * a guardian or another representative, and the worker must be able to say so.
 */
export const consentMethodOptions = [
  { id: 'in-person', label: 'Kasvokkain' },
  { id: 'phone', label: 'Puhelimessa' },
  { id: 'representative', label: 'Asiakkaan edustajan kautta' },
] as const satisfies readonly PairRequestOption[];
export type ConsentMethod = (typeof consentMethodOptions)[number]['id'];

/**
 * The first five: the slide "Mitä ovat ikääntyneiden haastavat
 * elämäntilanteet?", word for word. The next three are not source text: the
 * slide adds them only as a tentative side note ("Yksinäisyys, ystävyys- ja
 * perhesuhteet, asuminen?"). They are kept, split into three options, because
 * the pilot grew from concern for lonely older people and a municipal worker
 * needs somewhere to tick them. "Muu" is ours.
 */
export const situationOptions = [
  { id: 'mentalHealth', label: 'Mielenterveys ja sen häiriöt' },
  { id: 'memoryDisorders', label: 'Muistihäiriöt ja dementia' },
  { id: 'elderAbuse', label: 'Ikääntyvien kaltoinkohtelu' },
  { id: 'ageingWithDisability', label: 'Vammaisena vanheneminen' },
  { id: 'alcoholUse', label: 'Alkoholin käyttö' },
  { id: 'loneliness', label: 'Yksinäisyys' },
  { id: 'relationships', label: 'Ystävyys- ja perhesuhteet' },
  { id: 'housing', label: 'Asuminen' },
  { id: 'other', label: 'Muu' },
] as const satisfies readonly PairRequestOption[];

/**
 * Child protection has no such list in the sources. These are the slides'
 * reasons why municipalities asked for a pair in child protection ("Työparityön
 * tarve Lapin kunnissa", "Työparin tarve työntekijän näkökulmasta"), in short.
 */
export const childProtectionSituationOptions = [
  { id: 'difficultQuestion', label: 'Vaikea lastensuojelukysymys' },
  { id: 'strainedRelationship', label: 'Tulehtunut tai kriisiin ajautunut asiakassuhde' },
  { id: 'conflict', label: 'Ristiriitoja, joihin tarvitaan sovittelua' },
  { id: 'emotionalCase', label: 'Tunteita herättävä asiakastapaus' },
  { id: 'everyoneKnowsEachOther', label: 'Pienellä paikkakunnalla kaikki tuntevat toisensa' },
  { id: 'workerAlone', label: 'Työntekijä on yksin asiakasprosessin kanssa' },
  { id: 'other', label: 'Muu' },
] as const satisfies readonly PairRequestOption[];

/** Who from the municipality takes part: the client, relatives and the rest of the network. */
export const networkOptions = [
  { id: 'client', label: 'Asiakas' },
  { id: 'relatives', label: 'Omaiset' },
  { id: 'socialWorker', label: 'Sosiaalityöntekijä' },
  { id: 'nurse', label: 'Sairaanhoitaja' },
  { id: 'otherProfessionals', label: 'Muut ammattilaiset' },
] as const satisfies readonly PairRequestOption[];

/** The kinds of help the pair gave in the pilot (the Kemijärvi slides). */
export const helpOptions = [
  { id: 'networkMeeting', label: 'Verkostokokous' },
  { id: 'clientMeeting', label: 'Yhteinen asiakastapaaminen' },
  { id: 'consultation', label: 'Työntekijän tuki ja konsultaatio' },
  { id: 'methods', label: 'Menetelmät, kuten elämänkulkukaavio' },
  { id: 'other', label: 'Muu' },
] as const satisfies readonly PairRequestOption[];

const ids = <T extends readonly { id: string }[]>(options: T) =>
  [...new Set(options.map((option) => option.id))] as [T[number]['id'], ...T[number]['id'][]];
/** Every situation id of every field of work (the payload checks them per field of work). */
export const situationIds = ids([...situationOptions, ...childProtectionSituationOptions]);
export const consentMethods = ids(consentMethodOptions);
export const networkIds = ids(networkOptions);
export const helpIds = ids(helpOptions);

const chooseAny = 'Valitse yksi tai useampi.';

/**
 * The wording that depends on the field of work: what the pair team helps
 * with, the question about the client's situation with its options, and the
 * team that offers a pair. Everything else is the same in every field.
 */
export interface PairRequestFieldOfWork {
  id: FieldOfWork;
  label: LocalizedText;
  /** The first paragraph of the introduction. */
  intro: LocalizedText;
  /** The question about the client's situation; its option ids are this field's own. */
  situations: PairRequestCheckboxesField;
  /** What happens after sending, in order. */
  nextSteps: PairRequestNextStep[];
  /** Days within which this field's pair team offers a pair; only where the team promises it. */
  offerDays?: number;
  /** Days after the request the pair visits; only where the team promises it. */
  visitDays?: number;
  /** Said at the question about suitable visit days; only where the visit is promised. */
  visitHint?: LocalizedText;
}

export const fieldOfWorkIds = ['vanhustyö', 'lastensuojelu'] as const;
export type FieldOfWork = (typeof fieldOfWorkIds)[number];
export const defaultFieldOfWork: FieldOfWork = 'vanhustyö';

export function isFieldOfWork(value: unknown): value is FieldOfWork {
  return fieldOfWorkIds.includes(value as FieldOfWork);
}

const situationsQuestion = (label: string, options: readonly PairRequestOption[]): PairRequestCheckboxesField => ({
  kind: 'checkboxes',
  id: 'situations',
  label,
  hint: chooseAny,
  required: true,
  options: [...options],
});

/** The days the elderly-care pair team promises (slide "Työparipyyntö"): an offer within 5 days… */
export const OFFER_WITHIN_DAYS = 5;
/** …and a visit about 2 weeks (14 days) after the request. */
export const VISIT_AFTER_DAYS = 14;

/**
 * When the pair comes, from the slide "Työparipyyntö". One text for the hint
 * at the visit days and the visit step, so the two never promise different
 * times; a test checks that these words agree with VISIT_AFTER_DAYS.
 */
const visitTiming = 'Työpari menee kuntaan noin 2 viikon päästä pyynnön lähettämisestä';

/**
 * The slide "Työparipyyntö" from the offer on, in its order, one step a
 * bullet; nothing is merged or left out. Word for word, except that each step
 * starts with a capital letter and ends with a full stop
 * (tests/source-texts.test.ts checks that each edit is listed here):
 * - "sisällä" → "sisällä."
 * - "tehdään toimeksiantosopimus" → "Tehdään toimeksiantosopimus."
 * - "riippuen" → "riippuen."
 * - "järjestelyistä" → "järjestelyistä."
 * - "tapaamisia" → "tapaamisia."
 * - "suostumuksella" → "suostumuksella."
 */
const elderlyCareNextSteps: PairRequestNextStep[] = [
  { id: 'offer', text: 'Vanhustyön työpariryhmä tarjoaa kuntaan työparia 5 vrk sisällä.', date: 'offerDueBy' },
  { id: 'agreement', text: 'Tehdään toimeksiantosopimus.' },
  {
    id: 'network',
    text: 'Kunnasta mukana asiakkaan ja hänen omaistensa lisäksi muu verkosto, kuten sosiaalityöntekijä ja eri ammattilaiset tilanteesta riippuen.',
  },
  { id: 'arrangements', text: 'Sovitaan tarkemmista käytännön järjestelyistä.' },
  {
    id: 'visit',
    text: `${visitTiming}, jolloin toteutetaan sovitut työmuodot. Tilanne voi vaatia useita tapaamisia.`,
    date: 'expectedVisitFrom',
  },
  {
    id: 'documentation',
    text: 'Dokumentointi tilanteesta yhdessä kunnan asiakastietojärjestelmään asiakkaan suostumuksella.',
  },
];

/**
 * The source describes the process after a request only for elderly care, so
 * another field of work says what happens next in our own neutral words,
 * with no days and no steps the pair team has not promised.
 */
const undatedNextSteps: PairRequestNextStep[] = [
  { id: 'contact', text: 'Työpariryhmä on yhteydessä yhteyshenkilöön ja kertoo, miten pyyntö etenee.' },
];

/**
 * The source slides' own words: the pilot was for elderly care (vanhustyö).
 * The intro is the slide "Mikä on vanhustyön työparipilotti?" word for word,
 * with a full stop: "asiakastapauksissa" → "asiakastapauksissa."
 */
const elderlyCare: PairRequestFieldOfWork = {
  id: 'vanhustyö',
  label: 'Vanhustyö',
  intro:
    'Tarkoituksena on tarjota kunnan työntekijälle ulkopuolista apua ja tukea kotona asuvien, haasteellisissa elämäntilanteissa olevien ikäihmisten asiakastapauksissa.',
  situations: situationsQuestion('Millainen on asiakkaan haastava elämäntilanne?', situationOptions),
  nextSteps: elderlyCareNextSteps,
  offerDays: OFFER_WITHIN_DAYS,
  visitDays: VISIT_AFTER_DAYS,
  // The slide's words with a full stop: "lähettämisestä" → "lähettämisestä."
  visitHint: `${visitTiming}.`,
};

/**
 * The slides' earlier pilot mostly served child protection; its wording comes
 * from their child-protection sentences ("Kokenutkin sosiaalityöntekijä voi
 * tarvita työpariapua vaikeissa lastensuojelukysymyksissä").
 */
const childProtection: PairRequestFieldOfWork = {
  id: 'lastensuojelu',
  label: 'Lastensuojelu',
  intro:
    'Tarkoituksena on tarjota kunnan työntekijälle ulkopuolista apua ja tukea lastensuojelun asiakastapauksissa. Kokenutkin sosiaalityöntekijä voi tarvita työpariapua vaikeissa lastensuojelukysymyksissä.',
  situations: situationsQuestion('Millaisessa tilanteessa työparin apua tarvitaan?', childProtectionSituationOptions),
  // No offer or visit days: the slides promise them only for elderly care.
  nextSteps: undatedNextSteps,
};

const fieldsOfWork: Record<FieldOfWork, PairRequestFieldOfWork> = { vanhustyö: elderlyCare, lastensuojelu: childProtection };

/** The fields of work a request can be for, the default (vanhustyö) first. */
export const pairRequestFieldsOfWork: readonly PairRequestFieldOfWork[] = fieldOfWorkIds.map((id) => fieldsOfWork[id]);

const line = (id: string, label: string, extra: Partial<PairRequestTextField> = {}): PairRequestTextField => ({
  kind: 'text',
  id,
  label,
  required: true,
  multiline: false,
  maxLength: 200,
  privacy: false,
  ...extra,
});

/** The pair request for one field of work, written with every default filled in. */
function pairRequestDefinitionFor(field: PairRequestFieldOfWork): PairRequestDefinition {
  return {
    id: 'pair-request',
    version: 1,
    title: 'Työparipyyntö',
    intro: [field.intro, 'Täyttäminen vie muutaman minuutin. Kaikki kohdat ovat pakollisia, ellei niissä lue ”valinnainen”.'],
    privacyHint: 'Älä kirjoita nimiä, henkilötunnuksia tai diagnooseja.',
    sections: [
      {
        id: 'consent',
        title: 'Asiakkaan lupa',
        fields: [
          {
            // Our own wording: the tick says the client has given permission,
            // not only that it was asked. The hint follows the slide
            // "Työparipyyntö" ("tekee työparipyynnön kysyttyään asiakkaalta
            // siihen luvan"), rephrased.
            kind: 'consent',
            id: 'clientConsent',
            label: 'Asiakas on antanut luvan tähän työparipyyntöön.',
            hint: 'Työparipyynnön tekee kunnan yhteyshenkilö kysyttyään asiakkaalta siihen luvan. Ilman lupaa pyyntöä ei voi lähettää.',
            required: true,
          },
          {
            kind: 'choice',
            id: 'consentHow',
            label: 'Miten asiakas antoi luvan?',
            required: true,
            options: [...consentMethodOptions],
          },
          { kind: 'date', id: 'consentDate', label: 'Milloin asiakas antoi luvan?', required: true, allowed: 'todayOrEarlier' },
        ],
      },
      {
        id: 'contact',
        title: 'Yhteyshenkilö',
        // The first sentence is the slide "Työparipyyntö", edited:
        // "Aluksi kunnasta" → "Kunnasta", "toimiva työpari" → "toimiva työpari."
        // The second sentence is ours: the contact person is the
        // municipality's own partner in the work pair.
        intro:
          'Kunnasta nimetään yhteyshenkilönä toimiva työpari. Hän on kunnan työntekijä, joka tekee työtä yhdessä työpariryhmän työntekijän kanssa ja johon työpariryhmä on yhteydessä.',
        fields: [
          line('municipality', 'Kunta', { autocomplete: 'organization' }),
          line('contactName', 'Nimi', { autocomplete: 'name' }),
          line('contactTitle', 'Tehtävänimike', {
            required: false,
            autocomplete: 'organization-title',
            hint: 'Esimerkiksi sosiaalityöntekijä tai sairaanhoitaja.',
          }),
          line('contactPhone', 'Puhelinnumero', { format: 'phone', autocomplete: 'tel', maxLength: 40 }),
          line('contactEmail', 'Sähköposti', { format: 'email', autocomplete: 'email', maxLength: 254 }),
        ],
      },
      {
        id: 'situation',
        title: 'Asiakkaan tilanne',
        fields: [
          field.situations,
          {
            kind: 'text',
            id: 'situationDescription',
            label: 'Kuvaile tilannetta lyhyesti',
            hint: 'Mihin asiakas ja kunnan työntekijä tarvitsevat tukea?',
            required: true,
            multiline: true,
            maxLength: 2000,
            privacy: true,
          },
        ],
      },
      {
        id: 'help',
        title: 'Toivottu apu ja aikataulu',
        fields: [
          {
            kind: 'checkboxes',
            id: 'network',
            label: 'Ketkä kunnasta ovat mukana?',
            // The slide "Työparipyyntö", edited: "Kunnasta mukana asiakkaan" →
            // "Asiakkaan", "riippuen" → "riippuen." (the question says "kunnasta").
            hint: 'Asiakkaan ja hänen omaistensa lisäksi muu verkosto, kuten sosiaalityöntekijä ja eri ammattilaiset tilanteesta riippuen.',
            required: false,
            options: [...networkOptions],
          },
          {
            kind: 'checkboxes',
            id: 'help',
            label: 'Millaista apua toivotte työparilta?',
            hint: chooseAny,
            required: true,
            options: [...helpOptions],
          },
          {
            kind: 'text',
            id: 'helpDescription',
            label: 'Lisätietoja toivotusta avusta',
            required: false,
            multiline: true,
            maxLength: 2000,
            privacy: true,
          },
          {
            kind: 'dateRange',
            id: 'suitableDates',
            label: 'Milloin työparin käynti sopisi?',
            ...(field.visitHint ? { hint: field.visitHint } : {}),
            from: { kind: 'date', id: 'suitableFrom', label: 'Aikaisintaan', required: false, allowed: 'todayOrLater' },
            to: { kind: 'date', id: 'suitableTo', label: 'Viimeistään', required: false, allowed: 'todayOrLater' },
          },
        ],
      },
      {
        id: 'record',
        title: 'Kirjaaminen',
        fields: [
          {
            kind: 'consent',
            id: 'recordConsent',
            label: 'Asiakas suostuu siihen, että tilanne dokumentoidaan yhdessä kunnan asiakastietojärjestelmään.',
            hint: 'Jos asiakas ei suostu tai asiaa ei ole vielä kysytty, älä rastita kohtaa.',
            required: false,
          },
        ],
      },
    ],
    nextSteps: field.nextSteps,
    ...(field.offerDays ? { offerDays: field.offerDays } : {}),
    ...(field.visitDays ? { visitDays: field.visitDays } : {}),
  };
}

/** The built-in pair request of each field of work. */
export const pairRequestDefinitions: Record<FieldOfWork, PairRequestDefinition> = {
  vanhustyö: pairRequestDefinitionFor(elderlyCare),
  lastensuojelu: pairRequestDefinitionFor(childProtection),
};

/** The built-in pair request of the default field of work (vanhustyö). */
export const pairRequestDefinition: PairRequestDefinition = pairRequestDefinitions[defaultFieldOfWork];

/** The situation ids a request of `fieldOfWork` may carry. */
export function situationIdsFor(fieldOfWork: FieldOfWork): string[] {
  return fieldsOfWork[fieldOfWork].situations.options.map((option) => option.id);
}

/** Every field that holds one answer, in the order shown (a date range gives its two days). */
export function pairRequestAnswerFields(definition: PairRequestDefinition): PairRequestAnswerField[] {
  return definition.sections.flatMap((section) =>
    section.fields.flatMap((field) => (field.kind === 'dateRange' ? [field.from, field.to] : [field])),
  );
}

/** `definition` with the host's promise in place of its own next steps and days. */
export function withPromise(definition: PairRequestDefinition, promise: PairRequestPromise): PairRequestDefinition {
  const { offerDays: _offer, visitDays: _visit, ...rest } = definition;
  return {
    ...rest,
    nextSteps: promise.nextSteps.map((step, index) => ({ id: `host-${index + 1}`, ...step })),
    ...(promise.offerDays === undefined ? {} : { offerDays: promise.offerDays }),
    ...(promise.visitDays === undefined ? {} : { visitDays: promise.visitDays }),
  };
}
