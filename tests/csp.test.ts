/**
 * Issue 11, break 2 and the strict-CSP gate: the one-file bundle
 * (`dist/tyopari-forms.bundle.js`, built by `pretest`) on pages with a strict
 * Content-Security-Policy that enforces Trusted Types.
 *
 * - With `trusted-types lit-html 'allow-duplicates'` every element works, next
 *   to a host page that has its own Lit (and so its own `lit-html` policy),
 *   and nothing on the page breaks the policy while every form is filled,
 *   sent and shown in another language.
 * - With a policy that refuses `lit-html`, no element can be defined; the page
 *   is not left silent: one console error names the directive to add.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { bundleFiles } from './helpers.js';

const BUNDLE = '/dist/tyopari-forms.bundle.js';
const SPY = '/tests/csp/spy.ts';
const HOST_LIT = '/tests/csp/host-lit.ts';
const DIRECTIVE = "trusted-types lit-html 'allow-duplicates'";
export const STRICT_CSP = `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; ${DIRECTIVE}`;

type Page = Window & { cspErrors: string[]; cspViolations: string[] };
interface Rendered extends HTMLElement {
  updateComplete: Promise<unknown>;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** A page of its own with `csp`, the console spy, optionally the host's own Lit, then the bundle. */
async function page(csp: string, body: string, { hostLit = false } = {}): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const attribute = csp.replace(/"/g, '&quot;');
  frame.srcdoc = `<!doctype html><html lang="fi"><head>
    <meta http-equiv="Content-Security-Policy" content="${attribute}">
    <script type="module" src="${SPY}"></script>
    ${hostLit ? `<script type="module" src="${HOST_LIT}"></script>` : ''}
    <script type="module" src="${BUNDLE}"></script>
  </head><body>${body}</body></html>`;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  // Module scripts have run once load fires; a violation event comes a task later.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return frame.contentWindow as Page;
}

const TAGS = [
  'tp-likert-scale',
  'tp-evaluation-form',
  'tp-kickoff-guide',
  'tp-pair-request-form',
  'tp-pair-reflection',
  'tp-evaluation-summary',
];

function type(root: ShadowRoot, id: string, text: string) {
  const field = root.getElementById(id) as HTMLInputElement | null;
  if (!field) throw new Error(`no field #${id}`);
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}
function click(root: ShadowRoot, id: string) {
  const control = root.getElementById(id);
  if (!control) throw new Error(`no control #${id}`);
  control.click();
}
const buttonNamed = (root: ShadowRoot, name: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent!.includes(name));

async function sendEvaluation(form: Rendered) {
  await form.updateComplete;
  const root = form.shadowRoot!;
  type(root, 'activityType', 'Vertaistukiryhmä');
  type(root, 'duration', '3 kuukautta');
  type(root, 'a_open_1', 'Luottamus syntyi nopeasti.');
  for (const likert of root.querySelectorAll('fieldset.likert')) likert.querySelector<HTMLInputElement>('input[value="4"]')!.click();
  await form.updateComplete;
  const sent = oneEvent(form, 'tp-submit');
  root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  return (await sent).detail as { schema: string };
}

/** An evaluation sent on a page of its own with the bundle, parsed in `win` as a host's stored JSON would be. */
async function evaluationIn(win: Window, respondent: string): Promise<unknown> {
  const form = win.document.createElement('tp-evaluation-form') as Rendered;
  form.setAttribute('respondent', respondent);
  form.setAttribute('pair-id', 'pari-1');
  win.document.body.append(form);
  const payload = await sendEvaluation(form);
  form.remove();
  return (win as unknown as typeof globalThis).JSON.parse(JSON.stringify(payload));
}

async function sendPairRequest(form: Rendered) {
  await form.updateComplete;
  const root = form.shadowRoot!;
  click(root, 'consentHow-phone');
  type(root, 'consentDate', new Date().toISOString().slice(0, 10));
  const texts: Record<string, string> = {
    municipality: 'Kemijärvi',
    contactName: 'Maija Meikäläinen',
    contactTitle: 'sosiaalityöntekijä',
    contactPhone: '040 123 4567',
    contactEmail: 'maija.meikalainen@kemijarvi.fi',
    situationDescription: 'Asuu yksin, omaiset kaukana.',
  };
  for (const [id, text] of Object.entries(texts)) type(root, id, text);
  click(root, 'situations-loneliness');
  click(root, 'network-relatives');
  click(root, 'help-networkMeeting');
  click(root, 'clientConsent');
  await form.updateComplete;
  const sent = oneEvent(form, 'tp-submit');
  root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  return (await sent).detail as { schema: string };
}

async function saveKickoff(guide: Rendered) {
  await guide.updateComplete;
  const root = guide.shadowRoot!;
  type(root, 'pair-experienceExpert', 'K. L.');
  type(root, 'notes-group_1', 'Roolit kerrotaan ryhmälle ensimmäisellä kerralla.');
  click(root, 'discussed-group_1');
  await guide.updateComplete;
  const saved = oneEvent(guide, 'tp-submit');
  buttonNamed(root, 'Tallenna yhteenveto')!.click();
  return (await saved).detail as { schema: string };
}

