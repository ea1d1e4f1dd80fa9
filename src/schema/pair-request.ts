/**
 * The pair request (työparipyyntö): a municipal contact person asks the pair
 * team for a work pair for a client, after asking the client's permission.
 * Texts from the source slides "Työparipyyntö" and "Mitä ovat ikääntyneiden
 * haastavat elämäntilanteet?" are word for word. The slides ask whether an
 * online request is too hard a threshold, so the form is short: five groups,
 * mostly ticks, one required free text.
 *
 * Ids are stable: they are the keys of the `tyopari/pair-request@1` payload.
 */
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

/** A step of what happens after sending; `date` names the payload date shown with it. */
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
  nextSteps: PairRequestNextStep[];
}

/** Fields of work a request can be for. The built-in texts are for elderly care. */
export const pairRequestFieldsOfWork = [
  { id: 'vanhustyö', label: 'Vanhustyö' },
  { id: 'lastensuojelu', label: 'Lastensuojelu' },
] as const satisfies readonly PairRequestOption[];
export type FieldOfWork = (typeof pairRequestFieldsOfWork)[number]['id'];
export const fieldOfWorkIds = pairRequestFieldsOfWork.map((field) => field.id) as [FieldOfWork, ...FieldOfWork[]];
export const defaultFieldOfWork: FieldOfWork = 'vanhustyö';

export function isFieldOfWork(value: unknown): value is FieldOfWork {
  return fieldOfWorkIds.includes(value as FieldOfWork);
}

/** How the client gave permission: in person, by phone, or through a representative. */
export const consentMethods = ['in-person', 'phone', 'representative'] as const;
export type ConsentMethod = (typeof consentMethods)[number];

/** "Mitä ovat ikääntyneiden haastavat elämäntilanteet?", word for word, and "Muu". */
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
  options.map((option) => option.id) as [T[number]['id'], ...T[number]['id'][]];
export const situationIds = ids(situationOptions);
export const networkIds = ids(networkOptions);
export const helpIds = ids(helpOptions);

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

const chooseAny = 'Valitse yksi tai useampi.';

/** The built-in pair request, written with every default filled in. */
export const pairRequestDefinition: PairRequestDefinition = {
  id: 'pair-request',
  version: 1,
  title: 'Työparipyyntö',
  intro: [
    'Tarkoituksena on tarjota kunnan työntekijälle ulkopuolista apua ja tukea kotona asuvien, haasteellisissa elämäntilanteissa olevien ikäihmisten asiakastapauksissa.',
    'Täyttäminen vie muutaman minuutin. Kaikki kohdat ovat pakollisia, ellei niissä lue ”valinnainen”.',
  ],
  privacyHint: 'Älä kirjoita nimiä, henkilötunnuksia tai diagnooseja.',
  sections: [
    {
      id: 'consent',
      title: 'Asiakkaan lupa',
      fields: [
        {
          kind: 'consent',
          id: 'clientConsent',
          label: 'Olen kysynyt asiakkaalta luvan tähän työparipyyntöön.',
          hint: 'Työparipyynnön tekee kunnan yhteyshenkilö kysyttyään asiakkaalta siihen luvan. Ilman lupaa pyyntöä ei voi lähettää.',
          required: true,
        },
        {
          kind: 'choice',
          id: 'consentHow',
          label: 'Miten asiakas antoi luvan?',
          required: true,
          options: [
            { id: 'in-person', label: 'Kasvokkain' },
            { id: 'phone', label: 'Puhelimessa' },
            { id: 'representative', label: 'Asiakkaan edustajan kautta' },
          ],
        },
        { kind: 'date', id: 'consentDate', label: 'Milloin asiakas antoi luvan?', required: true, allowed: 'todayOrEarlier' },
      ],
    },
    {
      id: 'contact',
      title: 'Yhteyshenkilö',
      intro: 'Kunnan työntekijä, johon työpariryhmä on yhteydessä.',
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
        {
          kind: 'checkboxes',
          id: 'situations',
          label: 'Millainen on asiakkaan haastava elämäntilanne?',
          hint: chooseAny,
          required: true,
          options: [...situationOptions],
        },
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
          hint: 'Työpari menee kuntaan noin 2 viikon päästä pyynnön lähettämisestä.',
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
          hint: 'Jos asiakas ei suostu tai asiaa ei ole vielä kysytty, jätä kohta tyhjäksi.',
          required: false,
        },
      ],
    },
  ],
  nextSteps: [
    { id: 'offer', text: 'Vanhustyön työpariryhmä tarjoaa kuntaan työparia 5 vrk sisällä.', date: 'offerDueBy' },
    { id: 'agreement', text: 'Tehdään toimeksiantosopimus. Sovitaan tarkemmista käytännön järjestelyistä.' },
    {
      id: 'visit',
      text: 'Työpari menee kuntaan noin 2 viikon päästä pyynnön lähettämisestä, jolloin toteutetaan sovitut työmuodot. Tilanne voi vaatia useita tapaamisia.',
      date: 'expectedVisitFrom',
    },
  ],
};

/** Every field that holds one answer, in the order shown (a date range gives its two days). */
export function pairRequestAnswerFields(definition: PairRequestDefinition): PairRequestAnswerField[] {
  return definition.sections.flatMap((section) =>
    section.fields.flatMap((field) => (field.kind === 'dateRange' ? [field.from, field.to] : [field])),
  );
}
