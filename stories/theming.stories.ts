/**
 * Theming: the same forms in a municipality's colours and font, in a dark
 * theme, and in Windows' high-contrast mode, set only through the `--tp-*`
 * custom properties and `::part()` (README, "Theming"). Nothing else of the
 * page's CSS reaches inside the elements.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/evaluation-form/evaluation-form.js';
import '../src/elements/pair-request-form/pair-request-form.js';

/** A municipality's theme: dark green, square corners, an orange focus ring, a heavier submit button. */
const municipality = html`<style>
  .kunta {
    --tp-color-accent: #00594f;
    --tp-color-accent-soft: #e3f1ef;
    --tp-color-focus: #ff9e1b;
    --tp-color-border: #5c6670;
    --tp-radius: 0;
    --tp-font-family: Georgia, 'Times New Roman', serif;
    --tp-form-max-width: 48rem;
    padding: 1rem;
    border-top: 8px solid #00594f;
  }
  .kunta :is(tp-evaluation-form, tp-pair-request-form)::part(submit) {
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  .kunta tp-evaluation-form::part(likert-option) {
    border-width: 3px;
  }
  .kunta tp-evaluation-form::part(likert-statement) {
    font-size: 1.0625rem;
  }
</style>`;

/**
 * A dark theme: every colour the elements use, lightened for a dark
 * background, with the contrast ratios of the light defaults (text 4.5:1,
 * borders and focus 3:1). A host can put the same block inside
 * `@media (prefers-color-scheme: dark)`.
 */
const dark = html`<style>
  .tumma {
    --tp-color-accent: #8cc4ff;
    --tp-color-on-accent: #0b1a2a;
    --tp-color-accent-soft: #13304d;
    --tp-color-text: #eef1f4;
    --tp-color-muted: #b9c1c9;
    --tp-color-border: #8b949e;
    --tp-color-surface: #1b1f23;
    --tp-color-error: #ff9b92;
    --tp-color-error-soft: #3d1b19;
    --tp-color-success: #7fdca0;
    --tp-color-success-soft: #12301f;
    --tp-color-focus: #ffbf47;
    color-scheme: dark;
    background: #1b1f23;
    color: #eef1f4;
    padding: 1rem;
  }
</style>`;

const meta: Meta = {
  title: 'Guides/Theming',
  parameters: { docs: { description: { component: 'Themes set only through `--tp-*` custom properties and `::part()`.' } } },
};
export default meta;

type Story = StoryObj;

/** A municipality's colours and font on the evaluation form (its statements too, through `likert-*` parts). */
export const Municipality: Story = {
  render: () =>
    html`${municipality}
      <div class="kunta"><tp-evaluation-form respondent="ammattilainen" pair-id="ryhma-12"></tp-evaluation-form></div>`,
};

/** The same municipality theme on the pair request form. */
export const MunicipalityPairRequest: Story = {
  name: 'Municipality: pair request',
  render: () => html`${municipality}<div class="kunta"><tp-pair-request-form></tp-pair-request-form></div>`,
};

/** A dark theme through the same custom properties. */
export const Dark: Story = {
  render: () =>
    html`${dark}<div class="tumma"><tp-evaluation-form respondent="kokemustoimija"></tp-evaluation-form></div>`,
};

/**
 * Windows' high-contrast mode (`forced-colors: active`) puts the user's own
 * colours over any theme; borders, chosen options and the focus ring stay
 * visible. To see it here: Chromium DevTools → Rendering → "Emulate CSS media
 * feature forced-colors: active".
 */
export const ForcedColors: Story = {
  name: 'Forced colours (high contrast)',
  render: () => html`${municipality}<div class="kunta"><tp-evaluation-form respondent="ammattilainen"></tp-evaluation-form></div>`,
};
