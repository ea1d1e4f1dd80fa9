/**
 * tyopari-forms: importing this module registers every element.
 * Import `tyopari-forms/<element>.js` to load one element only.
 */
// First, before Lit: explains a refused Trusted Types policy (see the file).
import './internal/trusted-types.js';
export * from './elements/likert-scale/likert-scale.js';
export * from './events.js';
export * from './schema/index.js';
export { setLocale, currentLocale, loadTyopariLocale } from './internal/localization.js';
export * from './elements/evaluation-form/evaluation-form.js';
export * from './elements/kickoff-guide/kickoff-guide.js';
export * from './elements/pair-request-form/pair-request-form.js';
export * from './elements/pair-reflection/pair-reflection.js';
export * from './elements/evaluation-summary/evaluation-summary.js';
