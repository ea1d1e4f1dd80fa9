import 'tyopari-forms/evaluation-form.js'; // registers <tp-evaluation-form> (and <tp-likert-scale>)
import type { EvaluationPayload } from 'tyopari-forms/schema';

const form = document.querySelector('tp-evaluation-form')!;
form.addEventListener('tp-submit', (event) => {
  const payload: EvaluationPayload = event.detail; // typed: payload.ratings.a1 is a number
  event.waitUntil(
    fetch('/api/evaluations', { method: 'POST', body: JSON.stringify(payload) }).then((r) => {
      if (!r.ok) throw new Error(String(r.status));
    }),
  );
});
