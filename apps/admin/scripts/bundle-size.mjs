// npm run bench (console part): gzip size of the JavaScript the browser loads before the first
// screen — the entry script and its modulepreloads in dist/index.html; lazy chunks excluded.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="(?:\.?\/)?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
let raw = 0;
let gzip = 0;
for (const file of initial) {
  const bytes = fs.readFileSync(path.join(dist, file));
  raw += bytes.length;
  gzip += zlib.gzipSync(bytes, { level: 9 }).length;
}
const lazy = fs
  .readdirSync(path.join(dist, 'assets'))
  .filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `console initial JavaScript: ${initial.length} file(s), ${kb(raw)} raw, ${kb(gzip)} gzip (goal ≤ 600 KB); ${lazy.length} lazy chunk(s) not counted`,
);
if (gzip > 600 * 1024) process.exitCode = 1;
