/**
 * `tyopari-forms/react`: types for React 19, which sets a custom element's
 * properties and listens to its events itself. Once included (for example
 * `import type {} from 'tyopari-forms/react';` in any file of the app),
 * TypeScript checks every `<tp-…>` tag's attributes, and each `ontp-…` handler
 * gets its event's exact type:
 *
 *   <tp-evaluation-form respondent="ammattilainen"
 *     ontp-submit={(event) => event.waitUntil(save(event.detail))} />
 *
 * Types only: the elements themselves come from `import 'tyopari-forms'`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ReactHandlers, TpElements } from './elements.js';

/** React's props for one element: its HTML attributes, its own ones, its `tp-*` handlers. */
export type TpReactProps<Tag extends keyof TpElements> = DetailedHTMLProps<HTMLAttributes<TpElements[Tag]['element']>, TpElements[Tag]['element']> &
  TpElements[Tag]['attributes'] &
  ReactHandlers<TpElements[Tag]['events']>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'tp-evaluation-form': TpReactProps<'tp-evaluation-form'>;
      'tp-kickoff-guide': TpReactProps<'tp-kickoff-guide'>;
      'tp-pair-request-form': TpReactProps<'tp-pair-request-form'>;
      'tp-likert-scale': TpReactProps<'tp-likert-scale'>;
      'tp-pair-reflection': TpReactProps<'tp-pair-reflection'>;
      'tp-evaluation-summary': TpReactProps<'tp-evaluation-summary'>;
    }
  }
}
