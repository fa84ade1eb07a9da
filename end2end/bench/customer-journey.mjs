// Page-load and journey figures for the release build, min / median / max over RUNS runs
// (5 by default; the test command runs it once, RUNS=1, as a smoke test that asserts no figure).
// The customer is a phone: Playwright's Pixel 7, with CDP throttling the page's network to
// 1.6 Mbps down / 750 kbps up / 150 ms round trip and its CPU 4× slower.
//   1. customer: bytes on the wire (compressed, HTTP), link opened → camera preview playing;
//   2. customer: link opened → page interactive (hydrated: `<html data-hydrated>`);
//   3. customer: link opened → camera preview playing (answering the tutorial at once);
//   4. console: first load of the sign-in page with an empty cache (same throttling, desktop):
//      bytes and time to interactive;
//   5. Accept (customer) → "Customer connected" (technician); Accept → the call prepared while
//      the customer waits is connected at the console; Start (pressed once it is) → first
//      decoded frame on the technician's video, Start → the received video is 1280×720, with the
//      phone's network throttling lifted once the preview plays (loopback; its CPU stays 4×
//      slower); and the same
//      Start → first frame in a second session whose phone keeps the mobile network (Chromium
//      applies CDP's throttling to WebRTC too: 150 ms and 750 kbps up for the first keyframe).
// Run inside a private network namespace: `scripts/dev.sh bench`.
import { chromium, devices } from '@playwright/test';
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
// A phone on a mobile network.
const { defaultBrowserType: _, ...PHONE } = devices['Pixel 7'];
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const CPU_SLOWDOWN = 4;

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

/** Throttles a page's network and CPU as on a phone; returns the CDP session that does it. */
async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return cdp;
}

/** In the console: when its peer connection first connected (wall clock, ms). */
const CALLS = () => {
  const Original = window.RTCPeerConnection;
  window.__prepared = new Promise((resolve) => {
    window.RTCPeerConnection = function (...args) {
      const pc = new Original(...args);
      pc.addEventListener('connectionstatechange', () => {
        if (pc.connectionState === 'connected') resolve(performance.timeOrigin + performance.now());
      });
      return pc;
    };
    window.RTCPeerConnection.prototype = Original.prototype;
  });
};

/** Counts the bytes on the wire of a page's responses; the function returned stops counting
 * and resolves to the total. */
function countBytes(page) {
  let bytes = 0;
  let counting = true;
  const pending = [];
  page.on('requestfinished', (req) => {
    if (!counting) return;
    pending.push(req.sizes().then((s) => { bytes += s.responseBodySize + s.responseHeadersSize; }).catch(() => {}));
  });
  return async () => { counting = false; await Promise.all(pending); return bytes; };
}

/** In the page: when it hydrated and when a video first played (wall clock, ms: the link page
 * sends the customer on to the session page, a second document). */
const MARKS = () => {
  window.__marks = {};
  const mark = (name) => { window.__marks[name] ??= performance.timeOrigin + performance.now(); };
  document.addEventListener('playing', (e) => { if (e.target instanceof HTMLVideoElement) mark('playing'); }, true);
  new MutationObserver(() => { if (document.documentElement.hasAttribute('data-hydrated')) mark('hydrated'); })
    .observe(document, { subtree: true, attributes: true, attributeFilter: ['data-hydrated'] });
};

/** 4. The console's first load: the sign-in page, empty cache, throttled. */
async function consoleLoad(browser, url) {
  const ctx = await browser.newContext({ locale: 'en-GB' });
  const page = await ctx.newPage();
  await page.addInitScript(MARKS);
  await throttle(page);
  const stop = countBytes(page);
  const opened = Date.now();
  await page.goto(`${url}/signin`);
  await withTimeout(page.waitForFunction(() => window.__marks?.hydrated !== undefined), 60_000, 'console hydrated');
  const hydrated = (await page.evaluate(() => window.__marks.hydrated)) - opened;
  const bytes = await stop();
  await ctx.close();
  return { consoleBytes: bytes, consoleHydrated: hydrated };
}

