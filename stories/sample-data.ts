/**
 * Made-up evaluation payloads for the stories: no real people, the same data
 * on every run (a seeded random generator). Pair ids, texts and dates are
 * invented; the answers lean the way pair work usually goes (mostly 4s and
 * 5s, some pairs disagreeing).
 */
import type { EvaluationPayload, EvaluationRole } from '../src/schema/index.js';

/** A small seeded random generator (mulberry32): the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const statementIds: Record<EvaluationRole, string[]> = {
  kokemustoimija: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6'],
  ammattilainen: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'b1', 'b2', 'b3', 'b4'],
};

/** Activity types as people type them: the same kind in different spellings. */
const activityTypes = [
  'Vertaistukiryhmä',
  'vertaistukiryhmä',
  'Vertaistukiryhmä ',
  'Yksilötapaaminen',
  'Toiminnallinen ryhmä',
  'Kokemusasiantuntijan luento',
];
const durations = ['3 kuukautta', '6 kuukautta', '10 tapaamista', 'Syksy 2026', '1 vuosi'];

/** Open answers to pick from: section A's are shared, section B's differ by role. */
const sharedTexts: Record<string, string[]> = {
  a_open_1: [
    'Suunnittelimme jokaisen tapaamisen yhdessä, ja se näkyi ryhmässä.',
    'Työnjako oli selvä: toinen veti keskustelua, toinen piti huolta aikataulusta.',
    'Ryhmäläiset uskalsivat kertoa omista kokemuksistaan, kun kokemustoimija kertoi ensin omansa.',
    'Luottamus syntyi nopeasti, koska kävimme jokaisen kerran jälkeen läpi, miltä tuntui.',
    'Huumori. Pystyimme nauramaan yhdessä myös silloin, kun jokin meni pieleen.',
    'Tasavertaisuus: kumpikaan ei ollut toisen apulainen.',
  ],
  a_open_2: [
    'Aikataulujen sopiminen, koska tapasimme vain kerran viikossa.',
    'Välillä oli epäselvää, kuka päättää ryhmän säännöistä.',
    'Yksi ryhmäläinen vei paljon tilaa, emmekä heti tienneet, miten toimia.',
    'Tilat vaihtuivat kesken syksyn, ja osa ryhmäläisistä jäi pois.',
    'Palkkiosta ja matkakuluista sopiminen kesti pitkään.',
  ],
  a_open_3: [
    'Varaisimme enemmän aikaa jälkipuintiin jokaisen tapaamisen jälkeen.',
    'Sopisimme heti alussa, miten toimimme kriisitilanteessa.',
    'Pyytäisimme ryhmältä palautetta jo puolivälissä.',
    'Kirjaisimme roolit ja vastuut ylös ensimmäisellä tapaamisella.',
  ],
};
const roleTexts: Record<EvaluationRole, Record<string, string[]>> = {
  kokemustoimija: {
    b_open_1: [
      'Rohkeutta puhua ryhmän edessä.',
      'Tunteen siitä, että kokemuksestani on hyötyä.',
      'Uusia ystäviä ja rytmiä viikkoon.',
      'Varmuutta hakea opiskelemaan.',
    ],
    b_open_4: [
      'Kyllä, koska työparina oppii paljon ja saa tukea.',
      'Suosittelen, jos ammattilainen on aidosti kiinnostunut kokemuksesta.',
      'Kyllä, mutta alussa kannattaa sopia roolit tarkasti.',
    ],
  },
  ammattilainen: {
    b_open_1: [
      'Sen, miltä palvelut näyttävät asiakkaan puolelta.',
      'Kuuntelemaan ennen kuin ehdotan ratkaisua.',
      'Että arkikieli toimii ryhmässä paremmin kuin ammattisanasto.',
    ],
    b_open_4: [
      'Kyllä. Kokemustoimija tavoittaa ryhmäläiset eri tavalla kuin minä.',
      'Suosittelen, kun työparille varataan yhteistä suunnitteluaikaa.',
      'Kyllä, mutta työnantajan pitää tukea sitä.',
    ],
  },
};

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** A rating near `centre` (1–5), spread by `spread`. */
const rating = (random: () => number, centre: number, spread = 1) =>
  Math.min(5, Math.max(1, Math.round(centre + (random() * 2 - 1) * spread)));

