/**
 * The form session every tyopari form shares (src/internal/form-session.ts),
 * run against all three forms: nothing is lost between the last keystroke and
 * the host's store, and drafts are never wiped or overwritten.
 */
import { aTimeout, expect, fixture, fixtureCleanup, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../src/internal/localization.js';
import '../src/elements/evaluation-form/evaluation-form.js';
import '../src/elements/kickoff-guide/kickoff-guide.js';
import '../src/elements/pair-request-form/pair-request-form.js';
import type { TpSubmitEvent, TpSubmitFailedDetail } from '../src/events.js';
import { fillEvaluation, fillKickoff, fillPairRequest } from './fill.js';
import { UUID, shadow, typeInto, visibleText, waitUntilShown } from './helpers.js';

type FormElement = HTMLElement & { submit(): Promise<boolean>; updateComplete: Promise<boolean> };
type Payload = { submissionId?: string; locale?: string };

interface FormCase {
  tag: string;
  /** Extra attributes the form needs to show (e.g. the respondent). */
  base: string;
  fill(el: FormElement): Promise<void>;
  /** What shows once the host has stored the payload. */
  sent: string;
  /** A text field, its value after `fill`, and where a long text goes. */
  kept: { id: string; value: string };
  longField: string;
  draftKey: string;
  /** What the form says while sending and after a failure (fi). */
  sending: string;
  notSent: string;
}

const cases: FormCase[] = [
  {
    tag: 'tp-evaluation-form',
    base: 'respondent="kokemustoimija" pair-id="pari-1"',
    fill: (el) => fillEvaluation(el as never),
    sent: '.confirmation',
    kept: { id: 'activityType', value: 'Vertaistukiryhmä' },
    longField: 'a_open_1',
    draftKey: 'tyopari-forms:draft:evaluation-kokemustoimija@1:pari-1',
    sending: 'Lähetetään…',
    notSent: 'Vastauksiasi ei lähetetty',
  },
  {
    tag: 'tp-kickoff-guide',
    base: 'view="all"',
    fill: (el) => fillKickoff(el as never),
    sent: '[part=confirmation] p',
    kept: { id: 'pair-professional', value: 'A. K.' },
    longField: 'notes-pair_2',
    draftKey: 'tyopari-forms:draft:kickoff@1',
    sending: 'Tallennetaan…',
    notSent: 'Yhteenvetoa ei tallennettu',
  },
  {
    tag: 'tp-pair-request-form',
    base: '',
    fill: (el) => fillPairRequest(el as never),
    sent: '.confirmation',
    kept: { id: 'municipality', value: 'Kemijärvi' },
    longField: 'helpDescription',
    draftKey: 'tyopari-forms:draft:pair-request@1',
    sending: 'Lähetetään…',
    notSent: 'Vastauksiasi ei lähetetty',
  },
];

const field = <T extends HTMLElement = HTMLInputElement>(el: Element, id: string) => shadow(el).getElementById(id) as T;
const submitButton = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part=submit]')!;
const status = (el: Element) => shadow(el).querySelector('[part=send-status]')?.textContent?.trim() ?? '';

/** A promise the test settles by hand: a host store that is slow. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/** Collects every `tp-submit` payload; `store` decides what the host answers for the n-th send. */
function host(el: Element, store?: (index: number) => unknown) {
  const payloads: Payload[] = [];
  el.addEventListener('tp-submit', (event) => {
    const submit = event as TpSubmitEvent<Payload>;
    payloads.push(submit.detail);
    if (store) submit.waitUntil(store(payloads.length - 1));
  });
  return payloads;
}

/** Makes the browser say it is offline (or back online) as far as the page can tell. */
function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  if (online) window.dispatchEvent(new Event('online'));
}

