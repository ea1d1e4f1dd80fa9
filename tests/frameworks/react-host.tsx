/**
 * A React 19 host as README shows it: compiled by `npm run typecheck` (the
 * root tsconfig's `jsx: react-jsx` is for this file), never run. `@ts-expect-error` lines prove
 * that a wrong attribute or detail is refused.
 */
import type {} from '../../src/frameworks/react.js';
import type { EvaluationPayload, KickoffRecord, PairRequestPayload, ReflectionPayload } from '../../src/schema/index.js';

declare function save(payload: unknown): Promise<void>;

export function EvaluationPage({ pairId }: { pairId: string }) {
  return (
    <tp-evaluation-form
      respondent="ammattilainen"
      pair-id={pairId}
      autosave="session"
      submit-timeout={20}
      ontp-submit={(event) => {
        const payload: EvaluationPayload = event.detail;
        const rating: number | undefined = event.detail.ratings['a1'];
        void rating;
        event.waitUntil(save(payload));
      }}
      ontp-submit-failed={(event) => {
        const reason: 'rejected' | 'timeout' | 'network' | 'http' = event.detail.reason;
        const id: string = event.detail.submissionId;
        void [reason, id];
      }}
      ontp-change={(event) => {
        const id: string = event.detail.id;
        void id;
      }}
      ontp-invalid={(event) => {
        const missing: string[] = event.detail.missing;
        void missing;
      }}
    />
  );
}

export function OtherElements() {
  return (
    <>
      <tp-pair-request-form
        field-of-work="lastensuojelu"
        action="/api/pair-requests"
        ontp-submit={(event) => {
          const payload: PairRequestPayload = event.detail;
          const sent: string = event.detail.submittedAt;
          void [payload, sent];
        }}
      />
      <tp-kickoff-guide
        view="step"
        ontp-submit={(event) => {
          const record: KickoffRecord = event.detail;
          void record;
        }}
      />
      <tp-likert-scale
        name="q1"
        min={0}
        max={10}
        min-label="Ei lainkaan"
        ontp-change={(event) => {
          const value: number | null = event.detail.value;
          void value;
        }}
      />
    </>
  );
}

export function Review({ stored }: { stored: EvaluationPayload[] }) {
  return (
    <>
      <tp-evaluation-summary
        payloads={stored}
        min-n={5}
        ontp-export={(event) => {
          const format: 'csv' | 'json' = event.detail.format;
          void format;
        }}
      />
      <tp-pair-reflection
        payloads={stored.filter((payload) => payload.pairId === 'pari-1')}
        ontp-submit={(event) => {
          const reflection: ReflectionPayload = event.detail;
          event.waitUntil(save(reflection));
        }}
      />
    </>
  );
}

export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error: not a respondent */}
      <tp-evaluation-form respondent="johtaja" />
      {/* @ts-expect-error: not a field of work */}
      <tp-pair-request-form field-of-work="koulutus" />
      <tp-evaluation-form
        ontp-submit={(event) => {
          // @ts-expect-error: an evaluation payload has no offerDueBy
          void event.detail.offerDueBy;
        }}
      />
      {/* @ts-expect-error: min-n is a number */}
      <tp-evaluation-summary min-n="kolme" />
      <tp-pair-reflection
        ontp-submit={(event) => {
          // @ts-expect-error: a reflection payload has no offerDueBy
          void event.detail.offerDueBy;
        }}
      />
      <tp-kickoff-guide
        ontp-submit={(event) => {
          // @ts-expect-error: a kickoff record has no ratings
          void event.detail.ratings;
        }}
      />
    </>
  );
}