/** A UUID made from the generator (the stories must not change between runs). */
function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)]!;
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export interface PairOptions {
  pairId: string;
  activityType: string;
  submittedAt: string;
  /** The rating each partner leans to; different leanings make a disagreeing pair. */
  centre?: Partial<Record<EvaluationRole, number>>;
  quotePermission?: Partial<Record<EvaluationRole, boolean>>;
}

/** One partner's payload. */
export function samplePayload(random: () => number, role: EvaluationRole, options: PairOptions): EvaluationPayload {
  const centre = options.centre?.[role] ?? 4.2;
  const ratings = Object.fromEntries(statementIds[role].map((id) => [id, rating(random, centre)]));
  const openAnswers: Record<string, string> = {};
  for (const [id, texts] of Object.entries({ ...sharedTexts, ...roleTexts[role] })) {
    if (random() < 0.55) openAnswers[id] = pick(random, texts);
  }
  return {
    schema: 'tyopari/evaluation@1',
    form: { id: `evaluation-${role}`, version: 1 },
    role,
    pairId: options.pairId,
    locale: 'fi',
    submittedAt: options.submittedAt,
    submissionId: uuid(random),
    activityType: options.activityType,
    duration: pick(random, durations),
    ratings,
    openAnswers,
    quotePermission: options.quotePermission?.[role] ?? random() < 0.6,
  };
}

/** Both partners of one pair, a few hours apart. */
export function samplePair(random: () => number, options: PairOptions): [EvaluationPayload, EvaluationPayload] {
  const later = new Date(new Date(options.submittedAt).getTime() + 3 * 3600_000).toISOString();
  return [
    samplePayload(random, 'kokemustoimija', options),
    samplePayload(random, 'ammattilainen', { ...options, submittedAt: later }),
  ];
}

/** `count` pairs over 2026 (both partners each), every fifth one disagreeing. */
export function samplePairs(count = 40, seed = 2026): EvaluationPayload[] {
  const random = seededRandom(seed);
  const start = Date.UTC(2026, 0, 12, 9);
  return Array.from({ length: count }, (_, index) => {
    const disagree = index % 5 === 2;
    return samplePair(random, {
      pairId: `pari-${String(index + 1).padStart(2, '0')}`,
      activityType: pick(random, activityTypes),
      submittedAt: new Date(start + index * 7.5 * 86400_000 + Math.floor(random() * 8) * 3600_000).toISOString(),
      centre: disagree ? { kokemustoimija: 2.2, ammattilainen: 4.6 } : undefined,
    });
  }).flat();
}

/** A pair whose partners see several statements differently (2 points or more apart). */
export function disagreeingPair(seed = 7): [EvaluationPayload, EvaluationPayload] {
  const random = seededRandom(seed);
  const [expert, professional] = samplePair(random, {
    pairId: 'pari-ryhma-7',
    activityType: 'Vertaistukiryhmä',
    submittedAt: '2026-11-20T13:00:00.000Z',
    quotePermission: { kokemustoimija: false, ammattilainen: true },
  });
  return [
    {
      ...expert,
      ratings: { ...expert.ratings, a2: 2, a3: 2, a5: 1, a6: 4, a9: 5 },
      openAnswers: {
        a_open_1: 'Kun suunnittelimme yhdessä, ideani pääsivät mukaan.',
        a_open_2: 'En aina tiennyt, mikä minun tehtäväni oli ryhmässä.',
        b_open_1: 'Uskallan nyt sanoa mielipiteeni ääneen.',
      },
    },
    {
      ...professional,
      ratings: { ...professional.ratings, a2: 5, a3: 4, a5: 5, a6: 4, a9: 5 },
      openAnswers: {
        a_open_1: 'Ryhmäläiset avautuivat, kun kokemustoimija kertoi omasta polustaan.',
        a_open_2: 'Aikataulut: tapaamisia peruuntui.',
        a_open_3: 'Sopisimme roolit kirjallisesti heti alussa.',
      },
    },
  ];
}

/** Records a host might have stored by mistake: not evaluation payloads, or broken ones. */
export function invalidRecords(): unknown[] {
  const [good] = disagreeingPair(11);
  return [
    { schema: 'tyopari/evaluation@1', role: 'kokemustoimija' },
    { ...good, submittedAt: 'eilen' },
    { ...good, ratings: { ...good.ratings, a1: 9 } },
  ];
}
