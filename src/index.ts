/**
 * tyopari-forms: importing this module registers every element.
 * Import `tyopari-forms/<element>.js` to load one element only.
 */
export * from './elements/likert-scale/likert-scale.js';
export * from './events.js';
export * from './schema/index.js';
export { setLocale, currentLocale, loadTyopariLocale } from './internal/localization.js';
export * from './elements/evaluation-form/evaluation-form.js';
export * from './elements/kickoff-guide/kickoff-guide.js';
export * from './elements/pair-request-form/pair-request-form.js';
