/** The demo page's entry: registers every element (a host: `import 'tyopari-forms'`), then wires the page. */
import { setLocale } from '../../src/index.ts';
import { startDemo } from './demo.js';

await setLocale('fi');
await startDemo(document.getElementById('demo'));