async function run(browser, url, { mobileCall }) {
  const techCtx = await browser.newContext({ permissions: ['microphone', 'clipboard-read', 'clipboard-write'], locale: 'en-GB' });
  const tech = await techCtx.newPage();
  await tech.addInitScript(CALLS);
  await tech.goto(`${url}/signin`);
  await tech.getByLabel('Email address').fill('bench@bench.test');
  await tech.getByLabel('Password').fill(PASSWORD);
  await tech.getByRole('button', { name: 'Sign in' }).click();
  await tech.waitForURL(/\/console$/);
  await tech.getByRole('button', { name: 'New session' }).click();
  const dialog = tech.getByRole('dialog', { name: 'New session' });
  await dialog.getByRole('tab', { name: 'Link' }).click();
  await dialog.getByRole('button', { name: 'Copy link to clipboard' }).click();
  const link = await dialog.getByLabel('Link for the customer').inputValue();

  // 1–3. The customer's phone, empty cache: from the link to the preview.
  const custCtx = await browser.newContext({ ...PHONE, locale: 'en-GB' });
  const cust = await custCtx.newPage();
  await cust.addInitScript(MARKS);
  const cdp = await throttle(cust);
  const stop = countBytes(cust);
  const opened = Date.now();
  await cust.goto(link);
  await cust.waitForURL(/\/s$/);
  await withTimeout(cust.waitForFunction(() => window.__marks?.hydrated !== undefined), 60_000, 'customer hydrated');
  await cust.getByRole('button', { name: 'OK' }).click();
  await withTimeout(cust.waitForFunction(() => {
    const v = document.querySelector('video');
    return window.__marks?.playing !== undefined && v && v.videoWidth > 0;
  }), 60_000, 'preview');
  const marks = await cust.evaluate(() => window.__marks);
  const bytes = await stop();
  // The call on loopback: lift the network throttling before any call exists (changing it
  // under a running call stalls the call for a while).
  if (!mobileCall) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  }

  // 5. Accept → "Customer connected" (both clocks are this machine's wall clock).
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
  // The technician reads "Customer connected" and presses Start; by then the call is prepared.
  const preparedAt = await withTimeout(tech.evaluate(() => window.__prepared), 20_000, 'call prepared');

  // 5. Start → first frame, → 1280×720.
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
  await tech.getByRole('group', { name: 'End this session?' }).getByRole('button', { name: 'Yes, end it' }).click();
  await cust.getByRole('heading', { name: 'Thank you' }).waitFor();
  await custCtx.close();
  await techCtx.close();
  return {
    bytes,
    hydrated: marks.hydrated - opened,
    preview: marks.playing - opened,
    connected: connectedAt - acceptAt,
    prepared: preparedAt - acceptAt,
    firstFrame: video.first - startAt,
    hd: video.hd - startAt,
  };
}


function summary(values, unit, digits = 0) {
  const s = [...values].sort((a, b) => a - b);
  const f = (v) => `${v.toFixed(digits)} ${unit}`;
  return `min ${f(s[0])}  median ${f(s[Math.floor(s.length / 2)])}  max ${f(s[s.length - 1])}`;
}

/** The files of a bundle as served, by kind (`wasm`, `wasm.br`, …). */
function bundleSizes(name) {
  const dir = path.join(SITE, name, 'pkg');
  const out = {};
  for (const f of readdirSync(dir)) {
    const m = f.match(/\.(wasm|js|css)(\.br)?$/);
    if (m && !f.includes('.d.')) out[`${m[1]}${m[2] ?? ''}`] = statSync(path.join(dir, f)).size;
  }
  return out;
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const describe = (b) => `wasm ${kb(b.wasm)} (${kb(b['wasm.br'])} br), js ${kb(b.js)} (${kb(b['js.br'])} br)` +
  (b.css ? `, css ${kb(b.css)} (${kb(b['css.br'])} br)` : '');

const server = await startServer();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
const results = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const r = { ...await run(browser, server.url, { mobileCall: false }), ...await consoleLoad(browser, server.url) };
    r.mobileFirstFrame = (await run(browser, server.url, { mobileCall: true })).firstFrame;
    results.push(r);
    console.log(`run ${i + 1}: customer ${kb(r.bytes)}, hydrated ${r.hydrated.toFixed(0)} ms, preview ${r.preview.toFixed(0)} ms; ` +
      `console ${kb(r.consoleBytes)}, hydrated ${r.consoleHydrated.toFixed(0)} ms; ` +
      `connected ${r.connected.toFixed(1)} ms, prepared ${r.prepared.toFixed(0)} ms, first frame ${r.firstFrame.toFixed(0)} ms, ` +
      `1280x720 ${r.hd.toFixed(0)} ms, first frame on the mobile network ${r.mobileFirstFrame.toFixed(0)} ms`);
  }
} finally {
  await browser.close();
  server.stop();
}
const col = (key, unit, digits = 0, scale = 1) => summary(results.map((r) => r[key] / scale), unit, digits);
console.log(`\nRelease build, ${RUNS} run(s); the customer on a Pixel 7, 1.6 Mbps / 750 kbps / 150 ms, CPU 4× (targets in brackets):`);
console.log(`  customer bytes, link → preview [≤ 200 KB goal, ≤ 250 KB]: ${col('bytes', 'KB', 1, 1000)}`);
console.log(`  customer link → interactive (hydrated):                   ${col('hydrated', 'ms')}`);
console.log(`  customer link → camera preview playing:                   ${col('preview', 'ms')}`);
console.log(`  console first load, bytes (sign-in page, same network):   ${col('consoleBytes', 'KB', 1, 1000)}`);
console.log(`  console first load → interactive (hydrated):              ${col('consoleHydrated', 'ms')}`);
console.log(`  Accept → "Customer connected" (loopback) [≤ 50 ms]:       ${col('connected', 'ms', 1)}`);
console.log(`  Accept → the call prepared (connected, sending nothing):   ${col('prepared', 'ms')}`);
console.log(`  Start → first decoded frame (loopback) [≤ 300 ms]:        ${col('firstFrame', 'ms')}`);
console.log(`  Start → received video 1280×720 (loopback) [≤ 2 s]:       ${col('hd', 'ms')}`);
console.log(`  Start → first decoded frame, the phone's mobile network:  ${col('mobileFirstFrame', 'ms')}`);
console.log(`  customer bundle: ${describe(bundleSizes('customer'))}`);
console.log(`  its drawing layer, on demand: ${describe(bundleSizes('board'))}`);
console.log(`  console bundle: ${describe(bundleSizes('console'))}`);
