/**
 * tyopari-forms: importing this module registers every element.
 * Import `tyopari-forms/<element>.js` to load one element only, and
 * `tyopari-forms/schema` for the schemas alone (no DOM, no Lit).
 */
export * from './elements/index.js';
export * from './schema/index.js';
