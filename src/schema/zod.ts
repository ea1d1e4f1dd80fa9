/**
 * zod's settings for the library, imported for its effect by every schema
 * module (`import './zod.js'`) next to `import * as z from 'zod/mini'`.
 * `zod/mini` keeps the payload schemas small (about 6 KiB instead of 25 KiB
 * brotli), and `jitless` keeps zod from compiling validators with
 * `new Function`, which a strict Content-Security-Policy (no 'unsafe-eval')
 * forbids. Each module imports zod as a namespace itself, not through a
 * re-export here: a host's bundler then keeps only the functions used (a
 * namespace re-exported from a lazy chunk of dist/ took all of zod/mini with
 * every language of its messages, 66 KiB brotli).
 */
import { config } from 'zod/mini';

config({ jitless: true });
