// Customer-journey figures for the release build: 5 runs, min / median / max.
//   1. bytes on the wire (compressed, HTTP) for the customer page, from opening the link to
//      the camera preview playing;
//   2. Accept (customer) → "Customer connected" (technician);
//   3. Start (technician) → first decoded frame on the technician's video;
//   4. Start → the received video is 1280×720.
// Run inside a private network namespace: `scripts/dev.sh bench`.
import { chromium } from '@playwright/test';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'target/release/sightline');
const SITE = path.join(ROOT, 'target/site');
const RUNS = Number(process.env.RUNS ?? 5);
const PASSWORD = 'bench password 1234';
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream', '--allow-loopback-in-peer-connection',
  '--autoplay-policy=no-user-gesture-required',
];

async function startServer() {
  const dir = mkdtempSync(path.join(tmpdir(), 'sightline-bench-'));
  const db = `sqlite://${dir}/bench.db`;
  const proc = spawn(BIN, ['--bind', '127.0.0.1:0', '--database-url', db, '--site-root', SITE, '--log', 'warn'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const t = setTimeout(() => reject(new Error('server did not start')), 30_000);
    proc.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/[0-9.:]+)/);
      if (m) { clearTimeout(t); resolve(m[1]); }
    });
  });
  execFileSync(BIN, ['--database-url', db, '--log', 'warn', 'create-user', '--email', 'bench@bench.test', '--name', 'Bench', '--org-name', 'Bench'], { env: { ...process.env, SIGHTLINE_PASSWORD: PASSWORD } });
  return { url, stop: () => { proc.kill('SIGTERM'); rmSync(dir, { recursive: true, force: true }); } };
}

const withTimeout = (p, ms, what) => Promise.race([p, new Promise((_, rej) => setTimeout(() => rej(new Error(`timeout: ${what}`)), ms))]);

