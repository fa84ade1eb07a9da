// Serves DIR (argv[2]) on loopback, opens sequences.html in Debian's headless Chromium and
// prints the table `score_sequences` returns: every sequence, or only the one named in
// $SEQUENCE (the test command's smoke run). Bounded: one page, one call, 10 minutes at most.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('@playwright/test');
const dir = path.resolve(process.argv[2]);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
const server = createServer(async (req, res) => {
  const file = path.join(dir, path.normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!file.startsWith(dir)) return res.writeHead(403).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--headless=new'] });
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(600_000);
  await page.goto(`http://127.0.0.1:${server.address().port}/sequences.html`);
  await page.waitForFunction(() => typeof window.scoreSequences === 'function');
  const lines = await page.evaluate((only) => window.scoreSequences(only), process.env.SEQUENCE ?? '');
  if (lines.length < 2) throw new Error(`no sequence named ${process.env.SEQUENCE}`);
  console.log(`Chromium ${browser.version()}, WASM with SIMD`);
  for (const line of lines) console.log(line);
} finally {
  await browser.close();
  server.close();
}
