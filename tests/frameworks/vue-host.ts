/**
 * A Vue host: compiled by `npm run typecheck`, never run. Volar (vue-tsc)
 * checks `<tp-evaluation-form @tp-submit="…">` in a template against
 * `GlobalComponents`; here the same props are checked through `h()`, as a
 * render function writes them. `@ts-expect-error` lines prove that a wrong
 * attribute or detail is refused.
 */
import { defineComponent, h, type GlobalComponents } from 'vue';
import type {} from '../../src/frameworks/vue.js';
import type { EvaluationPayload, PairRequestPayload } from '../../src/schema/index.js';

declare const EvaluationForm: GlobalComponents['tp-evaluation-form'];
declare const PairRequestForm: GlobalComponents['tp-pair-request-form'];
declare const LikertScale: GlobalComponents['tp-likert-scale'];
declare function save(payload: unknown): Promise<void>;

export const Page = defineComponent({
  setup() {
    return () => [
      h(EvaluationForm, {
        respondent: 'kokemustoimija',
        'pair-id': 'pari-7',
        onTpSubmit: (event) => {
          const payload: EvaluationPayload = event.detail;
          event.waitUntil(save(payload));
        },
        onTpSubmitFailed: (event) => {
          const status: number | undefined = event.detail.status;
          void status;
        },
        onTpChange: (event) => {
          const id: string = event.detail.id;
          void id;
        },
      }),
      h(PairRequestForm, {
        'field-of-work': 'vanhustyö',
        onTpSubmit: (event) => {
          const payload: PairRequestPayload = event.detail;
          void payload;
        },
      }),
      h(LikertScale, { name: 'q1', max: 7, onTpChange: (event) => void event.detail.value }),
    ];
  },
});

export const Mistakes = defineComponent({
  setup() {
    return () => [
      // @ts-expect-error: not a respondent
      h(EvaluationForm, { respondent: 'johtaja' }),
      h(PairRequestForm, {
        onTpSubmit: (event) => {
          // @ts-expect-error: a pair request has no ratings
          void event.detail.ratings;
        },
      }),
    ];
  },
});
