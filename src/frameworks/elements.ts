/**
 * What a host framework's templates may write on each tyopari element: its
 * attributes and settable properties, and a handler for each `tp-*` event with
 * the event's exact type. The React and Vue declarations (`react.ts`,
 * `vue.ts`) are built from these; types only, no code.
 */
import type { TpEvaluationForm, TpEvaluationFormEventMap } from '../elements/evaluation-form/evaluation-form.js';
import type { KickoffView, TpKickoffGuide, TpKickoffGuideEventMap } from '../elements/kickoff-guide/kickoff-guide.js';
import type { TpEvaluationSummary, TpEvaluationSummaryEventMap } from '../elements/evaluation-summary/evaluation-summary.js';
import type { TpLikertScale } from '../elements/likert-scale/likert-scale.js';
import type { TpPairReflection, TpPairReflectionEventMap } from '../elements/pair-reflection/pair-reflection.js';
import type { TpPairRequestForm, TpPairRequestFormEventMap } from '../elements/pair-request-form/pair-request-form.js';
import type { TpEvent, TpLikertChangeDetail } from '../events.js';
import type { EvaluationRole } from '../schema/evaluation.js';
import type { FieldOfWork } from '../schema/pair-request.js';
import type { KickoffRecord } from '../schema/kickoff.js';
import type { Questionnaire, QuestionnaireInput } from '../schema/questionnaire.js';

/** An attribute a template may write as a string or a number. */
type NumberAttribute = number | `${number}`;

/** What the three forms share: sending (see README, "Sending to a server") and drafts. */
export interface TpFormAttributes {
  /** POST the payload as JSON to this URL; the form shows sending, sent or a retry. */
  action?: string;
  /** Seconds to wait for `waitUntil` promises (or `action`'s request) before showing a retry (default 30). */
  'submit-timeout'?: NumberAttribute;
  /** Keep a draft in this browser: `session` or empty (this tab), `local` (30 days), `off`. */
  autosave?: 'session' | 'local' | 'off' | '' | boolean | null;
  /** Where the draft is kept, when two forms of the same kind share a page. */
  'draft-key'?: string;
}

export interface TpEvaluationFormAttributes extends TpFormAttributes {
  /** Who answers: `kokemustoimija` (the volunteer) or `ammattilainen` (the professional). */
  respondent?: EvaluationRole;
  /** The pair's own identifier; sent as `pairId`. */
  'pair-id'?: string;
  /** A questionnaire of the host's own, in place of the built-in one (a property). */
  definition?: Questionnaire | QuestionnaireInput;
}

export interface TpKickoffGuideAttributes extends TpFormAttributes {
  /** Which view is shown: every question (`all`), one step at a time (`step`), or for printing (`print`). */
  view?: KickoffView | null;
  /** A saved record to go on editing (a property). */
  value?: KickoffRecord;
}

export interface TpPairRequestFormAttributes extends TpFormAttributes {
  /** The field of work: `vanhustyö` (default) or `lastensuojelu`. */
  'field-of-work'?: FieldOfWork;
}

export interface TpPairReflectionAttributes extends TpFormAttributes {
  /** The pair's two `tyopari/evaluation@1` payloads, one of each role (a property). */
  payloads?: readonly unknown[];
}

export interface TpEvaluationSummaryAttributes {
  /** The stored `tyopari/evaluation@1` payloads, any number (a property). */
  payloads?: readonly unknown[];
  /** Fewest answers a filter may leave before only counts are shown (default 3). */
  'min-n'?: NumberAttribute;
}

export interface TpLikertScaleAttributes {
  name?: string;
  value?: number | null;
  required?: boolean;
  disabled?: boolean;
  min?: NumberAttribute;
  max?: NumberAttribute;
  label?: string;
  'min-label'?: string;
  'max-label'?: string;
  error?: string;
}

export interface TpLikertScaleEventMap {
  'tp-change': TpEvent<TpLikertChangeDetail>;
}

/** Only the `tp-*` events of an element's event map. */
export type TpEvents<M> = { [K in keyof M as K extends `tp-${string}` ? K : never]: M[K] };

/** `tp-submit` → `TpSubmit` (for Vue's `onTpSubmit`). */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** React 19: `ontp-submit={handler}` adds a listener for `tp-submit`. */
export type ReactHandlers<M> = { [K in keyof TpEvents<M> & string as `on${K}`]?: (event: TpEvents<M>[K]) => void };

/** Vue: `@tp-submit="handler"` is the prop `onTpSubmit`. */
export type VueHandlers<M> = { [K in keyof TpEvents<M> & string as `on${Pascal<K>}`]?: (event: TpEvents<M>[K]) => void };

/** Every element: its class, what a template may set, its events. */
export interface TpElements {
  'tp-evaluation-form': { element: TpEvaluationForm; attributes: TpEvaluationFormAttributes; events: TpEvaluationFormEventMap };
  'tp-kickoff-guide': { element: TpKickoffGuide; attributes: TpKickoffGuideAttributes; events: TpKickoffGuideEventMap };
  'tp-pair-request-form': { element: TpPairRequestForm; attributes: TpPairRequestFormAttributes; events: TpPairRequestFormEventMap };
  'tp-likert-scale': { element: TpLikertScale; attributes: TpLikertScaleAttributes; events: TpLikertScaleEventMap };
  'tp-pair-reflection': { element: TpPairReflection; attributes: TpPairReflectionAttributes; events: TpPairReflectionEventMap };
  'tp-evaluation-summary': { element: TpEvaluationSummary; attributes: TpEvaluationSummaryAttributes; events: TpEvaluationSummaryEventMap };
}
