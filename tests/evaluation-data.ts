/** Evaluation payloads with known answers, for tests. */
import { expect } from '@open-wc/testing';
import { evaluationPayloadSchema, type EvaluationPayload, type EvaluationRole } from '../src/schema/index.js';

export const aIds = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9'];
export const bIds: Record<EvaluationRole, string[]> = {
  kokemustoimija: ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'],
  ammattilainen: ['b1', 'b2', 'b3', 'b4'],
};

/** A valid payload with every statement answered `rating` unless `ratings` says otherwise. */
export function evaluation(
  role: EvaluationRole,
  rating: number,
  extra: Partial<EvaluationPayload> & { ratings?: Record<string, number> } = {},
): EvaluationPayload {
  const ratings = Object.fromEntries([...aIds, ...bIds[role]].map((id) => [id, rating]));
  const payload: EvaluationPayload = {
    schema: 'tyopari/evaluation@1',
    form: { id: `evaluation-${role}`, version: 1 },
    role,
    pairId: 'pari-1',
    locale: 'fi',
    submittedAt: '2026-11-10T10:00:00.000Z',
    activityType: 'Vertaistukiryhmä',
    duration: '3 kuukautta',
    openAnswers: {},
    quotePermission: false,
    ...extra,
    ratings: { ...ratings, ...extra.ratings },
  };
  expect(evaluationPayloadSchema.safeParse(payload).success, 'test payload is valid').to.equal(true);
  return payload;
}

