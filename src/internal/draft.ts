/**
 * Opt-in draft autosave. `autosave` (or `autosave="session"`) keeps a draft in
 * sessionStorage: it survives a reload and is gone with the tab, which is safe
 * on a shared computer. `autosave="local"` keeps it in localStorage for at most
 * `LOCAL_DRAFT_DAYS`, for hosts whose users have their own device. Storage errors
 * (private mode, full quota, blocked storage) never reach the user's form.
 * `draftNotice` tells the user where the draft is kept and lets them remove it.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { DRAFT_SCHEMA, draftEnvelopeSchema } from '../schema/draft.js';

export type DraftMode = 'session' | 'local';

/** Reads the `autosave` attribute: absent or "off"/"false" means no drafts. */
export function draftMode(attribute: string | null | undefined, allowLocal = true): DraftMode | undefined {
  if (attribute === null || attribute === undefined) return undefined;
  const value = attribute.trim().toLowerCase();
  if (value === 'off' || value === 'false') return undefined;
  return value === 'local' && allowLocal ? 'local' : 'session';
}

export type DraftLoad<T> =
  | { status: 'none' }
  | { status: 'restored'; data: T; savedAt: string }
  | { status: 'dropped' };

const DAY = 24 * 60 * 60 * 1000;
/** How long a local draft is kept (the notice says so). */
export const LOCAL_DRAFT_DAYS = 30;

export class DraftStore<T> {
  /** `tyopari-forms:draft:<form id>@<version>`, and `:<scope>` when given (e.g. a pair id). */
  private readonly key: string;

  constructor(
    private readonly mode: DraftMode,
    private readonly form: { id: string; version: number },
    /** Checks the stored data; `undefined` means it no longer fits and is dropped. */
    private readonly parse: (data: unknown) => T | undefined,
    /** Keeps drafts apart within one form, e.g. one per pair. */
    scope?: string,
  ) {
    this.key = `tyopari-forms:draft:${form.id}@${form.version}${scope === undefined ? '' : `:${scope}`}`;
  }

  private get storage(): Storage | undefined {
    try {
      return this.mode === 'local' ? window.localStorage : window.sessionStorage;
    } catch {
      return undefined;
    }
  }

  load(now = new Date()): DraftLoad<T> {
    let raw: string | null = null;
    try {
      raw = this.storage?.getItem(this.key) ?? null;
    } catch {
      return { status: 'none' };
    }
    if (raw === null) return { status: 'none' };
    const data = this.parseEnvelope(raw, now);
    if (data === undefined) {
      this.clear();
      return { status: 'dropped' };
    }
    return data;
  }

  private parseEnvelope(raw: string, now: Date): DraftLoad<T> | undefined {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return undefined;
    }
    const envelope = draftEnvelopeSchema.safeParse(json);
    if (!envelope.success) return undefined;
    const { form, expiresAt, savedAt } = envelope.data;
    if (form.id !== this.form.id || form.version !== this.form.version) return undefined;
    if (expiresAt && Date.parse(expiresAt) < now.getTime()) return undefined;
    const data = this.parse(envelope.data.data);
    return data === undefined ? undefined : { status: 'restored', data, savedAt };
  }

  save(data: T, now = new Date()): void {
    const envelope = {
      schema: DRAFT_SCHEMA,
      form: this.form,
      savedAt: now.toISOString(),
      ...(this.mode === 'local' ? { expiresAt: new Date(now.getTime() + LOCAL_DRAFT_DAYS * DAY).toISOString() } : {}),
      data,
    };
    try {
      this.storage?.setItem(this.key, JSON.stringify(envelope));
    } catch {
      // A full or blocked storage only means no draft; the form keeps working.
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing to clear.
    }
  }
}

export type DraftNoticeStatus = 'restored' | 'dropped' | 'saved' | 'discarded' | undefined;

/**
 * What a draft holds: a form's answers, which the user sends, or the kickoff
 * guide's notes, which the pair ("te") save as a summary.
 */
export type DraftContent = 'answers' | 'notes';

/** Where the unsent work is kept and until when, in the words of the form that keeps it. */
function draftWhere(mode: DraftMode, content: DraftContent): string {
  const days = LOCAL_DRAFT_DAYS;
  if (content === 'notes') {
    return mode === 'local'
      ? msg(str`Keskeneräiset muistiinpanot tallentuvat tähän selaimeen ${days} päiväksi tai kunnes tallennatte yhteenvedon.`)
      : msg('Keskeneräiset muistiinpanot tallentuvat tähän selainikkunaan, kunnes tallennatte yhteenvedon tai suljette ikkunan.');
  }
  return mode === 'local'
    ? msg(str`Keskeneräiset vastaukset tallentuvat tähän selaimeen ${days} päiväksi tai kunnes lähetät lomakkeen.`)
    : msg('Keskeneräiset vastaukset tallentuvat tähän selainikkunaan, kunnes lähetät lomakkeen tai suljet ikkunan.');
}

/**
 * While autosave is on, tells the user where their answers (or notes) are
 * kept; after a restore or a first save, also lets them throw the draft away.
 */
export function draftNotice(
  status: DraftNoticeStatus,
  mode: DraftMode,
  onDiscard: () => void,
  content: DraftContent = 'answers',
) {
  const where = draftWhere(mode, content);
  const text = {
    restored:
      content === 'notes'
        ? msg('Palautimme aiemmin aloittamanne muistiinpanot.')
        : msg('Palautimme aiemmin aloittamasi vastaukset.'),
    dropped: msg('Aiemmin tallennettua luonnosta ei voitu palauttaa, joten se poistettiin.'),
    discarded: msg('Luonnos on poistettu.'),
    saved: '',
  }[status ?? 'saved'];
  // Only what happened to the draft is announced, not the button that appears
  // while the user types.
  return html`<div class="notice" part="draft-notice">
    <div role="status">${text ? html`<p class="notice-title">${text}</p>` : nothing}</div>
    <p>${where}</p>
    ${status === 'restored' || status === 'saved'
      ? html`<button type="button" class="button button--secondary" @click=${onDiscard}>
          ${msg('Poista luonnos ja tyhjennä lomake')}
        </button>`
      : nothing}
  </div>`;
}
