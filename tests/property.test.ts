/**
 * Property-based tests (fast-check) over every definition and payload schema
 * and over findHetus. Thousands of generated malformed values (wrong types,
 * extra and reserved keys, ratings 0 / 6 / 2.5 / NaN, huge and deep values)
 * must be refused with field paths, never throw and never touch
 * Object.prototype; generated valid values must pass; generated valid
 * identity codes must always be found.
 *
 * The number of generated inputs of a run is counted in `generated` and
 * printed at the end (tests/README.md quotes it).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  evaluationDefinitionSchema,
  evaluationDefinitions,
  evaluationPayloadSchema,
  kickoffRecordSchema,
  pairRequestPayloadSchema,
  parseKickoffRecord,
  questionnaireSchema,
  submissionIdSchema,
  allItems,
  containsHetu,
  findHetus,
} from '../src/schema/index.js';
import { answersSchema, parseDraftAnswers, type QuestionnaireAnswers } from '../src/schema/answers.js';
import { buildEvaluationPayload } from '../src/schema/evaluation-payload.js';
import { kickoffAnswersSchema } from '../src/schema/kickoff-record.js';
import { pairRequestAnswersSchema } from '../src/schema/pair-request-payload.js';
import { draftEnvelopeSchema } from '../src/schema/draft.js';
import { reflectionAnswersSchema, reflectionPayloadSchema } from '../src/schema/reflection.js';
import { isBlank } from '../src/schema/invisible.js';

const RUNS = 400;
fc.configureGlobal({ includeErrorInReport: true });
let generated = 0;
const count = <T>(arbitrary: fc.Arbitrary<T>) => arbitrary.map((value) => ((generated += 1), value));

// --- Object.prototype stays as it was --------------------------------------------------------
const prototypeNames = (target: object) => Object.getOwnPropertyNames(target).sort().join(',');
const before = { object: prototypeNames(Object.prototype), array: prototypeNames(Array.prototype) };
function expectPrototypesUntouched() {
  expect(prototypeNames(Object.prototype)).to.equal(before.object);
  expect(prototypeNames(Array.prototype)).to.equal(before.array);
  expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  expect(Object.getPrototypeOf({})).to.equal(Object.prototype);
}

// --- Valid values, written out by hand --------------------------------------------------------
const valid = {
  evaluation: {
    schema: 'tyopari/evaluation@1',
    form: { id: 'evaluation-ammattilainen', version: 1 },
    role: 'ammattilainen',
    pairId: 'ryhma-1',
    locale: 'fi',
    submittedAt: '2026-02-26T10:00:00.000Z',
    submissionId: '0b6b5c1e-8f0a-4c8e-9d43-3f5f4a1f2b7c',
    activityType: 'Vertaistukiryhmä',
    duration: '3 kuukautta',
    ratings: { a1: 4, a2: 5, b1: 1 },
    openAnswers: { a_open_1: 'Luottamus syntyi nopeasti.' },
    quotePermission: false,
  },
  pairRequest: {
    schema: 'tyopari/pair-request@1',
    form: { id: 'pair-request', version: 1 },
    locale: 'sv',
    submittedAt: '2026-02-26T10:00:00.000Z',
    fieldOfWork: 'vanhustyö',
    clientConsent: { given: true, how: 'phone', date: '2026-02-24' },
    municipality: 'Kemijärvi',
    contactName: 'Maija Meikäläinen',
    contactPhone: '+358401234567',
    contactEmail: 'maija.meikalainen@kemijarvi.fi',
    situations: ['loneliness'],
    situationDescription: 'Asuu yksin.',
    network: ['relatives'],
    help: ['networkMeeting'],
    recordConsent: true,
  },
  kickoff: {
    schema: 'tyopari/kickoff@1',
    locale: 'en',
    savedAt: '2026-02-26T10:00:00.000Z',
    pair: { experienceExpert: 'K. L.', meetingDate: '2026-03-10' },
    notes: { group_1: 'Roolit kerrotaan ryhmälle.' },
    discussed: ['pair_2'],
    agreements: {
      volunteerAndConfidentiality: { done: false },
      challengingSituations: { done: true, note: 'Sovittu.' },
      planningAndDebrief: { done: false },
      practicalMatters: { done: false },
    },
  },
  reflection: {
    schema: 'tyopari/reflection@1',
    pairId: 'pari-1',
    locale: 'fi',
    savedAt: '2026-02-26T10:00:00.000Z',
    notes: { a1: 'Sovimme roolit uudelleen.', 'kokemustoimija.b1': 'Hyvä.' },
    actions: ['Suunnitellaan yhdessä.'],
    sources: [
      { role: 'kokemustoimija', submittedAt: '2026-02-20T10:00:00.000Z' },
      { role: 'ammattilainen', submittedAt: '2026-02-21T10:00:00.000Z' },
    ],
  },
  definition: structuredClone(evaluationDefinitions.kokemustoimija) as unknown,
  answers: { details: { activityType: 'Ryhmä' }, ratings: { a1: 3 }, openAnswers: {}, consents: { quotePermission: true } },
  draft: { schema: 'tyopari/draft@1', form: { id: 'x', version: 1 }, savedAt: '2026-02-26T10:00:00.000Z', data: {} },
};

/** Records keep any key (answers by id): extra keys are data there, not a sign of tampering. */
const records = new Set(['pairRequestAnswersSchema']);

