/**
 * Compiled by `npm run typecheck`, never run: proves that a host's TypeScript
 * sees each event's exact detail. A wrong type here fails the type check.
 */
import type { EvaluationPayload, KickoffRecord, PairRequestPayload } from '../src/schema/index.js';
import '../src/index.js';

export function hostCode(): void {
  const evaluation = document.querySelector('tp-evaluation-form');
  evaluation?.addEventListener('tp-submit', (event) => {
    const rating: number | undefined = event.detail.ratings.a1;
    const stored: EvaluationPayload = event.detail;
    void rating;
    void stored;
  });
  evaluation?.addEventListener('tp-submit-failed', (event) => {
    const reason: 'rejected' | 'timeout' | 'network' | 'http' = event.detail.reason;
    const submissionId: string = event.detail.submissionId;
    void reason;
    void submissionId;
  });
  evaluation?.addEventListener('tp-invalid', (event) => {
    const missing: string[] = event.detail.missing;
    void missing;
  });
  document.querySelector('tp-pair-request-form')?.addEventListener('tp-submit', (event) => {
    const payload: PairRequestPayload = event.detail;
    const offerDueBy: string | undefined = event.detail.offerDueBy; // only where the pair team promises it
    void payload;
    void offerDueBy;
  });
  document.querySelector('tp-kickoff-guide')?.addEventListener('tp-submit', (event) => {
    // A host keeps the guide "saving" until its store has the record.
    event.waitUntil(Promise.resolve());
    const record: KickoffRecord = event.detail;
    const discussed: string[] = event.detail.discussed;
    void record;
    void discussed;
  });
  const likert = document.createElement('tp-likert-scale');
  likert.addEventListener('tp-change', (event) => {
    // One detail shape for every element: the likert's `name` is its `id`.
    const id: string = event.detail.id;
    void id;
  });
}
