/**
 * `tyopari-forms/vue`: types for Vue 3 templates (vue-tsc / Volar). Once
 * included (`import type {} from 'tyopari-forms/vue';`), each `<tp-…>` tag's
 * attributes are checked and `@tp-submit="…"` gets its event's exact type.
 * Vue must also be told the tags are custom elements, in vite.config:
 *
 *   vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('tp-') } } })
 *
 * Types only: the elements themselves come from `import 'tyopari-forms'`.
 */
import type { DefineComponent } from 'vue';
import type { TpElements, VueHandlers } from './elements.js';

/** Vue's props for one element: its own attributes and its `tp-*` handlers (`@tp-submit` is `onTpSubmit`). */
export type TpVueProps<Tag extends keyof TpElements> = TpElements[Tag]['attributes'] & VueHandlers<TpElements[Tag]['events']>;

declare module 'vue' {
  interface GlobalComponents {
    'tp-evaluation-form': DefineComponent<TpVueProps<'tp-evaluation-form'>>;
    'tp-kickoff-guide': DefineComponent<TpVueProps<'tp-kickoff-guide'>>;
    'tp-pair-request-form': DefineComponent<TpVueProps<'tp-pair-request-form'>>;
    'tp-likert-scale': DefineComponent<TpVueProps<'tp-likert-scale'>>;
    'tp-pair-reflection': DefineComponent<TpVueProps<'tp-pair-reflection'>>;
    'tp-evaluation-summary': DefineComponent<TpVueProps<'tp-evaluation-summary'>>;
  }
}