interface Checked {
  safeParse(value: unknown): { success: boolean; error?: { issues: { path: PropertyKey[] }[] } };
}
const schemas: Record<string, [Checked, unknown]> = {
  evaluationPayloadSchema: [evaluationPayloadSchema, valid.evaluation],
  pairRequestPayloadSchema: [pairRequestPayloadSchema, valid.pairRequest],
  kickoffRecordSchema: [kickoffRecordSchema, valid.kickoff],
  reflectionPayloadSchema: [reflectionPayloadSchema, valid.reflection],
  reflectionAnswersSchema: [reflectionAnswersSchema, { notes: { a1: 'Muistiinpano' }, actions: ['Kohta'] }],
  questionnaireSchema: [questionnaireSchema, valid.definition],
  evaluationDefinitionSchema: [evaluationDefinitionSchema, valid.definition],
  answersSchema: [answersSchema, valid.answers],
  kickoffAnswersSchema: [
    kickoffAnswersSchema,
    { pair: { professional: '', experienceExpert: 'K', group: '', meetingDate: '' }, notes: {}, discussed: [], agreements: {} },
  ],
  pairRequestAnswersSchema: [pairRequestAnswersSchema, { municipality: 'Kemijärvi', clientConsent: true, help: ['networkMeeting'] }],
  draftEnvelopeSchema: [draftEnvelopeSchema, valid.draft],
  submissionIdSchema: [submissionIdSchema, valid.evaluation.submissionId],
};

// --- Generators ------------------------------------------------------------------------------
const RESERVED = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__'];
const reservedKey = fc.constantFrom(...RESERVED);
const key = fc.oneof(fc.string({ maxLength: 12 }), reservedKey);

