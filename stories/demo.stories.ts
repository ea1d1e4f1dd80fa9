/// <reference types="vite/client" />
/**
 * The demo host page (`npm start`) inside Storybook: the same markup
 * (stories/demo/index.html) and the same script (stories/demo/demo.js), so the
 * catalogue shows the whole path answer → tp-submit → stored → reviewed too.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import page from './demo/index.html?raw';
import styles from './demo/demo.css?raw';
// @ts-expect-error: the demo is plain JavaScript, without types
import { startDemo } from './demo/demo.js';

const meta: Meta = {
  title: 'Demo/Host page',
  parameters: { layout: 'fullscreen' },
};
export default meta;

export const HostPage: StoryObj = {
  name: 'Host page (npm start)',
  render: () => {
    const container = document.createElement('div');
    const style = document.createElement('style');
    style.textContent = styles;
    const main = new DOMParser().parseFromString(page, 'text/html').getElementById('demo')!;
    container.append(style, document.importNode(main, true));
    void (startDemo as (root: HTMLElement) => Promise<void>)(container.querySelector('#demo')!);
    return container;
  },
};