async function run(browser, url) {
  const techCtx = await browser.newContext({ permissions: ['microphone', 'clipboard-read', 'clipboard-write'], locale: 'en-GB' });
  const tech = await techCtx.newPage();
  await tech.goto(`${url}/signin`);
  await tech.getByLabel('Email address').fill('bench@bench.test');
  await tech.getByLabel('Password').fill(PASSWORD);
  await tech.getByRole('button', { name: 'Sign in' }).click();
  await tech.waitForURL(/\/console$/);
  await tech.getByText('Online').waitFor();
  await tech.getByRole('button', { name: 'New session' }).click();
  const dialog = tech.getByRole('dialog', { name: 'New session' });
  await dialog.getByRole('tab', { name: 'Link' }).click();
  await dialog.getByRole('button', { name: 'Copy link to clipboard' }).click();
  const link = await dialog.getByLabel('Link for the customer').inputValue();

  // 1. Bytes for the customer page: a fresh context (empty cache) from the link to the preview.
  const custCtx = await browser.newContext({ locale: 'en-GB' });
  const cust = await custCtx.newPage();
  let bytes = 0;
  let counting = true;
  const pending = [];
  cust.on('requestfinished', (req) => {
    if (!counting) return;
    pending.push(req.sizes().then((s) => { bytes += s.responseBodySize + s.responseHeadersSize; }).catch(() => {}));
  });
  await cust.goto(link);
  await cust.getByRole('button', { name: 'OK' }).click();
  await withTimeout(cust.waitForFunction(() => { const v = document.querySelector('video'); return v && v.videoWidth > 0; }), 15_000, 'preview');
  counting = false;
  await Promise.all(pending);

  // 2. Accept → "Customer connected" (both clocks are this machine's wall clock).
  await tech.evaluate(() => {
    window.__connectedAt = new Promise((resolve) => {
      const check = () => {
        const s = document.querySelector('.dialog__status');
        if (s && s.getAttribute('data-state') === 'waiting') { resolve(performance.timeOrigin + performance.now()); return true; }
        return false;
      };
      if (!check()) new MutationObserver((_, obs) => { if (check()) obs.disconnect(); }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  });
  const accept = cust.getByRole('button', { name: 'Accept and continue' });
  await accept.evaluate((b) => b.addEventListener('click', () => { window.__acceptAt = performance.timeOrigin + performance.now(); }, { capture: true }));
  await accept.click();
  const connectedAt = await withTimeout(tech.evaluate(() => window.__connectedAt), 10_000, 'customer connected');
  const acceptAt = await cust.evaluate(() => window.__acceptAt);

  // 3 and 4. Start → first frame, → 1280×720.
  await tech.evaluate(() => {
    window.__video = new Promise((resolve) => {
      const result = {};
      const watch = (v) => {
        const onFrame = () => {
          const now = performance.timeOrigin + performance.now();
          result.first ??= now;
          if (v.videoWidth === 1280 && v.videoHeight === 720) { result.hd = now; resolve(result); return; }
          v.requestVideoFrameCallback(onFrame);
        };
        v.requestVideoFrameCallback(onFrame);
      };
      const find = () => { const v = document.querySelector('video'); if (v) { watch(v); return true; } return false; };
      if (!find()) new MutationObserver((_, obs) => { if (find()) obs.disconnect(); }).observe(document.body, { subtree: true, childList: true });
    });
  });
  const start = dialog.getByRole('button', { name: 'Start' });
  await start.evaluate((b) => b.addEventListener('click', () => { window.__startAt = performance.timeOrigin + performance.now(); }, { capture: true }));
  await start.click();
  const video = await withTimeout(tech.evaluate(() => window.__video), 20_000, 'received video never reached 1280x720');
  const startAt = await tech.evaluate(() => window.__startAt);

  await tech.getByRole('button', { name: 'End session' }).click();
  await cust.getByRole('heading', { name: 'Thank you' }).waitFor();
  await custCtx.close();
  await techCtx.close();
  return {
    bytes,
    connected: connectedAt - acceptAt,
    firstFrame: video.first - startAt,
    hd: video.hd - startAt,
  };
}

function summary(values, unit, digits = 0) {
  const s = [...values].sort((a, b) => a - b);
  const f = (v) => `${v.toFixed(digits)} ${unit}`;
  return `min ${f(s[0])}  median ${f(s[Math.floor(s.length / 2)])}  max ${f(s[s.length - 1])}`;
}

function bundleSizes() {
  const dir = path.join(SITE, 'customer', 'pkg');
  const out = {};
  for (const f of readdirSync(dir)) {
    const m = f.match(/\.(wasm|js|css)(\.br)?$/);
    if (m && !f.includes('.d.')) out[`${m[1]}${m[2] ?? ''}`] = statSync(path.join(dir, f)).size;
  }
  return out;
}

const server = await startServer();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
const results = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const r = await run(browser, server.url);
    results.push(r);
    console.log(`run ${i + 1}: ${(r.bytes / 1024).toFixed(1)} KiB, connected ${r.connected.toFixed(1)} ms, first frame ${r.firstFrame.toFixed(0)} ms, 1280x720 ${r.hd.toFixed(0)} ms`);
  }
} finally {
  await browser.close();
  server.stop();
}
const b = bundleSizes();
console.log('\nCustomer journey, release build, loopback, ' + RUNS + ' runs (targets in brackets):');
console.log(`  customer page bytes, link → preview [≤ 250 KB]: ${summary(results.map((r) => r.bytes / 1024), 'KiB', 1)}`);
console.log(`  Accept → "Customer connected"       [≤ 50 ms]:  ${summary(results.map((r) => r.connected), 'ms', 1)}`);
console.log(`  Start → first decoded frame          [≤ 300 ms]: ${summary(results.map((r) => r.firstFrame), 'ms')}`);
console.log(`  Start → received video 1280×720      [≤ 2 s]:    ${summary(results.map((r) => r.hd), 'ms')}`);
console.log(`  bundle: wasm ${(b.wasm / 1024).toFixed(0)} KiB (${(b['wasm.br'] / 1024).toFixed(0)} KiB br), js ${(b.js / 1024).toFixed(0)} KiB (${(b['js.br'] / 1024).toFixed(0)} KiB br), css ${(b.css / 1024).toFixed(0)} KiB (${(b['css.br'] / 1024).toFixed(0)} KiB br)`);