/** Any JavaScript value: boxed, null-prototype, Map, Set, BigInt, typed and sparse arrays, reserved keys. */
const anything = fc.anything({
  key,
  maxDepth: 4,
  maxKeys: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** JSON text with reserved keys, parsed as a host's server or a stored draft would: `__proto__` becomes an own key. */
const hostileJson = fc
  .array(fc.tuple(key, fc.jsonValue({ maxDepth: 3 })), { maxLength: 6 })
  .map((entries) => JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`) as unknown);

/** A huge value that a failing property prints by its name, not in full. */
function huge<T>(value: T, name: string): T {
  return typeof value === 'object' ? Object.assign(value as object, { [fc.toStringMethod]: () => name }) as T : value;
}

/** Values of a kind no schema field takes where a different kind is expected. */
const wrongValues = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, NaN, Infinity, -Infinity, 0, -1, 2.5, 6, 1e21, '', ' ', '3', true, false, [], {}, [null]),
  fc.string({ maxLength: 20 }),
  fc.double(),
  fc.integer(),
  hostileJson,
  fc.constant(huge('x'.repeat(1_000_000), 'a string of 1,000,000 characters')),
  fc.constant(huge(Array.from({ length: 100_000 }, () => 'x'), 'an array of 100,000 strings')),
);

/** A value nested `depth` deep in arrays and objects. */
function deep(depth: number): unknown {
  let value: unknown = 'pohja';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value, __proto__: null };
  return value;
}

/** Every path to a primitive in `value` (arrays and objects followed). */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, Array.isArray(value) ? Number(k) : k]));
}
function withValueAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let target = copy;
  for (const part of path.slice(0, -1)) target = target[part] as Record<string | number, unknown>;
  Object.defineProperty(target, path.at(-1)!, { value: replacement, enumerable: true, writable: true, configurable: true });
  return copy;
}
const sameKind = (a: unknown, b: unknown) =>
  typeof a === typeof b && Array.isArray(a) === Array.isArray(b) && (a === null) === (b === null);
const isPrefix = (prefix: readonly PropertyKey[], path: readonly PropertyKey[]) =>
  prefix.length <= path.length && prefix.every((part, index) => String(part) === String(path[index]));

function expectRefusedWithPaths(result: ReturnType<Checked['safeParse']>, note: string) {
  expect(result.success, note).to.equal(false);
  const issues = result.error!.issues;
  expect(issues.length, note).to.be.greaterThan(0);
  for (const issue of issues) {
    expect(Array.isArray(issue.path), note).to.equal(true);
    for (const part of issue.path) expect(['string', 'number'], note).to.include(typeof part);
  }
}

// --- Schemas ---------------------------------------------------------------------------------
describe('property: every definition and payload schema', () => {
  afterEach(expectPrototypesUntouched);

  for (const [name, [schema, base]] of Object.entries(schemas)) {
    it(`${name}: accepts its valid value`, () => {
      const result = schema.safeParse(structuredClone(base));
      expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
    });

    it(`${name}: never throws on any value, and refuses non-objects and hostile JSON with paths`, () => {
      fc.assert(
        fc.property(count(fc.oneof(anything, hostileJson)), (value) => {
          const result = schema.safeParse(value);
          expect(typeof result.success).to.equal('boolean');
          if (!result.success) expectRefusedWithPaths(result, name);
          expectPrototypesUntouched();
        }),
        { numRuns: RUNS },
      );
    });

    if (typeof base === 'object') {
      it(`${name}: refuses a wrong value at any field, with that field's path`, () => {
        const paths = leafPaths(base).filter((path) => path.length > 0);
        fc.assert(
          fc.property(count(fc.tuple(fc.constantFrom(...paths), wrongValues)), ([path, replacement]) => {
            const original = path.reduce<unknown>((at, part) => (at as Record<string | number, unknown>)[part], base);
            fc.pre(!sameKind(original, replacement) && replacement !== undefined);
            // A field of the pair request's answers takes a text, a tick or a list of option ids.
            if (records.has(name)) fc.pre(!['boolean', 'string'].includes(typeof replacement) && !Array.isArray(replacement));
            const result = schema.safeParse(withValueAt(base, path, replacement));
            expectRefusedWithPaths(result, `${name} ${path.join('.')}`);
            const paths = result.error!.issues.map((issue) => issue.path);
            expect(
              paths.some((at) => at.length > 0 && (isPrefix(at, path) || isPrefix(path, at))),
              `${name} ${path.join('.')} → ${JSON.stringify(paths)}`,
            ).to.equal(true);
          }),
          { numRuns: RUNS },
        );
      });

      it(`${name}: extra and reserved keys never reach its output or Object.prototype`, () => {
        fc.assert(
          fc.property(count(fc.tuple(reservedKey, fc.jsonValue({ maxDepth: 2 }))), ([extra, value]) => {
            const text = `{${JSON.stringify(extra)}:${JSON.stringify(value)},${JSON.stringify(base).slice(1)}`;
            const result = schema.safeParse(JSON.parse(text)) as { success: boolean; data?: unknown };
            if (result.success) {
              if (!records.has(name)) expect(Object.hasOwn(result.data as object, extra), `${name} kept ${extra}`).to.equal(false);
              expect(Object.getPrototypeOf(result.data)).to.equal(Object.prototype);
            }
            expectPrototypesUntouched();
          }),
          { numRuns: RUNS / 4 },
        );
      });

      it(`${name}: a value 100,000 levels deep in any field is refused without a stack overflow`, () => {
        const bottomless = deep(100_000);
        for (const [field] of Object.entries(base as object)) {
          generated += 1;
          const result = schema.safeParse({ ...(base as object), [field]: bottomless });
          if (!result.success) expectRefusedWithPaths(result, `${name}.${field}`);
        }
      });
    }
  }

  it('parseKickoffRecord and parseDraftAnswers never throw and never trust a malformed value', () => {
    const definition = evaluationDefinitions.ammattilainen;
    fc.assert(
      fc.property(count(fc.oneof(anything, hostileJson)), (value) => {
        const kickoff = parseKickoffRecord(value);
        expect(kickoff).to.be.an('object');
        const draft = parseDraftAnswers(definition, value);
        if (draft !== undefined) expect(answersSchema.safeParse(draft).success).to.equal(true);
      }),
      { numRuns: RUNS },
    );
  });
});

