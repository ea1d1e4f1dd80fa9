/**
 * The demo host page's script: what a municipality's own script does with
 * tyopari-forms, in plain JavaScript. Every `tp-submit` is stored in this
 * browser's IndexedDB through `event.waitUntil`, so the form says "sent" only
 * once the payload is really stored; the page lists what it stored, exports
 * it as JSON and CSV, and feeds the summary and reflection elements from it.
 *
 * A host imports the package: `import 'tyopari-forms'` and
 * `import { toCsv } from 'tyopari-forms/schema'`. The demo imports the sources
 * instead, so `npm start` needs no build first.
 */
import { setLocale } from '../../src/index.ts';
import { toCsv } from '../../src/schema/index.ts';
import { samplePairs } from '../sample-data.ts';

const DATABASE = 'tyopari-demo';
const STORE = 'submissions';

/** Opens (and on first use creates) the demo's database: one record per submissionId. */
function openStore() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'submissionId' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs one request in a transaction; resolves once the transaction has committed. */
async function inStore(mode, use) {
  const db = await openStore();
  try {
    return await new Promise((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = use(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

/**
 * Stores one payload. `submissionId` is the key, so a retry of the same send
 * (the form keeps the id) overwrites instead of storing twice.
 */
export function storePayload(payload) {
  const record = { submissionId: payload.submissionId ?? crypto.randomUUID(), storedAt: new Date().toISOString(), payload };
  return inStore('readwrite', (store) => store.put(record));
}

/** Every stored record, newest first. */
export async function storedRecords() {
  const records = await inStore('readonly', (store) => store.getAll());
  return records.sort((a, b) => b.storedAt.localeCompare(a.storedAt));
}

export function clearStore() {
  return inStore('readwrite', (store) => store.clear());
}

const isEvaluation = (payload) => payload.schema === 'tyopari/evaluation@1';

/** A short line saying whose payload it is, for the list. */
function describe(payload) {
  if (isEvaluation(payload)) return `${payload.role}${payload.pairId ? `, pair ${payload.pairId}` : ''}`;
  if (payload.schema === 'tyopari/pair-request@1') return `${payload.municipality}, ${payload.contactName}`;
  if (payload.schema === 'tyopari/reflection@1') return `pair ${payload.pairId}, talked through together`;
  if (payload.schema === 'tyopari/kickoff@1') return [payload.pair?.professional, payload.pair?.experienceExpert].filter(Boolean).join(' & ') || 'kickoff notes';
  return '';
}

/**
 * Wires a host page (the demo's `<main>`, or the same markup in Storybook):
 * stores every `tp-submit`, keeps the list, exports and review elements up to
 * date. Returns a promise that resolves once the stored records are shown.
 */
export function startDemo(root) {
  const $ = (name) => root.querySelector(`[data-demo="${name}"]`);
  const elements = () => root.querySelectorAll('tp-evaluation-form, tp-kickoff-guide, tp-pair-request-form, tp-evaluation-summary, tp-pair-reflection');
  const evaluationForm = root.querySelector('tp-evaluation-form');
  const urls = [];

  function log(text) {
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString('en-GB')} ${text}`;
    $('log').prepend(item);
    while ($('log').children.length > 12) $('log').lastElementChild.remove();
  }

  function link(name, content, type) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    urls.push(url);
    while (urls.length > 4) URL.revokeObjectURL(urls.shift());
    $(name).href = url;
  }

  async function refresh() {
    const records = await storedRecords();
    const payloads = records.map((record) => record.payload);
    const evaluations = payloads.filter(isEvaluation);
    $('count').textContent = records.length === 0 ? 'Nothing stored yet.' : `${records.length} stored (${evaluations.length} ${evaluations.length === 1 ? 'evaluation' : 'evaluations'}).`;

    const body = $('list').tBodies[0];
    body.replaceChildren(
      ...records.map((record) => {
        const row = body.insertRow();
        const cells = [new Date(record.storedAt).toLocaleString('en-GB'), record.payload.schema, describe(record.payload), record.submissionId];
        for (const text of cells) row.insertCell().textContent = text;
        const details = document.createElement('details');
        const summary = document.createElement('summary');
        summary.textContent = 'Show';
        const pre = document.createElement('pre');
        pre.textContent = JSON.stringify(record.payload, null, 2);
        details.append(summary, pre);
        row.insertCell().append(details);
        return row;
      }),
    );

    link('export-json', `${JSON.stringify(payloads, null, 2)}\n`, 'application/json');
    link('export-csv', toCsv(evaluations, { headers: currentLanguage() }), 'text/csv;charset=utf-8');

    const summaryElement = root.querySelector('tp-evaluation-summary');
    if (summaryElement) summaryElement.payloads = evaluations;

    // The reflection shows one pair: its two evaluations (the volunteer's and the professional's).
    const pairs = [...new Set(evaluations.map((payload) => payload.pairId).filter(Boolean))].sort();
    const select = $('pair');
    const chosen = select.value;
    select.replaceChildren(...pairs.map((pair) => new Option(pair, pair, false, pair === chosen)));
    feedReflection(evaluations);
  }

  function feedReflection(evaluations) {
    const reflection = root.querySelector('tp-pair-reflection');
    if (!reflection) return;
    const pair = $('pair').value;
    const latest = (role) => evaluations.find((payload) => payload.pairId === pair && payload.role === role);
    reflection.payloads = [latest('kokemustoimija'), latest('ammattilainen')].filter(Boolean);
  }

  function currentLanguage() {
    return $('language').value;
  }

  // 1. Answer → event → stored: the form waits for the store and shows "sent" or a retry.
  root.addEventListener('tp-submit', (event) => {
    const from = event.target.localName;
    log(`tp-submit from <${from}>: ${event.detail.schema}, submissionId ${event.detail.submissionId}`);
    if ($('fail').checked) {
      event.waitUntil(Promise.reject(new Error('Storage failure simulated by the demo')));
      return;
    }
    event.waitUntil(
      storePayload(event.detail).then(() => {
        log(`stored ${event.detail.submissionId} in IndexedDB`);
        return refresh();
      }),
    );
  });
  root.addEventListener('tp-submit-failed', (event) => {
    log(`tp-submit-failed: ${event.detail.reason}${event.detail.status ? ` ${event.detail.status}` : ''}, submissionId ${event.detail.submissionId}`);
  });
  root.addEventListener('tp-invalid', (event) => log(`tp-invalid: ${event.detail.missing.length} required answers missing`));

  // The page's own controls.
  root.querySelectorAll('input[name="respondent"]').forEach((radio) =>
    radio.addEventListener('change', () => evaluationForm.setAttribute('respondent', radio.value)),
  );
  $('pair-id').addEventListener('input', (event) => evaluationForm.setAttribute('pair-id', event.target.value));
  $('pair').addEventListener('change', () => refresh());
  // Made-up answers of 6 pairs, so the summary has enough to show (it shows only counts below 3 answers).
  // Their submissionIds are fixed: a second click stores nothing new.
  $('samples').addEventListener('click', async () => {
    for (const payload of samplePairs(6)) await storePayload(payload);
    log('stored the sample evaluations of 6 pairs');
    await refresh();
  });
  $('clear').addEventListener('click', async () => {
    await clearStore();
    log('deleted everything stored');
    await refresh();
  });
  $('language').addEventListener('change', async () => {
    const locale = currentLanguage();
    for (const element of elements()) element.lang = locale;
    await setLocale(locale);
    await refresh();
  });

  for (const element of elements()) element.lang = currentLanguage();
  for (const placeholder of root.querySelectorAll('[data-demo-pending]')) {
    placeholder.hidden = customElements.get(placeholder.dataset.demoPending) !== undefined;
  }
  return refresh();
}
