/**
 * Opt-in draft autosave. `autosave` (or `autosave="session"`) keeps a draft in
 * sessionStorage: it survives a reload and is gone with the tab, which is safe
 * on a shared computer. `autosave="local"` keeps it in localStorage for at most
 * `LOCAL_DRAFT_DAYS`, for hosts whose users have their own device. Storage errors
 * (private mode, full quota, blocked storage) never reach the user's form: the
 * notice says this browser keeps no draft instead.
 * `draftNotice` tells the user where the draft is kept and lets them remove it.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { DRAFT_SCHEMA, DRAFT_TEXT_LIMIT, cutForDraft, draftEnvelopeSchema } from '../schema/draft.js';

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
  | { status: 'dropped' }
  | { status: 'unavailable' };

/** What a save did: kept the draft (`cut` when a text was longer than a draft keeps), or could not. */
export type DraftSave = { status: 'saved'; cut: boolean } | { status: 'unavailable' };

const DAY = 24 * 60 * 60 * 1000;
/** How long a local draft is kept (the notice says so). */
export const LOCAL_DRAFT_DAYS = 30;

/** Which form a draft belongs to, and which of its drafts. */
export interface DraftIdentity {
  id: string;
  version: number;
  /** Keeps drafts apart within one form, e.g. one per pair. */
  scope?: string | undefined;
  /** Keeps two elements of one form on a page apart: their `draft-key` or `id`. */
  instance?: string | undefined;
}

/** `tyopari-forms:draft:<form id>@<version>`, then `:<scope>` and `#<instance>` when given. */
export function draftKey(identity: DraftIdentity): string {
  // An empty scope keeps its colon: that is the key drafts were kept under before instances had keys.
  const scope = identity.scope === undefined ? '' : `:${identity.scope}`;
  const instance = identity.instance ? `#${identity.instance}` : '';
  return `tyopari-forms:draft:${identity.id}@${identity.version}${scope}${instance}`;
}

/** Strings cut to what a draft keeps, everywhere in `data`; `cut` says whether any was. */
function cutTexts(data: unknown): { data: unknown; cut: boolean } {
  let cut = false;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (value.length > DRAFT_TEXT_LIMIT) cut = true;
      return cutForDraft(value);
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, walk(entry)]));
    }
    return value;
  };
  return { data: walk(data), cut };
}

export class DraftStore<T> {
  readonly key: string;

  constructor(
    private readonly mode: DraftMode,
    private readonly identity: DraftIdentity,
    /** Checks the stored data; `undefined` means it no longer fits and is dropped. */
    private readonly parse: (data: unknown) => T | undefined,
  ) {
    this.key = draftKey(identity);
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
    const storage = this.storage;
    if (!storage) return { status: 'unavailable' };
    try {
      raw = storage.getItem(this.key);
    } catch {
      return { status: 'unavailable' };
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
    if (form.id !== this.identity.id || form.version !== this.identity.version) return undefined;
    if (expiresAt && Date.parse(expiresAt) < now.getTime()) return undefined;
    const data = this.parse(envelope.data.data);
    return data === undefined ? undefined : { status: 'restored', data, savedAt };
  }

  /** Keeps `data`; a text longer than a draft keeps is cut (and said), never the reason to lose the rest. */
  save(data: T, now = new Date()): DraftSave {
    const kept = cutTexts(data);
    const envelope = {
      schema: DRAFT_SCHEMA,
      form: { id: this.identity.id, version: this.identity.version },
      savedAt: now.toISOString(),
      ...(this.mode === 'local' ? { expiresAt: new Date(now.getTime() + LOCAL_DRAFT_DAYS * DAY).toISOString() } : {}),
      data: kept.data,
    };
    const storage = this.storage;
    if (!storage) return { status: 'unavailable' };
    try {
      storage.setItem(this.key, JSON.stringify(envelope));
    } catch {
      // A full or blocked storage only means no draft; the form keeps working and says so.
      return { status: 'unavailable' };
    }
    return { status: 'saved', cut: kept.cut };
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing to clear.
    }
  }
}

/** The element that keeps its draft under each key now, so two on one page do not overwrite each other. */
const owners = new Map<string, WeakRef<Element>>();

/**
 * Claims `key` for `owner`. Another connected element holding it means two
 * forms would overwrite each other's drafts: the later one keeps no draft,
 * and the console says which attribute tells them apart.
 */
export function claimDraftKey(key: string, owner: Element): boolean {
  const current = owners.get(key)?.deref();
  if (current && current !== owner && current.isConnected) {
    const tag = owner.localName;
    console.warn(
      `tyopari-forms: two <${tag}> elements on this page would keep their drafts under the same key (${key}). ` +
        `Give each a different draft-key attribute (or id), e.g. <${tag} draft-key="second">; until then this one keeps no draft.`,
    );
    return false;
  }
  owners.set(key, new WeakRef(owner));
  return true;
}

/** Lets go of `key` (the element left the page or changed its draft). */
export function releaseDraftKey(key: string, owner: Element): void {
  if (owners.get(key)?.deref() === owner) owners.delete(key);
}

export type DraftNoticeStatus = 'restored' | 'dropped' | 'saved' | 'discarded' | 'unavailable' | undefined;

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
      : msg('Keskeneräiset muistiinpanot tallentuvat tähän selaimen välilehteen, kunnes tallennatte yhteenvedon tai suljette välilehden.');
  }
  return mode === 'local'
    ? msg(str`Keskeneräiset vastaukset tallentuvat tähän selaimeen ${days} päiväksi tai kunnes lähetät lomakkeen.`)
    : msg('Keskeneräiset vastaukset tallentuvat tähän selaimen välilehteen, kunnes lähetät lomakkeen tai suljet välilehden.');
}

/**
 * While autosave is on, tells the user where their answers (or notes) are
 * kept; after a restore or a first save, also lets them throw the draft away.
 * When no draft can be kept, it says so and offers nothing to remove.
 */
export function draftNotice(
  status: DraftNoticeStatus,
  mode: DraftMode,
  onDiscard: () => void,
  content: DraftContent = 'answers',
  cut = false,
) {
  if (status === 'unavailable') {
    return html`<div class="notice" part="draft-notice">
      <div role="status">
        <p class="notice-title">${msg('Luonnosta ei voi tallentaa tässä selaimessa.')}</p>
      </div>
      <p>
        ${content === 'notes'
          ? msg('Muistiinpanot ovat tallessa vain niin kauan kuin tämä sivu on auki.')
          : msg('Vastaukset ovat tallessa vain niin kauan kuin tämä sivu on auki.')}
      </p>
    </div>`;
  }
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
    ${cut
      ? html`<p>${msg('Yksi teksti on niin pitkä, että luonnokseen tallentui siitä vain alku. Näytöllä teksti on kokonaan.')}</p>`
      : nothing}
    ${status === 'restored' || status === 'saved'
      ? html`<button type="button" class="button button--secondary" @click=${onDiscard}>
          ${content === 'notes' ? msg('Poistakaa luonnos ja tyhjentäkää muistiinpanot') : msg('Poista luonnos ja tyhjennä lomake')}
        </button>`
      : nothing}
  </div>`;
}