// --- Answers of the evaluation form ----------------------------------------------------------
describe('property: evaluation answers', () => {
  afterEach(expectPrototypesUntouched);

  for (const role of ['kokemustoimija', 'ammattilainen'] as const) {
    const definition = evaluationDefinitions[role];
    const items = allItems(definition);
    const likerts = items.filter((item) => item.kind === 'likert').map((item) => item.id);
    const text = (max: number) =>
      fc.string({ minLength: 1, maxLength: max, unit: 'grapheme' }).filter((value) => !isBlank(value) && !containsHetu(value));
    const answers: fc.Arbitrary<QuestionnaireAnswers> = fc.record({
      details: fc.record({ activityType: text(200), duration: text(200) }),
      ratings: fc.record(Object.fromEntries(likerts.map((id) => [id, fc.integer({ min: 1, max: 5 })]))),
      openAnswers: fc.dictionary(
        fc.constantFrom(...items.filter((item) => item.kind === 'text' && !['activityType', 'duration'].includes(item.id)).map((item) => item.id)),
        text(500),
      ),
      consents: fc.record({ quotePermission: fc.boolean() }),
    });

    it(`${role}: every complete set of valid answers builds a payload the payload schema accepts`, () => {
      fc.assert(
        fc.property(count(answers), (given) => {
          const result = buildEvaluationPayload(definition, given, { role, locale: 'fi' });
          expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
          expect(evaluationPayloadSchema.safeParse(result.data).success).to.equal(true);
        }),
        { numRuns: RUNS / 2 },
      );
    });

    it(`${role}: a rating of 0, 6, 2.5, NaN or another kind is refused at that statement`, () => {
      const bad = fc.constantFrom<unknown>(0, 6, 2.5, NaN, -1, Infinity, 1e21, '3', null, true, [], {});
      fc.assert(
        fc.property(count(fc.tuple(answers, fc.constantFrom(...likerts), bad)), ([given, id, rating]) => {
          const broken = { ...given, ratings: { ...given.ratings, [id]: rating } } as QuestionnaireAnswers;
          const result = buildEvaluationPayload(definition, broken, { role, locale: 'fi' });
          expect(result.success).to.equal(false);
          expect(result.error!.issues.map((issue) => issue.path.join('.'))).to.include(`ratings.${id}`);
        }),
        { numRuns: RUNS / 2 },
      );
    });
  }
});

