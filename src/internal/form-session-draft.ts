/**
 * The draft side of a form session: claiming the draft's key, restoring it
 * under what the user already typed, saving, and what `tp-draft` says.
 * Loaded with a form's first draft (only forms with `autosave` have one), so
 * a form's first render carries none of it.
 */
import { TpEvent, type TpDraftDetail } from '../events.js';
import { DraftStore, claimDraftKey, draftMode, type DraftIdentity } from './draft.js';
import type { FormSession } from './form-session.js';

export { draftNotice, releaseDraftKey } from './draft.js';

/** Sets what the draft notice says and tells the host (`tp-draft`). */
export function setDraftStatus<A>(session: FormSession<A, unknown>, status: TpDraftDetail['status']): void {
  session.draftStatus = status;
  session.host.requestUpdate();
  session.host.dispatchEvent(new TpEvent<TpDraftDetail>('tp-draft', { status }));
}

/**
 * Opens the session's draft: one element of a form per key (a second one on
 * the page keeps none and the console says why), and a restored draft merged
 * under what the user typed before it arrived, never over it.
 */
export function restoreDraft<A>(
  session: FormSession<A, unknown>,
  identity: Omit<DraftIdentity, 'instance'>,
  parse: (data: unknown) => A | undefined,
): void {
  const { host, adapter } = session;
  const mode = draftMode(host.autosave, adapter.allowLocalDrafts);
  if (!mode) return;
  session.draftMode = mode;
  const instance = host.draftKey?.trim() || host.id.trim() || undefined;
  const store = new DraftStore(mode, { ...identity, instance }, parse);
  if (!host.isConnected || !claimDraftKey(store.key, host)) {
    setDraftStatus(session, 'unavailable');
    return;
  }
  session.store = store;
  const loaded = store.load();
  if (loaded.status === 'restored') {
    if (session.hostLoaded) return;
    session.answers = [...session.typed].reduce((answers, [id, value]) => adapter.apply(answers, id, value), loaded.data);
    adapter.restored?.(session.answers);
  }
  // What was typed while this module was on its way is kept now, not only at the next edit.
  if (session.typed.size > 0) saveDraft(session);
  if (loaded.status !== 'none') setDraftStatus(session, loaded.status);
  host.requestUpdate();
}

/** Keeps the answers in the draft; when the browser cannot, the notice says so once. */
export function saveDraft<A>(session: FormSession<A, unknown>): void {
  const saved = session.store?.save(session.answers);
  if (!saved) return;
  if (saved.status === 'unavailable') {
    if (session.draftStatus !== 'unavailable') setDraftStatus(session, 'unavailable');
    return;
  }
  session.draftCut = saved.cut;
  // A new draft after one was discarded or dropped can be removed again.
  if (session.draftStatus !== 'restored') session.draftStatus = 'saved';
}

/** Removes the draft and empties the form; focus goes to the title. */
export async function discardDraft<A>(session: FormSession<A, unknown>): Promise<void> {
  session.store?.clear();
  session.resetAnswers();
  setDraftStatus(session, 'discarded');
  await session.host.focusAfterUpdate('.title');
}
