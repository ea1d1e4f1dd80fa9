import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/pair-reflection/pair-reflection.js';
import type { TpSubmitEvent } from '../src/events.js';
import type { ReflectionPayload } from '../src/schema/index.js';
import { disagreeingPair, invalidRecords, samplePairs } from './sample-data.js';

interface ReflectionArgs {
  payloads: unknown[];
  autosave: '' | 'session' | 'local';
}

const meta: Meta<ReflectionArgs> = {
  title: 'Elements/Pair reflection',
  component: 'tp-pair-reflection',
  args: { payloads: disagreeingPair(), autosave: '' },
  argTypes: { payloads: { control: false }, autosave: { control: 'inline-radio', options: ['', 'session', 'local'] } },
  render: (args) =>
    html`<tp-pair-reflection
      .payloads=${args.payloads}
      autosave=${args.autosave || nothing}
      @tp-submit=${(event: TpSubmitEvent<ReflectionPayload>) => console.log('tp-submit', event.detail)}
      @tp-error=${(event: CustomEvent) => console.log('tp-error', event.detail)}
    ></tp-pair-reflection>`,
};
export default meta;

type Story = StoryObj<ReflectionArgs>;

/** A pair that sees several statements differently: "Kannattaa keskustella", and "Näytä erot ensin". */
export const DisagreeingPair: Story = {};

/** A pair that mostly agrees (from the 40-pair data set). */
export const AgreeingPair: Story = { args: { payloads: samplePairs(1, 3) } };

/** Only the professional has sent the form: that side is shown and the partner's form is said to be missing. */
export const PartnerMissing: Story = { args: { payloads: [disagreeingPair()[1]] } };

/** Two forms of the same role: a message, and tp-error for the host. */
export const SameRoleTwice: Story = { args: { payloads: [disagreeingPair()[0], disagreeingPair(8)[0]] } };

/** Forms of two different pairs. */
export const MismatchedPairs: Story = {
  args: { payloads: [disagreeingPair()[0], { ...disagreeingPair()[1], pairId: 'pari-muu' }] },
};

/** A broken record among the two. */
export const InvalidRecord: Story = { args: { payloads: [disagreeingPair()[0], invalidRecords()[1]] } };

/** Notes kept as a draft in this tab while the pair talks. */
export const WithDraft: Story = { args: { autosave: 'session' } };
