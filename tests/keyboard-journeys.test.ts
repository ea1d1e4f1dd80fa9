/**
 * Keyboard-only journeys: each form filled and sent with Tab, Space, arrow
 * keys, typing and Enter alone, as a keyboard or switch user would, in the
 * order the form gives focus. No click, no value set from the test.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/evaluation-form/evaluation-form.js';
import '../src/elements/kickoff-guide/kickoff-guide.js';
import '../src/elements/pair-request-form/pair-request-form.js';

/** The element that has focus, through shadow roots. */
function focused(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The keys that type `iso` (YYYY-MM-DD) into a date input, in the order the browser's locale shows its parts. */
function dateKeys(iso: string): string {
  const [year, month, day] = iso.split('-');
  const parts = new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(2026, 10, 23))
    .filter((part) => part.type !== 'literal')
    .map((part) => part.type);
  return parts.map((part) => (part === 'year' ? year : part === 'month' ? month : day)).join('');
}
const isoDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * Tabs through `form`, answering what gets focus: text by its type, a date
 * within its limits, the first option of a radio group or checkbox group with
 * nothing chosen, every required box; then Enter on the send button. Returns
 * what the form sent.
 */
async function journey(form: HTMLElement & { updateComplete: Promise<unknown> }, sendLabel: RegExp, tickAll = false) {
  let sent: unknown;
  form.addEventListener('tp-submit', (event) => (sent = (event as CustomEvent).detail));
  let refused = 0;
  form.addEventListener('tp-invalid', () => (refused += 1));
  const answeredGroups = new Set<string>();
  const visited: string[] = [];
  // Start just before the form.
  const start = document.createElement('button');
  start.textContent = 'alku';
  form.before(start);
  start.focus();
  for (let step = 0; step < 400 && sent === undefined; step++) {
    await sendKeys({ press: 'Tab' });
    await form.updateComplete;
    const el = focused();
    if (!el || !form.contains(el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).host : el)) {
      // Focus left the form: it should not, before the form is sent.
      if (el === start || !el) continue;
    }
    visited.push(el ? `${el.localName}#${el.id}` : 'none');
    if (el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && ['text', 'tel', 'email', 'date', ''].includes(el.type))) {
      if (el.value) continue;
      if (el instanceof HTMLInputElement && el.type === 'date') {
        const day = el.max ? el.max : el.min ? el.min : isoDay(new Date());
        await sendKeys({ type: dateKeys(day) });
      } else {
        const text = el.type === 'tel' ? '040 123 4567' : el.type === 'email' ? 'maija.meikalainen@kunta.fi' : 'Vertaistukiryhmä';
        await sendKeys({ type: text });
      }
    } else if (el instanceof HTMLInputElement && el.type === 'radio') {
      // A group is its name within its own root (each scale has a shadow root of its own).
      const root = el.getRootNode();
      const group = `${root instanceof ShadowRoot ? root.host.id || root.host.localName : ''}:${el.name}`;
      if (!answeredGroups.has(group) && !el.checked) {
        await sendKeys({ press: 'ArrowRight' }); // moves to the next option and chooses it
        answeredGroups.add(group);
      }
    } else if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      const group = el.name || el.id;
      if (!el.checked && (tickAll || el.required || !answeredGroups.has(group))) {
        await sendKeys({ press: 'Space' });
        answeredGroups.add(group);
      }
    } else if (el instanceof HTMLButtonElement && sendLabel.test(el.textContent ?? '')) {
      await sendKeys({ press: 'Enter' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      await form.updateComplete;
    }
  }
  start.remove();
  // Filled in one pass: the first press of the send button sends.
  expect(refused, `refused ${refused} times: ${visited.join(' → ')}`).to.equal(0);
  return { sent, visited };
}

describe('keyboard-only journeys', function () {
  this.timeout(120_000);
  it('fills and sends the evaluation form (kokemustoimija)', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<tp-evaluation-form respondent="kokemustoimija" pair-id="ryhma-1"></tp-evaluation-form>`,
    );
    const { sent, visited } = await journey(el, /^\s*Lähetä/);
    expect(sent, visited.join(' → ')).to.not.equal(undefined);
    const payload = sent as { schema: string; ratings: Record<string, number>; activityType: string; openAnswers: Record<string, string> };
    expect(payload.schema).to.equal('tyopari/evaluation@1');
    expect(Object.keys(payload.ratings)).to.have.length(15);
    expect(payload.activityType).to.equal('Vertaistukiryhmä');
    expect(Object.keys(payload.openAnswers).length).to.be.greaterThan(0);
  });

  it('fills and sends the evaluation form (ammattilainen)', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<tp-evaluation-form respondent="ammattilainen"></tp-evaluation-form>`,
    );
    const { sent, visited } = await journey(el, /^\s*Lähetä/);
    expect(sent, visited.join(' → ')).to.not.equal(undefined);
    expect((sent as { role: string }).role).to.equal('ammattilainen');
  });

  it('fills and sends the pair request form, the client’s consent included', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<tp-pair-request-form></tp-pair-request-form>`);
    const { sent, visited } = await journey(el, /^\s*Lähetä/);
    expect(sent, visited.join(' → ')).to.not.equal(undefined);
    const payload = sent as { schema: string; clientConsent: { given: boolean }; contactPhone: string; situations: string[] };
    expect(payload.schema).to.equal('tyopari/pair-request@1');
    expect(payload.clientConsent.given).to.equal(true);
    expect(payload.contactPhone).to.equal('+358401234567');
    expect(payload.situations.length).to.be.greaterThan(0);
  });

  it('fills and saves the kickoff guide', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<tp-kickoff-guide></tp-kickoff-guide>`);
    const saved = oneEvent(el, 'tp-submit');
    const { sent, visited } = await journey(el, /Tallenna yhteenveto/, true);
    expect(sent, visited.join(' → ')).to.not.equal(undefined);
    const record = (await saved).detail as { schema: string; notes: Record<string, string>; discussed: string[] };
    expect(record.schema).to.equal('tyopari/kickoff@1');
    expect(Object.keys(record.notes).length).to.be.greaterThan(10);
    expect(record.discussed.length).to.be.greaterThan(10);
  });
});
