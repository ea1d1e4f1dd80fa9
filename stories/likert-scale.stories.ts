import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/likert-scale/likert-scale.js';

interface LikertArgs {
  label: string;
  name: string;
  value: number | null;
  required: boolean;
  disabled: boolean;
  min: number;
  max: number;
  minLabel: string;
  maxLabel: string;
  error: string;
}

const statement = 'Työparityöskentely tuki omaa työtäni.';

const meta: Meta<LikertArgs> = {
  title: 'Elements/Likert scale',
  component: 'tp-likert-scale',
  args: {
    label: statement,
    name: 'tuki',
    value: null,
    required: false,
    disabled: false,
    min: 1,
    max: 5,
    minLabel: '',
    maxLabel: '',
    error: '',
  },
  argTypes: {
    value: { control: { type: 'number' } },
  },
  render: (args) =>
    html`<tp-likert-scale
      label=${args.label}
      name=${args.name}
      value=${args.value ?? nothing}
      min=${args.min}
      max=${args.max}
      min-label=${args.minLabel || nothing}
      max-label=${args.maxLabel || nothing}
      error=${args.error || nothing}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></tp-likert-scale>`,
};
export default meta;

type Story = StoryObj<LikertArgs>;

/** Nothing chosen yet. */
export const Empty: Story = {};

/** An answer chosen: the `value` attribute is also what a form reset returns to. */
export const WithValue: Story = { args: { value: 4 } };

/**
 * A required statement left empty after the form tried to send: the group says
 * what is missing. (The story asks the element to validate itself, as a submit would.)
 */
export const RequiredWithError: Story = {
  args: { required: true },
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const scale = canvasElement.querySelector('tp-likert-scale')!;
    await scale.updateComplete;
    scale.checkValidity();
  },
};

/** An error the host gives, e.g. from its own server-side check. */
export const ErrorFromHost: Story = { args: { value: 2, error: 'Vastaus ei tallentunut. Yritä uudelleen.' } };

/** Cannot be changed; a disabled group is left out of the form's data. */
export const Disabled: Story = { args: { value: 3, disabled: true } };

/** A 0–10 scale with its own words for both ends. */
export const CustomRangeAndEndLabels: Story = {
  args: {
    label: 'Kuinka todennäköisesti suosittelisit työparityöskentelyä kollegallesi?',
    name: 'suosittelu',
    min: 0,
    max: 10,
    minLabel: 'en lainkaan todennäköisesti',
    maxLabel: 'erittäin todennäköisesti',
  },
};

const showFormData = (event: SubmitEvent) => {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const entries = [...new FormData(form)].map(([name, value]) => `${name} = ${String(value)}`);
  form.querySelector('output')!.value = entries.length ? entries.join('\n') : '(no answers)';
};

/**
 * Inside a plain `<form>`: the answers go into its FormData under each `name`;
 * the browser stops a submit while the required one is empty. Reset returns to
 * the `value` attributes.
 */
export const InAForm: Story = {
  render: () => html`<form @submit=${showFormData} @reset=${(e: Event) => ((e.target as HTMLFormElement).querySelector('output')!.value = '')}>
    <tp-likert-scale name="tuki" required label=${statement}></tp-likert-scale>
    <tp-likert-scale name="tieto" value="3" label="Sain riittävästi tietoa työparini roolista."></tp-likert-scale>
    <p>
      <button type="submit">Lähetä</button>
      <button type="reset">Tyhjennä</button>
    </p>
    <p>FormData:</p>
    <output style="white-space: pre; font-family: monospace"></output>
  </form>`,
};
