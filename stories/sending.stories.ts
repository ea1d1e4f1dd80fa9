/**
 * Sending: each form while the host stores what it sent (`event.waitUntil`
 * with a promise that has not settled yet) and after the host's store failed
 * (a rejected promise): the busy button and status, then the message that the
 * answers were not sent and the retry. Each story fills in and sends the form
 * itself; the Actions panel shows tp-submit and tp-submit-failed.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import type { TpSubmitEvent } from '../src/events.js';

type Store = 'pending' | 'failing';

/** The host's listener: a store that never answers, or one that fails. */
const host = (store: Store) => (event: TpSubmitEvent) =>
  event.waitUntil(store === 'pending' ? new Promise(() => {}) : Promise.reject(new Error('The server did not answer')));

const input = (root: ShadowRoot, id: string, text: string) => {
  const field = root.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
};

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** Answers what each form requires, as a user does, then presses send. */
const fillAndSend: Record<string, (form: Lit) => Promise<void>> = {
  'tp-evaluation-form': async (form) => {
    const root = form.shadowRoot!;
    input(root, 'activityType', 'Vertaistukiryhmä');
    input(root, 'duration', '3 kuukautta');
    for (const likert of root.querySelectorAll<Lit>('tp-likert-scale')) {
      await likert.updateComplete;
      likert.shadowRoot!.querySelector<HTMLInputElement>('input[value="4"]')!.click();
    }
  },
  'tp-kickoff-guide': async (form) => {
    input(form.shadowRoot!, 'pair-professional', 'A. K.');
  },
  'tp-pair-request-form': async (form) => {
    const root = form.shadowRoot!;
    for (const id of ['clientConsent', 'consentHow-phone', 'situations-loneliness', 'help-networkMeeting']) {
      root.getElementById(id)!.click();
    }
    input(root, 'consentDate', new Date().toISOString().slice(0, 10));
    input(root, 'municipality', 'Kemijärvi');
    input(root, 'contactName', 'Maija Meikäläinen');
    input(root, 'contactPhone', '040 123 4567');
    input(root, 'contactEmail', 'maija.meikalainen@kemijarvi.fi');
    input(root, 'situationDescription', 'Asuu yksin, omaiset kaukana.');
  },
};

interface Args {
  tag: keyof typeof fillAndSend;
  store: Store;
}

const meta: Meta<Args> = {
  title: 'Guides/Sending',
  args: { tag: 'tp-evaluation-form', store: 'pending' },
  argTypes: {
    tag: { control: 'inline-radio', options: Object.keys(fillAndSend) },
    store: { control: 'inline-radio', options: ['pending', 'failing'] },
  },
  render: ({ tag, store }) => {
    const listener = host(store);
    switch (tag) {
      case 'tp-kickoff-guide':
        return html`<tp-kickoff-guide submit-timeout="3600" @tp-submit=${listener}></tp-kickoff-guide>`;
      case 'tp-pair-request-form':
        return html`<tp-pair-request-form submit-timeout="3600" @tp-submit=${listener}></tp-pair-request-form>`;
      default:
        return html`<tp-evaluation-form respondent="kokemustoimija" submit-timeout="3600" @tp-submit=${listener}></tp-evaluation-form>`;
    }
  },
  play: async ({ canvasElement, args }) => {
    const form = canvasElement.querySelector<Lit>(args.tag)!;
    await form.updateComplete;
    await fillAndSend[args.tag]!(form);
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The evaluation form while the host stores it: the busy button and "Lähetetään…". */
export const EvaluationSending: Story = { name: 'Evaluation: sending' };
/** The evaluation form after the host's store failed: not sent, the answers kept, a retry. */
export const EvaluationFailed: Story = { name: 'Evaluation: send failed', args: { store: 'failing' } };
export const KickoffSending: Story = { name: 'Kickoff: saving', args: { tag: 'tp-kickoff-guide' } };
export const KickoffFailed: Story = { name: 'Kickoff: save failed', args: { tag: 'tp-kickoff-guide', store: 'failing' } };
export const PairRequestSending: Story = { name: 'Pair request: sending', args: { tag: 'tp-pair-request-form' } };
export const PairRequestFailed: Story = {
  name: 'Pair request: send failed',
  args: { tag: 'tp-pair-request-form', store: 'failing' },
};
