import 'tyopari-forms/evaluation-form.js';
import type {} from 'tyopari-forms/react'; // the <tp-…> tags and their events, typed
import type { EvaluationPayload } from 'tyopari-forms/schema';

async function save(payload: EvaluationPayload) {
  const response = await fetch('/api/evaluations', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': payload.submissionId ?? '' },
    body: JSON.stringify(payload),
  });
  if (!response.ok) throw new Error(String(response.status));
}

export function Evaluation({ pairId }: { pairId: string }) {
  return (
    <tp-evaluation-form
      respondent="ammattilainen"
      pair-id={pairId}
      ontp-submit={(event) => event.waitUntil(save(event.detail))}
      ontp-submit-failed={(event) => console.warn('Not stored:', event.detail.reason)}
    />
  );
}
