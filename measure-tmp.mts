import { build } from 'vite';
import { brotliCompressSync, constants } from 'node:zlib';
import { writeFileSync, readFileSync } from 'node:fs';
const withReaders = process.argv[2] === 'all';
const src = readFileSync('src/elements/index.ts','utf8').split('\n').filter(l => withReaders || !/pair-reflection|evaluation-summary/.test(l)).join('\n').replace(/'\.\//g, "'/work/main/src/elements/").replace(/'\.\.\//g, "'/work/main/src/");
writeFileSync('/tmp/exp/entry.ts', src);
const r: any = await build({ configFile: false, logLevel: 'warn', root: '/work/main',
  build: { write: false, lib: { entry: '/tmp/exp/entry.ts', formats: ['es'], fileName: () => 'e.js' }, rolldownOptions: { external: [/generated\/locales\/(sv|en)/], output: { minify: true, comments: false } } } });
const out = (Array.isArray(r) ? r : [r]).flatMap((x: any) => x.output);
const chunks = new Map(out.filter((c: any) => c.type === 'chunk').map((c: any) => [c.fileName, c]));
const first = new Set<string>(); const visit = (f: string) => { if (first.has(f) || !chunks.has(f)) return; first.add(f); for (const i of (chunks.get(f) as any)?.imports ?? []) visit(i); };
for (const c of chunks.values()) if ((c as any).isEntry) visit((c as any).fileName);
let total = 0;
for (const f of first) { const b = brotliCompressSync(Buffer.from((chunks.get(f) as any).code), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length; total += b; console.log(f, (b/1024).toFixed(2)); }
console.log('first total', (total/1024).toFixed(2));
const mods = new Map<string, number>();
for (const f of first) for (const [id, m] of Object.entries((chunks.get(f) as any).modules)) mods.set(id.replace('/work/main/',''), (m as any).renderedLength);
console.log([...mods].sort((a,b)=>b[1]-a[1]).slice(0,60).map(([k,v])=>`${v}\t${k}`).join('\n'));
const all = [...first].map(f => (chunks.get(f) as any).code).join('\n');
console.log('as one file', (brotliCompressSync(Buffer.from(all), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length/1024).toFixed(2));
