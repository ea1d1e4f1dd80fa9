import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/evaluation-summary/evaluation-summary.js';
import type { TpExportDetail } from '../src/elements/evaluation-summary/evaluation-summary.js';
import { disagreeingPair, invalidRecords, samplePairs } from './sample-data.js';

interface SummaryArgs {
  payloads: unknown[];
  minN: number;
}

const meta: Meta<SummaryArgs> = {
  title: 'Elements/Evaluation summary',
  component: 'tp-evaluation-summary',
  args: { payloads: samplePairs(40), minN: 3 },
  argTypes: { payloads: { control: false }, minN: { control: { type: 'number', min: 1 } } },
  render: (args) =>
    html`<tp-evaluation-summary
      .payloads=${args.payloads}
      min-n=${args.minN}
      @tp-error=${(event: CustomEvent) => console.log('tp-error', event.detail)}
      @tp-export=${(event: CustomEvent<TpExportDetail>) => console.log('tp-export', event.detail.filename)}
    ></tp-evaluation-summary>`,
};
export default meta;

type Story = StoryObj<SummaryArgs>;

/** 40 pairs (80 made-up forms) over 2026: every fifth pair disagrees. Try the filters and the downloads. */
export const FortyPairs: Story = {};

/** Two disagreeing pairs only: four answers, so the statements of one role (two answers) show counts only. */
export const FewAnswers: Story = { args: { payloads: [...disagreeingPair(7), ...disagreeingPair(8)] } };

/** The 40 pairs and three broken records: they are counted and reported, the rest is shown. */
export const WithInvalidRecords: Story = { args: { payloads: [...samplePairs(40), ...invalidRecords()] } };

/** `min-n="10"`: a filter that leaves fewer than ten answers shows counts only. Choose an activity type. */
export const StricterMinimum: Story = { args: { minN: 10 } };

/** No answers yet. */
export const Empty: Story = { args: { payloads: [] } };
