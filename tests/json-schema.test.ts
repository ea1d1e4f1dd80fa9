/**
 * dist/schema/*.json (written by `npm run build`, and by `npm test`'s bundle
 * build): a backend in any language validates the payloads with them. Here a
 * standard JSON Schema validator (draft 2020-12, not zod) checks payloads built
 * the way the elements build them, and refuses broken ones.
 */
import { expect } from '@open-wc/testing';
import { Validator, type Schema } from '@cfworker/json-schema';
import { allItems, evaluationDefinitions } from '../src/schema/index.js';
import type { QuestionnaireAnswers } from '../src/schema/answers.js';
import { buildEvaluationPayload } from '../src/schema/evaluation-payload.js';
import { emptyKickoffAnswers } from '../src/schema/kickoff.js';
import { buildKickoffRecord } from '../src/schema/kickoff-record.js';
import { buildPairRequestPayload } from '../src/schema/pair-request-payload.js';
import { newSubmissionId } from '../src/schema/submission.js';
import { buildReflectionPayload } from '../src/schema/reflection.js';

async function validator(name: string) {
  const response = await fetch(`/dist/schema/${name}.json`);
  expect(response.ok, `dist/schema/${name}.json is missing: run npm run build`).to.equal(true);
  const schema = (await response.json()) as Schema & { title: string };
  return { schema, validate: (value: unknown) => new Validator(schema, '2020-12', false).validate(value) };
}

function evaluationPayload(submissionId?: string) {
  const definition = evaluationDefinitions.kokemustoimija;
  const answers: QuestionnaireAnswers = { details: {}, ratings: {}, openAnswers: {}, consents: {} };
  for (const item of allItems(definition)) {
    if (item.kind === 'likert') answers.ratings[item.id] = 4;
    else if (item.kind === 'consent') answers.consents[item.id] = true;
    else if (definition.details.some((detail) => detail.id === item.id)) answers.details[item.id] = 'Ryhmätoiminta';
    else answers.openAnswers[item.id] = 'Hyvä yhteistyö, "lainausmerkit" ja rivin\nvaihto.';
  }
  const result = buildEvaluationPayload(definition, answers, { role: 'kokemustoimija', pairId: 'pari-7', locale: 'fi', submissionId });
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

function pairRequestPayload() {
  const result = buildPairRequestPayload(
    {
      clientConsent: true,
      consentHow: 'phone',
      consentDate: '2026-02-24',
      municipality: 'Kemijärvi',
      contactName: 'Maija Meikäläinen',
      contactTitle: 'sosiaalityöntekijä',
      contactPhone: '040 123 4567',
      contactEmail: 'maija.meikalainen@kemijarvi.fi',
      situations: ['loneliness', 'relationships'],
      situationDescription: 'Asuu yksin, omaiset kaukana.',
      network: ['relatives'],
      help: ['networkMeeting'],
    },
    { locale: 'sv', submittedAt: new Date('2026-02-25T09:30:00Z'), submissionId: newSubmissionId() },
  );
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

function kickoffRecord() {
  const answers = emptyKickoffAnswers();
  answers.pair.professional = 'Maija Meikäläinen';
  answers.pair.experienceExpert = 'Kalle Kokemus';
  answers.notes['pair_1'] = 'Sovimme viikoittaisen puhelun.';
  answers.discussed.push('pair_1', 'group_2');
  const result = buildKickoffRecord(answers, { locale: 'en', submissionId: newSubmissionId() });
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

describe('dist/schema/*.json', () => {
  it('validates an evaluation payload, with and without a submissionId, and refuses broken ones', async () => {
    const { schema, validate } = await validator('evaluation');
    expect(schema.title).to.equal('tyopari/evaluation@1');
    const payload = evaluationPayload(newSubmissionId());
    expect(validate(payload).errors).to.deep.equal([]);
    // A record stored before submissionId existed stays valid.
    const { submissionId, ...older } = payload;
    expect(submissionId).to.be.a('string');
    expect(validate(older).valid).to.equal(true);

    expect(validate({ ...payload, ratings: { a1: 12 } }).valid, 'rating over the scale').to.equal(false);
    expect(validate({ ...payload, role: 'johtaja' }).valid, 'unknown role').to.equal(false);
    expect(validate({ ...payload, schema: 'tyopari/evaluation@2' }).valid, 'other version').to.equal(false);
    expect(validate({ ...payload, submissionId: 'not-a-uuid' }).valid, 'bad submissionId').to.equal(false);
    const { activityType, ...missing } = payload;
    expect(activityType).to.equal('Ryhmätoiminta');
    expect(validate(missing).valid, 'a required field missing').to.equal(false);
  });

  it('validates a pair request payload and refuses an unknown situation or a wrong date', async () => {
    const { schema, validate } = await validator('pair-request');
    expect(schema.title).to.equal('tyopari/pair-request@1');
    const payload = pairRequestPayload();
    expect(validate(payload).errors).to.deep.equal([]);
    expect(validate({ ...payload, contactPhone: '040 123 4567' }).valid, 'phone not in +358 form').to.equal(false);
    expect(validate({ ...payload, offerDueBy: '2026-02-30' }).valid, 'no such day').to.equal(false);
    expect(validate({ ...payload, locale: 'de' }).valid, 'unknown locale').to.equal(false);
  });

  it('validates a kickoff record; the strict record refuses an extra field', async () => {
    const { schema, validate } = await validator('kickoff');
    expect(schema.title).to.equal('tyopari/kickoff@1');
    const record = kickoffRecord();
    expect(validate(record).errors).to.deep.equal([]);
    expect(validate({ ...record, extra: 1 }).valid).to.equal(false);
    expect(validate({ ...record, discussed: ['pair_99'] }).valid).to.equal(false);
  });

  it('validates a reflection payload, built from a pair\'s two evaluations, and refuses a third source', async () => {
    const { schema, validate } = await validator('reflection');
    expect(schema.title).to.equal('tyopari/reflection@1');
    const volunteer = evaluationPayload(newSubmissionId());
    const professional = { ...evaluationPayload(newSubmissionId()), role: 'ammattilainen' as const };
    const result = buildReflectionPayload(
      { notes: { a1: 'Sovimme, että puhumme tavoitteista joka kerta.' }, actions: ['Yhteinen suunnittelu ennen ryhmää'] },
      { sources: [volunteer, professional], pairId: 'pari-7', locale: 'fi', submissionId: newSubmissionId() },
    );
    if (!result.success) throw new Error(JSON.stringify(result.error.issues));
    const payload = result.data;
    expect(validate(payload).errors).to.deep.equal([]);
    expect(validate({ ...payload, sources: [...payload.sources, payload.sources[0]] }).valid, 'three sources').to.equal(false);
    expect(validate({ ...payload, actions: [''] }).valid, 'an empty development point').to.equal(false);
  });

  it('is round-trip safe: a payload through JSON text still validates', async () => {
    const { validate } = await validator('evaluation');
    expect(validate(JSON.parse(JSON.stringify(evaluationPayload()))).valid).to.equal(true);
  });
});
