import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/pair-request-form/pair-request-form.js';
import type { TpPairRequestForm } from '../src/elements/pair-request-form/pair-request-form.js';
import { addDays, localIsoDate } from '../src/schema/dates.js';

/**
 * The municipality's online request for a work pair. The client's permission
 * comes first and the request cannot be sent without it; a personal identity
 * code in any field is pointed out at once and blocks sending.
 *
 * Listen for `tp-submit` (a `tyopari/pair-request@1` payload), `tp-invalid`
 * and `tp-change`. The stories below fill the form as a user would.
 */
const meta: Meta = {
  title: 'Elements/Pair request form',
  component: 'tp-pair-request-form',
  render: () => html`<tp-pair-request-form></tp-pair-request-form>`,
};
export default meta;

type Story = StoryObj;

const formIn = async (canvas: HTMLElement) => {
  const form = canvas.querySelector<TpPairRequestForm>('tp-pair-request-form')!;
  await form.updateComplete;
  return form;
};

/** Types into a field and clicks options the way a user does, so the form hears every edit. */
function actAs(form: TpPairRequestForm) {
  const root = form.shadowRoot!;
  return {
    type(id: string, text: string) {
      const field = root.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
      field.value = text;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    },
    click(id: string) {
      (root.getElementById(id) as HTMLElement).click();
    },
    send() {
      root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    },
  };
}

async function fillIn(form: TpPairRequestForm, { consent = true, description = 'Asuu yksin, omaiset kaukana.' } = {}) {
  const user = actAs(form);
  const today = localIsoDate(new Date());
  if (consent) user.click('clientConsent');
  user.click('consentHow-in-person');
  user.type('consentDate', today);
  user.type('municipality', 'Kemijärvi');
  user.type('contactName', 'Maija Meikäläinen');
  user.type('contactTitle', 'sosiaalityöntekijä');
  user.type('contactPhone', '040 123 4567');
  user.type('contactEmail', 'maija.meikalainen@kemijarvi.fi');
  user.click('situations-loneliness');
  user.click('situations-memoryDisorders');
  user.type('situationDescription', description);
  user.click('network-relatives');
  user.click('network-socialWorker');
  user.click('help-networkMeeting');
  user.type('suitableFrom', addDays(today, 14));
  user.type('suitableTo', addDays(today, 21));
  user.click('recordConsent');
  await form.updateComplete;
  return user;
}

/** Nothing filled in yet. The note above the button says the client's permission is needed first. */
export const Empty: Story = {};

/** Everything filled in, ready to send. */
export const Filled: Story = {
  play: async ({ canvasElement }) => {
    await fillIn(await formIn(canvasElement));
  },
};

/**
 * Sent without the client's permission and with a phone number cut short: the
 * error summary takes focus and lists both; each field says what to do.
 */
export const InvalidWithErrorSummary: Story = {
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    const user = await fillIn(form, { consent: false });
    user.type('contactPhone', '040 123');
    user.send();
    await form.updateComplete;
  },
};

/**
 * A personal identity code typed into the description: the warning shows at
 * once, the text stays, and the form will not send until the code is removed.
 */
export const HetuWarning: Story = {
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await fillIn(form, { description: 'Asiakas 131052-308T asuu yksin, omaiset kaukana.' });
  },
};

/** After sending: what happens next, with the days the pair team promises, and a way to send another. */
export const SentConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await fillIn(form);
    actAs(form).send();
    await form.updateComplete;
  },
};

/**
 * With `autosave`: a draft is kept in this browser tab (sessionStorage) until
 * it is sent or the tab is closed — also with `autosave="local"`, because the
 * request holds client data. Type something and reload the story.
 */
export const WithAutosave: Story = {
  render: () => html`<tp-pair-request-form autosave="local"></tp-pair-request-form>`,
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    actAs(form).type('municipality', 'Kemijärvi');
    await form.updateComplete;
  },
};

/**
 * With `autosave`, what was typed survives a reload of the page: the story
 * fills in part of the form, then creates it again, which restores the draft
 * and says so. "Poista luonnos" empties it.
 */
export const DraftRestored: Story = {
  render: () => html`<tp-pair-request-form autosave></tp-pair-request-form>`,
  play: async ({ canvasElement }) => {
    sessionStorage.clear();
    const first = await formIn(canvasElement);
    actAs(first).click('clientConsent');
    actAs(first).type('municipality', 'Kemijärvi');
    await first.updateComplete;
    const again = document.createElement('tp-pair-request-form');
    again.setAttribute('autosave', '');
    first.replaceWith(again);
    await again.updateComplete;
  },
};

/** A host set a `field-of-work` the form does not know: it says so instead of showing the wrong questions, and fires `tp-error`. */
export const UnknownFieldOfWork: Story = {
  render: () => html`<tp-pair-request-form field-of-work="kotihoito"></tp-pair-request-form>`,
};

/** `field-of-work="lastensuojelu"`: the same request with child-protection wording and situations. */
export const ChildProtection: Story = {
  render: () => html`<tp-pair-request-form field-of-work="lastensuojelu"></tp-pair-request-form>`,
};
