/**
 * The one place that turns a validation issue into words for the user. Schema
 * rules live in src/schema; what we say about a broken rule lives here, in the
 * user's language, in plain words that tell how to fix it.
 */
import { msg, str } from '@lit/localize';
import type { LocalizedText } from '../schema/text.js';
import { localize } from './localization.js';

/** The parts of a zod issue we read (zod and zod/mini issues both fit). */
export interface ValidationIssue {
  code: string;
  path: PropertyKey[];
  input?: unknown;
  maximum?: unknown;
  minimum?: unknown;
  format?: string;
  params?: Record<string, unknown>;
}

/**
 * Custom rules name themselves with `params.reason`. A `dateOrder` issue also
 * gives `params.after`: the label of the day it may not come before.
 */
export type CustomReason =
  | 'phone'
  | 'email'
  | 'hetu'
  | 'date'
  | 'dateOrder'
  | 'chooseOne'
  | 'pastDate'
  | 'futureDate'
  | 'clientConsent';

/** What kind of field the issue is on, so "missing" can say what to do. */
export type FieldKind = 'choice' | 'text' | 'consent' | 'checkboxes' | 'date';

/**
 * Who the message speaks to: one user (`'you'`, the default) or the pair who
 * fill in the kickoff guide together (`'pair'`, plural "te").
 */
export type Addressee = 'you' | 'pair';

export function issueMessage(issue: ValidationIssue, kind: FieldKind, addressee: Addressee = 'you'): string {
  const email = issue.code === 'invalid_format' && issue.format === 'email';
  const reason = (email ? 'email' : issue.params?.['reason']) as CustomReason | undefined;
  switch (reason) {
    case 'phone':
      return msg('Tarkista puhelinnumero. Esimerkiksi 040 123 4567 tai +358 40 123 4567.');
    case 'email':
      return msg('Tarkista sähköpostiosoite. Esimerkiksi etunimi.sukunimi@kunta.fi.');
    case 'hetu':
      // A reference number may look like a code by chance; written without its
      // dash or middle letter it is no longer read as one (see hetu.ts).
      return addressee === 'pair'
        ? msg(
            'Tekstissä näyttää olevan henkilötunnus. Poistakaa se: henkilötunnusta ei saa kirjoittaa lomakkeeseen. Jos numero ei ole henkilötunnus, kirjoittakaa se yhteen ilman väliviivaa tai keskellä olevaa kirjainta.',
          )
        : msg(
            'Tekstissä näyttää olevan henkilötunnus. Poista se: henkilötunnusta ei saa kirjoittaa tähän lomakkeeseen. Jos numero ei ole henkilötunnus, kirjoita se yhteen ilman väliviivaa tai keskellä olevaa kirjainta.',
          );
    case 'date':
      return msg('Tarkista päivämäärä.');
    case 'dateOrder': {
      const earliest = localize(issue.params?.['after'] as LocalizedText);
      return msg(str`Päivä ei voi olla aikaisempi kuin kohdassa ”${earliest}”. Valitse sama tai myöhempi päivä.`);
    }
    case 'chooseOne':
      return msg('Valitse vähintään yksi vaihtoehto.');
    case 'pastDate':
      return msg('Päivä on jo mennyt. Valitse päivä, joka on tänään tai myöhemmin.');
    case 'futureDate':
      return msg('Päivä ei voi olla tulevaisuudessa. Valitse päivä, joka on tänään tai aiemmin.');
    case 'clientConsent':
      // Asking is not being given: the tick is for a permission the client has given.
      return msg('Pyyntöä ei voi lähettää ilman asiakkaan lupaa. Rastita kohta, kun asiakas on antanut luvan.');
  }
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
    const max = issue.maximum;
    return msg(str`Teksti on liian pitkä. Enintään ${max} merkkiä.`);
  }
  // Anything else means the field is empty or its value is not one we offer.
  switch (kind) {
    case 'choice':
      return msg('Valitse yksi vaihtoehto.');
    case 'checkboxes':
      return msg('Valitse vähintään yksi vaihtoehto.');
    case 'consent':
      return msg('Rastita tämä kohta ennen lähettämistä.');
    case 'date':
      return msg('Valitse päivämäärä.');
    case 'text':
      return msg('Kirjoita vastaus.');
  }
}

/** The field an issue belongs to: the last string in its path. */
export function issueFieldId(issue: ValidationIssue): string {
  const id = [...issue.path].reverse().find((part) => typeof part === 'string');
  return typeof id === 'string' ? id : '';
}
