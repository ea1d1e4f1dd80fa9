/**
 * Every element, the events and the language switch: `tyopari-forms` without
 * the schemas. The script-tag bundle is built from this file
 * (dist/tyopari-forms.bundle.js); its schemas are a file of their own next to
 * it (dist/tyopari-forms.schema.js), so a page that only shows a form does not
 * load zod and every payload rule to draw it.
 */
// First, before Lit: explains a refused Trusted Types policy (see the file).
import '../internal/trusted-types.js';
export * from './likert-scale/likert-scale.js';
export * from '../events.js';
export { setLocale, currentLocale, loadTyopariLocale } from '../internal/localization.js';
export * from './evaluation-form/evaluation-form.js';
export * from './kickoff-guide/kickoff-guide.js';
export * from './pair-request-form/pair-request-form.js';
export * from './pair-reflection/pair-reflection.js';
export * from './evaluation-summary/evaluation-summary.js';
