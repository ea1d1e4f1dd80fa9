/**
 * The one place that imports zod. `zod/mini` keeps the payload schemas small
 * (about 6 KiB instead of 25 KiB brotli), and `jitless` keeps zod from
 * compiling validators with `new Function`, which a strict
 * Content-Security-Policy (no 'unsafe-eval') forbids.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