for (const c of cases) {
  const create = (attributes = '') => fixture<FormElement>(`<${c.tag} ${c.base} ${attributes}></${c.tag}>`);

  describe(`<${c.tag}> form session`, () => {
    beforeEach(() => {
      sessionStorage.clear();
      localStorage.clear();
    });
    afterEach(async () => {
      fixtureCleanup();
      delete (navigator as { onLine?: boolean }).onLine;
      await setLocale('fi');
    });

    it('keeps answers and draft when the host fails to store, says so, and sends the same payload on retry', async () => {
      const el = await create('autosave');
      await c.fill(el);
      const payloads = host(el, (index) => (index === 0 ? Promise.reject(new Error('500 from the intranet')) : undefined));
      const failed = oneEvent(el, 'tp-submit-failed');
      submitButton(el).click();
      const detail = (await failed).detail as TpSubmitFailedDetail;
      expect(detail).to.deep.equal({ submissionId: payloads[0]!.submissionId, reason: 'rejected' });
      const failure = await waitUntilShown(el, '[part=send-failure]');
      await waitUntil(() => shadow(el).activeElement === failure, 'focus on the message');
      expect(visibleText(failure)).to.contain(c.notSent);
      expect(visibleText(failure)).to.contain('eikä mitään ole kadonnut');
      expect(field(el, c.kept.id).value).to.equal(c.kept.value);
      expect(JSON.parse(sessionStorage.getItem(c.draftKey)!).data).to.not.equal(undefined);
      expect(shadow(el).querySelector(c.sent)).to.equal(null);
      await expect(el).to.be.accessible();

      failure.querySelector<HTMLButtonElement>('[part=retry]')!.click();
      await waitUntilShown(el, c.sent);
      expect(payloads).to.have.length(2);
      expect(payloads[0]!.submissionId).to.match(UUID);
      expect(payloads[1]).to.deep.equal(payloads[0]);
      expect(sessionStorage.getItem(c.draftKey), 'draft removed once stored').to.equal(null);
    });

    it('shows a busy send button and "sending" until the host has stored, and sends once however often it is pressed', async () => {
      const el = await create();
      await c.fill(el);
      const store = deferred();
      const payloads = host(el, () => store.promise);
      const button = submitButton(el);
      for (let press = 0; press < 5; press++) button.click();
      await waitUntil(() => status(el) === c.sending, 'sending status');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.disabled, 'stays in the tab order').to.equal(false);
      button.focus();
      await sendKeys({ press: 'Enter' });
      void el.submit();
      await aTimeout(50);
      expect(payloads).to.have.length(1);
      expect(field(el, c.kept.id).value).to.equal(c.kept.value);
      expect(shadow(el).querySelector(c.sent)).to.equal(null);
      store.resolve();
      await waitUntilShown(el, c.sent);
      expect(status(el)).to.equal('');
      expect(payloads).to.have.length(1);
    });

    it('says the answers were not sent when the host does not answer within submit-timeout', async () => {
      const el = await create('submit-timeout="0.3"');
      await c.fill(el);
      host(el, () => new Promise(() => {}));
      const started = Date.now();
      const failed = oneEvent(el, 'tp-submit-failed');
      submitButton(el).click();
      expect(((await failed).detail as TpSubmitFailedDetail).reason).to.equal('timeout');
      expect(Date.now() - started).to.be.at.least(250);
      const failure = await waitUntilShown(el, '[part=send-failure]');
      expect(visibleText(failure)).to.contain('Palvelu ei vastannut ajoissa.');
      expect(field(el, c.kept.id).value).to.equal(c.kept.value);
    });

    it('POSTs to action as JSON with the submission id as Idempotency-Key, after tp-submit', async () => {
      const el = await create('action="/__store/201"');
      await c.fill(el);
      const order: string[] = [];
      el.addEventListener('tp-submit', () => order.push('tp-submit'));
      const payloads = host(el);
      submitButton(el).click();
      await waitUntilShown(el, c.sent);
      const last = await (await fetch('/__store/last')).json();
      expect(order).to.deep.equal(['tp-submit']);
      expect(last.headers['content-type']).to.equal('application/json');
      expect(last.headers['idempotency-key']).to.equal(payloads[0]!.submissionId);
      expect(last.body).to.deep.equal(JSON.parse(JSON.stringify(payloads[0])));
    });

    it('treats a 500 and a dropped connection from action as not sent', async () => {
      for (const [route, expected] of [
        ['500', { reason: 'http', status: 500 }],
        ['drop', { reason: 'network' }],
      ] as const) {
        const el = await create(`action="/__store/${route}"`);
        await c.fill(el);
        const failed = oneEvent(el, 'tp-submit-failed');
        submitButton(el).click();
        const { submissionId, ...rest } = (await failed).detail as TpSubmitFailedDetail;
        expect(rest, route).to.deep.equal(expected);
        expect(submissionId).to.match(UUID);
        await waitUntilShown(el, '[part=send-failure]');
        expect(field(el, c.kept.id).value).to.equal(c.kept.value);
        fixtureCleanup();
      }
    });

    it('says in plain words when the device is offline, and sends again once when the connection returns', async () => {
      const el = await create('autosave');
      await c.fill(el);
      setOnline(false);
      const payloads = host(el, () => (navigator.onLine ? Promise.resolve() : Promise.reject(new TypeError('Failed to fetch'))));
      submitButton(el).click();
      const failure = await waitUntilShown(el, '[part=send-failure]');
      expect(visibleText(failure)).to.match(/ei ole nyt yhteydessä verkkoon/);
      setOnline(true);
      await waitUntilShown(el, c.sent);
      expect(payloads).to.have.length(2);
      expect(payloads[1]!.submissionId).to.equal(payloads[0]!.submissionId);
    });

    it('keeps the answers safe when a tp-submit listener throws', async () => {
      const el = await create();
      await c.fill(el);
      // The browser reports the listener's error to the page; keep it from failing the test run.
      const reported = window.onerror;
      window.onerror = () => true;
      try {
        el.addEventListener('tp-submit', () => {
          throw new Error('the host store is broken');
        });
        submitButton(el).click();
        await waitUntilShown(el, '[part=send-failure]');
      } finally {
        window.onerror = reported;
      }
      expect(shadow(el).querySelector(c.sent)).to.equal(null);
      expect(field(el, c.kept.id).value).to.equal(c.kept.value);
    });

    it('works with no listener at all: stored at once', async () => {
      const el = await create();
      await c.fill(el);
      expect(await el.submit()).to.equal(true);
      expect(shadow(el).querySelector(c.sent)).to.not.equal(null);
    });

    it('states the language of the moment send was pressed, and words the failure in the language shown now', async () => {
      const el = await create();
      await c.fill(el);
      await setLocale('sv');
      const store = deferred();
      const payloads = host(el, () => store.promise);
      submitButton(el).click();
      await setLocale('en');
      await waitUntil(() => payloads.length === 1, 'sent');
      expect(payloads[0]!.locale).to.equal('sv');
      store.reject(new Error('no'));
      const failure = await waitUntilShown(el, '[part=send-failure]');
      expect(visibleText(failure)).to.match(/not (sent|saved)/);
      expect(visibleText(failure)).to.contain('Try again');
    });

    it('keeps a draft whose text is longer than a draft holds: the rest is restored, the long text cut with a notice', async () => {
      const el = await create('autosave');
      await c.fill(el);
      const long = 'x'.repeat(200_001);
      typeInto(field<HTMLTextAreaElement>(el, c.longField), long);
      await el.updateComplete;
      expect(visibleText(shadow(el).querySelector('[part=draft-notice]')!)).to.contain('luonnokseen tallentui siitä vain alku');
      expect(field<HTMLTextAreaElement>(el, c.longField).value, 'the screen keeps it all').to.have.length(200_001);
      fixtureCleanup();
      const again = await create('autosave');
      expect(field(again, c.kept.id).value).to.equal(c.kept.value);
      expect(field<HTMLTextAreaElement>(again, c.longField).value).to.have.length(200_000);
    });

    it('says this browser keeps no draft when storage throws, and offers nothing to remove', async () => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const el = await create('autosave');
        const draft = oneEvent(el, 'tp-draft');
        typeInto(field(el, c.kept.id), 'jotain');
        expect((await draft).detail.status).to.equal('unavailable');
        await el.updateComplete;
        const notice = shadow(el).querySelector('[part=draft-notice]')!;
        expect(visibleText(notice)).to.contain('Luonnosta ei voi tallentaa tässä selaimessa.');
        expect(visibleText(notice)).to.not.contain('tallentuvat');
        expect(notice.querySelector('button')).to.equal(null);
        expect(field(el, c.kept.id).value).to.equal('jotain');
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });

    it('keeps two instances on one page apart: a console warning without draft-key, a draft each with it', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const first = await create('autosave');
        const second = await create('autosave');
        await first.updateComplete;
        await second.updateComplete;
        expect(warnings.join(' ')).to.contain('draft-key');
        expect(visibleText(shadow(second).querySelector('[part=draft-notice]')!)).to.contain('Luonnosta ei voi tallentaa');
        typeInto(field(first, c.kept.id), 'ensimmäinen');
        typeInto(field(second, c.kept.id), 'toinen');
        expect(JSON.stringify(JSON.parse(sessionStorage.getItem(c.draftKey)!).data)).to.contain('ensimmäinen');
      } finally {
        console.warn = warn;
      }
      fixtureCleanup();
      sessionStorage.clear();

      const a = await create('autosave draft-key="a"');
      const b = await create('autosave draft-key="b"');
      typeInto(field(a, c.kept.id), 'ensimmäinen');
      typeInto(field(b, c.kept.id), 'toinen');
      fixtureCleanup();
      const againB = await create('autosave draft-key="b"');
      const againA = await create('autosave draft-key="a"');
      expect(field(againA, c.kept.id).value).to.equal('ensimmäinen');
      expect(field(againB, c.kept.id).value).to.equal('toinen');
    });
  });
}

describe('<tp-kickoff-guide> saving', () => {
  it('saves once on a double click, and again only after an edit', async () => {
    const el = await fixture<FormElement>('<tp-kickoff-guide view="all"></tp-kickoff-guide>');
    await fillKickoff(el as never);
    const payloads = host(el);
    const button = submitButton(el);
    for (let press = 0; press < 5; press++) button.click();
    await waitUntilShown(el, '[part=confirmation] p');
    button.click();
    await aTimeout(50);
    expect(payloads).to.have.length(1);
    typeInto(field<HTMLTextAreaElement>(el, 'notes-pair_2'), 'Arvot.');
    button.click();
    await waitUntil(() => payloads.length === 2, 'saved again');
    expect(payloads[1]!.submissionId).to.not.equal(payloads[0]!.submissionId);
  });
});
