import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/evaluation-form/evaluation-form.js';
import type { TpEvaluationForm } from '../src/elements/evaluation-form/evaluation-form.js';
import type { TpLikertScale } from '../src/elements/likert-scale/likert-scale.js';
import { evaluationDefinitions } from '../src/schema/index.js';
import { DRAFT_SCHEMA } from '../src/schema/draft.js';

interface EvaluationArgs {
  respondent: 'kokemustoimija' | 'ammattilainen';
  pairId: string;
  autosave: '' | 'session' | 'local';
}

const meta: Meta<EvaluationArgs> = {
  title: 'Elements/Evaluation form',
  component: 'tp-evaluation-form',
  args: { respondent: 'kokemustoimija', pairId: 'ryhma-12', autosave: '' },
  argTypes: {
    respondent: { control: 'inline-radio', options: ['kokemustoimija', 'ammattilainen'] },
    autosave: { control: 'inline-radio', options: ['', 'session', 'local'] },
  },
  render: (args) =>
    html`<tp-evaluation-form
      respondent=${args.respondent}
      pair-id=${args.pairId || nothing}
      autosave=${args.autosave || nothing}
      @tp-submit=${(event: CustomEvent) => console.log('tp-submit', event.detail)}
    ></tp-evaluation-form>`,
};
export default meta;

type Story = StoryObj<EvaluationArgs>;

const formIn = async (canvas: HTMLElement) => {
  const el = canvas.querySelector<TpEvaluationForm>('tp-evaluation-form')!;
  await el.updateComplete;
  return el;
};

function fill(el: TpEvaluationForm) {
  const root = el.shadowRoot!;
  for (const [id, text] of [
    ['activityType', 'Vertaistukiryhmä'],
    ['duration', '3 kuukautta'],
  ]) {
    const input = root.getElementById(id!) as HTMLInputElement;
    input.value = text!;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  root.querySelectorAll<TpLikertScale>('tp-likert-scale').forEach((likert, index) => {
    likert.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${5 - (index % 3)}"]`)!.click();
  });
}

/** The experience expert's form: section A, section B with six statements and four open questions. */
export const Kokemustoimija: Story = {};

/** The professional's form: the same section A, section B with four statements. */
export const Ammattilainen: Story = { args: { respondent: 'ammattilainen' } };

/**
 * `role="ammattilainen"` as the request asked: the element moves it to `respondent`,
 * so no invalid ARIA role stays on the page (inspect the element).
 */
export const RoleAttribute: Story = {
  render: () => html`<tp-evaluation-form role="ammattilainen"></tp-evaluation-form>`,
};

/** A send with nothing answered: the error summary takes focus and each field says what is missing. */
export const WithErrors: Story = {
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await el.submit();
  },
};

/** Everything answered and sent: the thank-you message. The payload is in the browser console. */
export const Sent: Story = {
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    fill(el);
    await el.submit();
  },
};

/** A draft kept in this tab was restored; the user can remove it. */
export const DraftRestored: Story = {
  args: { autosave: 'session', pairId: '' },
  loaders: [
    async () => {
      const definition = evaluationDefinitions.kokemustoimija;
      sessionStorage.setItem(
        `tyopari-forms:draft:${definition.id}@${definition.version}:`,
        JSON.stringify({
          schema: DRAFT_SCHEMA,
          form: { id: definition.id, version: definition.version },
          savedAt: new Date().toISOString(),
          data: { details: { activityType: 'Vertaistukiryhmä' }, ratings: { a1: 4, a2: 5 }, openAnswers: {}, consents: {} },
        }),
      );
      return {};
    },
  ],
};

/** A stored draft that no longer fits the form (edited by hand): dropped, with a notice. */
export const DraftDropped: Story = {
  args: { autosave: 'session', pairId: '' },
  loaders: [
    async () => {
      sessionStorage.setItem('tyopari-forms:draft:evaluation-kokemustoimija@1:', '{"schema":"tyopari/draft@1","data":"x"}');
      return {};
    },
  ],
};

/** A host's own definition, with its texts in all three languages. */
export const HostDefinition: Story = {
  render: () => {
    const definition = {
      id: 'lyhyt-arvio',
      version: 1,
      title: { fi: 'Lyhyt arvio', sv: 'Kort utvärdering', en: 'Short evaluation' },
      scale: evaluationDefinitions.ammattilainen.scale,
      details: evaluationDefinitions.ammattilainen.details,
      sections: [evaluationDefinitions.ammattilainen.sections[0]!],
      consents: evaluationDefinitions.ammattilainen.consents,
    };
    return html`<tp-evaluation-form respondent="ammattilainen" .definition=${definition}></tp-evaluation-form>`;
  },
};

/** A definition that does not fit the schema: a clear message instead of a broken form, and `tp-error`. */
export const InvalidDefinition: Story = {
  render: () =>
    html`<tp-evaluation-form
      respondent="ammattilainen"
      .definition=${{ id: 'rikki', sections: [] }}
      @tp-error=${(event: CustomEvent) => console.log('tp-error', event.detail)}
    ></tp-evaluation-form>`,
};
