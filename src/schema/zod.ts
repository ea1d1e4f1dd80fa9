/**
 * The one place that imports zod. `zod/mini` keeps the payload schemas small
 * (about 6 KiB instead of 25 KiB brotli), and `jitless` keeps zod from
 * compiling validators with `new Function`, which a strict
 * Content-Security-Policy (no 'unsafe-eval') forbids. Schema modules import
 * this file as a namespace (`import * as z from './zod.js'`), which bundlers
 * tree-shake function by function.
 */
import { config } from 'zod/mini';

config({ jitless: true });

export * from 'zod/mini';