// --- Definitions -----------------------------------------------------------------------------
describe('property: host definitions', () => {
  afterEach(expectPrototypesUntouched);

  const id = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,15}$/).filter((value) => !(value in Object.prototype));
  const localized = fc.oneof(
    fc.string({ minLength: 1, maxLength: 80 }),
    fc.record({ fi: fc.string({ minLength: 1, maxLength: 80 }), sv: fc.string({ maxLength: 80 }), en: fc.string({ maxLength: 80 }) }),
  );
  const definitions = fc
    .uniqueArray(id, { minLength: 4, maxLength: 40 })
    .chain((ids) =>
      fc.record({
        id,
        version: fc.integer({ min: 1, max: 1000 }),
        title: localized,
        scale: fc
          .tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 11 }))
          .filter(([min, max]) => max > min)
          .map(([min, max]) => ({ min, max, minLabel: 'eri mieltä', maxLabel: 'samaa mieltä' })),
        sections: fc.constant([
          {
            id: 'a',
            items: ids.map((itemId, index) =>
              index % 3 === 0
                ? { kind: 'text', id: itemId, text: `Kysymys ${index}` }
                : index % 3 === 1
                  ? { kind: 'likert', id: itemId, text: `Väite ${index}` }
                  : { kind: 'consent', id: itemId, text: `Lupa ${index}` },
            ),
          },
        ]),
      }),
    );

  it('accepts every generated valid definition', () => {
    fc.assert(
      fc.property(count(definitions), (definition) => {
        const result = questionnaireSchema.safeParse(definition);
        expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it('refuses a reserved id anywhere, at that id', () => {
    fc.assert(
      fc.property(count(fc.tuple(definitions, fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype)), fc.nat())), ([definition, reserved, at]) => {
        const items = definition.sections[0]!.items;
        const index = at % items.length;
        const broken = structuredClone(definition);
        Object.defineProperty(broken.sections[0]!.items[index]!, 'id', { value: reserved, enumerable: true });
        const result = questionnaireSchema.safeParse(broken);
        expectRefusedWithPaths(result, reserved);
        expect(result.error!.issues.map((issue) => issue.path.join('.'))).to.include(`sections.0.items.${index}.id`);
      }),
      { numRuns: RUNS / 2 },
    );
  });
});

// --- findHetus -------------------------------------------------------------------------------
describe('property: findHetus', () => {
  const CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
  const signFor = (year: number) => (year < 1900 ? ['+'] : year < 2000 ? ['-', 'Y', 'X', 'W', 'V', 'U'] : ['A', 'B', 'C', 'D', 'E', 'F']);
  const code = fc
    .tuple(
      fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
      fc.integer({ min: 2, max: 999 }),
      fc.nat(),
    )
    .map(([date, individual, pick]) => {
      const dd = String(date.getUTCDate()).padStart(2, '0');
      const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
      const yy = String(date.getUTCFullYear() % 100).padStart(2, '0');
      const signs = signFor(date.getUTCFullYear());
      const nnn = String(individual).padStart(3, '0');
      return { date: `${dd}${mm}${yy}`, sign: signs[pick % signs.length]!, individual: nnn, check: CHECK[Number(`${dd}${mm}${yy}${nnn}`) % 31]! };
    });
  const separators = fc.array(fc.constantFrom(' ', '\u00A0', '\n', '\t', '\u2028', '\u200B', '\u00AD', '\u2009'), { maxLength: 3 });
  /** Text around the code that does not end or start in a digit of any script. */
  const around = fc.string({ maxLength: 40, unit: 'grapheme' });

  it('always finds a generated valid code, however it is spaced, in any text', () => {
    fc.assert(
      fc.property(
        count(fc.tuple(around, code, separators, separators, fc.boolean(), around)),
        ([before, parts, gapBefore, gapAfter, lower, after]) => {
          const written = `${parts.date}${gapBefore.join('')}${parts.sign}${gapAfter.join('')}${parts.individual}${parts.check}`;
          const text = `${before} ${lower ? written.toLowerCase() : written} ${after}`;
          expect(containsHetu(text), JSON.stringify(text)).to.equal(true);
        },
      ),
      { numRuns: RUNS * 5 },
    );
  });

  it('never throws and always returns matches inside the normalised text', () => {
    fc.assert(
      fc.property(count(fc.string({ maxLength: 200, unit: 'binary' })), (text) => {
        const found = findHetus(text);
        for (const match of found) expect(match.index).to.be.at.least(0);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  after(() => {
    console.log(`property tests: ${generated} generated inputs`);
  });
});
