/**
 * Opt-in draft autosave. `autosave` (or `autosave="session"`) keeps a draft in
 * sessionStorage: it survives a reload and is gone with the tab, which is safe
 * on a shared computer. `autosave="local"` keeps it in localStorage for at most
 * `maxAgeDays`, for hosts whose users have their own device. Storage errors
 * (private mode, full quota, blocked storage) never reach the user's form.
 */
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

export class DraftStore<T> {
  constructor(
    private readonly mode: DraftMode,
    private readonly form: { id: string; version: number },
    private readonly key: string,
    /** Checks the stored data; `undefined` means it no longer fits and is dropped. */
    private readonly parse: (data: unknown) => T | undefined,
    private readonly maxAgeDays = 30,
  ) {}

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
      ...(this.mode === 'local' ? { expiresAt: new Date(now.getTime() + this.maxAgeDays * DAY).toISOString() } : {}),
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
