/**
 * One place for the library's language. @lit/localize runs in runtime mode:
 * Finnish is built in, Swedish and English load on demand from
 * src/generated/locales (built from the XLIFF files in locales/).
 *
 * `configureLocalization` may be called only once per page. The library calls
 * it the first time one of its elements connects, and only if the host has not
 * called it already; a host that uses @lit/localize itself merges our
 * templates into its own `loadLocale` (see README, "Your own @lit/localize").
 */
import { configureLocalization, LOCALE_STATUS_EVENT, msg } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';
import { parseIsoDate } from '../schema/dates.js';
import { locales, type Locale } from '../schema/locales.js';
import type { LocalizedText } from '../schema/text.js';

const loaders: Record<Exclude<Locale, 'fi'>, () => Promise<LocaleModule>> = {
  sv: () => import('../generated/locales/sv.js'),
  en: () => import('../generated/locales/en.js'),
};

/** The library's own translations for `locale`, for a host that configures @lit/localize itself. */
export async function loadTyopariLocale(locale: string): Promise<LocaleModule> {
  const known = toLocale(locale);
  return known === 'fi' ? { templates: {} } : loaders[known]();
}

let state: 'idle' | 'ours' | 'host' = 'idle';
let current: Locale = 'fi';
let setOurLocale: ((locale: string) => Promise<void>) | undefined;

/** Maps any BCP 47 tag to a language we have: `sv-FI` → `sv`, unknown → `fi`. */
export function toLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (locales as readonly string[]).includes(base ?? '') ? (base as Locale) : 'fi';
}

/** The language elements render in now. */
export function currentLocale(): Locale {
  return current;
}

/** Switches every tyopari element on the page to `locale` (`fi`, `sv` or `en`). */
export async function setLocale(locale: string): Promise<void> {
  ensureLocalization();
  if (setOurLocale) await setOurLocale(toLocale(locale));
}

function followDocumentLanguage() {
  const html = document.documentElement;
  const apply = () => void setLocale(html.lang);
  new MutationObserver(apply).observe(html, { attributes: true, attributeFilter: ['lang'] });
  apply();
}

// Listen from the start: a host with its own @lit/localize may switch language
// (through loadTyopariLocale, so after this module loaded) before any of our
// elements connects, and `lang` and payloads must say the language shown.
window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
  if (event.detail.status === 'ready') current = toLocale(event.detail.readyLocale);
});

/** Sets up @lit/localize unless the host already has. Safe to call many times. */
export function ensureLocalization(): void {
  if (state !== 'idle') return;
  try {
    const controls = configureLocalization({
      sourceLocale: 'fi',
      targetLocales: ['sv', 'en'],
      loadLocale: (locale) => loaders[locale as Exclude<Locale, 'fi'>](),
    });
    state = 'ours';
    setOurLocale = controls.setLocale;
    followDocumentLanguage();
  } catch {
    // The host configured @lit/localize first: its setLocale drives ours too.
    state = 'host';
  }
}

// Texts from a definition are looked up at render time; lit-localize's
// extractor sees them through src/generated/schema-messages.ts instead.
// `msg` is a live binding that configureLocalization replaces, so read it at
// each call: a copy taken at import time would stay the untranslating default.
const lookup = (text: string): string => (msg as unknown as (text: string) => string)(text);

/** A definition's text in the current language. */
export function localize(text: LocalizedText): string {
  if (typeof text === 'string') return lookup(text);
  return text[current] || text.fi;
}

const dateLocales: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/**
 * A day (`YYYY-MM-DD`) in the current language: `short` "23.11.2026", or
 * `long` "maanantaina 23. marraskuuta 2026" (the weekday helps plan a visit).
 * Text that is not a real day is shown as it is.
 */
export function formatDay(isoDate: string, style: 'short' | 'long' = 'short'): string {
  const date = parseIsoDate(isoDate);
  if (!date) return isoDate;
  const options: Intl.DateTimeFormatOptions =
    style === 'long' ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } : {};
  return new Intl.DateTimeFormat(dateLocales[current], options).format(date);
}