describe('Trusted Types (break 2)', () => {
  it("works under trusted-types lit-html 'allow-duplicates' next to a host page with its own Lit", async () => {
    const win = await page(STRICT_CSP, '<host-greeting></host-greeting><tp-evaluation-form respondent="ammattilainen"></tp-evaluation-form>', {
      hostLit: true,
    });
    for (const tag of [...TAGS, 'host-greeting']) {
      expect(win.customElements.get(tag), tag).to.not.equal(undefined);
    }
    const host = win.document.querySelector('host-greeting') as Rendered;
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.contain('Isäntäsivun oma elementti');
    const form = win.document.querySelector('tp-evaluation-form') as Rendered;
    expect((await sendEvaluation(form)).schema).to.equal('tyopari/evaluation@1');
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.cspErrors).to.deep.equal([]);
  });

  const refusing: [string, string, boolean][] = [
    ['the name without allow-duplicates, after the host’s own Lit', "require-trusted-types-for 'script'; trusted-types lit-html", true],
    ["trusted-types 'none'", "require-trusted-types-for 'script'; trusted-types 'none'", false],
    ['another policy name only', "require-trusted-types-for 'script'; trusted-types dompurify", false],
  ];
  for (const [name, csp, hostLit] of refusing) {
    it(`says in one console error which directive to add when the policy is refused: ${name}`, async () => {
      const win = await page(`default-src 'self'; script-src 'self'; style-src 'self'; ${csp}`, '<tp-evaluation-form></tp-evaluation-form>', {
        hostLit,
      });
      for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.equal(undefined);
      const ours = win.cspErrors.filter((message) => message.startsWith('tyopari-forms:'));
      expect(ours, win.cspErrors.join('\n')).to.have.length(1);
      expect(ours[0]).to.contain(DIRECTIVE);
      expect(ours[0]).to.contain('Content-Security-Policy');
    });
  }

  it('says nothing when a violation is not ours: the elements loaded', async () => {
    const win = await page(STRICT_CSP, '<tp-likert-scale name="x">Väite</tp-likert-scale>');
    expect(win.customElements.get('tp-likert-scale')).to.not.equal(undefined);
    expect(win.cspErrors).to.deep.equal([]);
  });
});

describe('a strict Content-Security-Policy page (gate)', () => {
  it('fills and sends every element and switches language with 0 policy violations', async () => {
    const win = await page(
      STRICT_CSP,
      `<form id="host"><tp-likert-scale name="standalone" value="3">Yhteistyö oli tasavertaista</tp-likert-scale></form>
       <tp-evaluation-form respondent="kokemustoimija" pair-id="ryhma-1"></tp-evaluation-form>
       <tp-kickoff-guide></tp-kickoff-guide>
       <tp-pair-request-form></tp-pair-request-form>
       <tp-pair-reflection></tp-pair-reflection>
       <tp-evaluation-summary min-n="1"></tp-evaluation-summary>`,
    );
    const doc = win.document;
    for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.not.equal(undefined);

    const likert = doc.querySelector('tp-likert-scale') as Rendered;
    await likert.updateComplete;
    likert.shadowRoot!.querySelector<HTMLInputElement>('input[value="5"]')!.click();
    expect(new (win as unknown as typeof globalThis).FormData(doc.getElementById('host') as HTMLFormElement).get('standalone')).to.equal('5');

    expect((await sendEvaluation(doc.querySelector('tp-evaluation-form') as Rendered)).schema).to.equal('tyopari/evaluation@1');
    expect((await saveKickoff(doc.querySelector('tp-kickoff-guide') as Rendered)).schema).to.equal('tyopari/kickoff@1');
    expect((await sendPairRequest(doc.querySelector('tp-pair-request-form') as Rendered)).schema).to.equal('tyopari/pair-request@1');

    // The pair's two evaluations, as a host gives them (JSON from its store), to the reflection and the summary.
    const pair = [await evaluationIn(win, 'kokemustoimija'), await evaluationIn(win, 'ammattilainen')];
    const reflection = doc.querySelector('tp-pair-reflection') as unknown as Rendered & { payloads: unknown[] };
    reflection.payloads = pair;
    await reflection.updateComplete;
    const note = reflection.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
    note.value = 'Keskustelimme roolien jaosta.';
    note.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await reflection.updateComplete;
    const reflected = oneEvent(reflection, 'tp-submit');
    reflection.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect(((await reflected).detail as { schema: string }).schema).to.equal('tyopari/reflection@1');
    const summary = doc.querySelector('tp-evaluation-summary') as unknown as Rendered & { payloads: unknown[] };
    summary.payloads = pair;
    await summary.updateComplete;
    expect(summary.shadowRoot!.textContent).to.contain('Vertaistukiryhmä');

    // The language follows <html lang>; the sv and en texts load from the files next to the bundle.
    const shown = () => TAGS.map((tag) => doc.querySelector(tag)!.shadowRoot!.textContent).join(' ');
    const finnish = shown();
    for (const locale of ['sv', 'en', 'fi']) {
      doc.documentElement.lang = locale;
      await new Promise((resolve) => setTimeout(resolve, 150));
      for (const tag of TAGS) await (doc.querySelector(tag) as Rendered).updateComplete;
    }
    doc.documentElement.lang = 'sv';
    await new Promise((resolve) => setTimeout(resolve, 150));
    for (const tag of TAGS) await (doc.querySelector(tag) as Rendered).updateComplete;
    expect(shown()).to.not.equal(finnish);
    expect(shown()).to.not.contain('Kiitos');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.cspErrors).to.deep.equal([]);
  });

  it('ships no eval, new Function or unsafeHTML in the built bundle or the files it loads', async () => {
    const files = await bundleFiles();
    expect(files.size).to.be.greaterThan(3);
    for (const [name, { code }] of files) {
      expect(code, name).not.to.match(/\beval\s*\(/);
      expect(code, name).not.to.match(/\bnew\s+Function\b|\bFunction\s*\(/);
      expect(code, name).not.to.match(/unsafeHTML|unsafeSVG|unsafeMathML|unsafe-html|unsafe-svg/);
      expect(code, name).not.to.match(/insertAdjacentHTML|document\.write/);
    }
  });
});
