/**
 * The whiteboard on the live picture, freeze and snapshot, in real browsers: drawings land on
 * the same spot of the picture on both screens (whatever the view), travel over the data
 * channel, survive a reload; a frozen picture has identical pixels on both sides; a snapshot
 * is a PNG of the picture with the drawings, kept with the session. Also measures the drawing
 * latency (printed, not asserted).
 */
import { test, expect } from './support/fixtures';
import { liveSession, logLines, sessionPanel } from './support/actions';
import { expectPlaying } from './support/checks';
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

type Pt = { x: number; y: number };

/** Page coordinates of the frame point `p` (0..1) in a video element, as CSS shows it. */
async function onPicture(video: Locator, p: Pt): Promise<Pt> {
  return video.evaluate((v: HTMLVideoElement, p) => {
    // The point must be on screen to be clicked (buttons below may have scrolled the page).
    v.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const r = v.getBoundingClientRect();
    const fit = getComputedStyle(v).objectFit;
    let [w, h, left, top] = [r.width, r.height, r.left, r.top];
    if (fit === 'contain') {
      const s = Math.min(r.width / v.videoWidth, r.height / v.videoHeight);
      [w, h] = [v.videoWidth * s, v.videoHeight * s];
      [left, top] = [r.left + (r.width - w) / 2, r.top + (r.height - h) / 2];
    }
    return { x: left + p.x * w, y: top + p.y * h };
  }, p);
}

/** Colour (r, g, b, alpha) of the board canvas at page coordinates, the darkest-red pixel
 * within `radius` CSS px (a line is a few pixels wide; antialiasing softens its edge). */
async function boardPixel(canvas: Locator, at: Pt, radius = 3): Promise<number[]> {
  return canvas.evaluate((c: HTMLCanvasElement, { at, radius }) => {
    const r = c.getBoundingClientRect();
    const sx = c.width / r.width;
    const ctx = c.getContext('2d')!;
    let best = [0, 0, 0, 0];
    for (let dy = -radius; dy <= radius; dy++) {
      for (let dx = -radius; dx <= radius; dx++) {
        const x = Math.round((at.x + dx - r.left) * sx);
        const y = Math.round((at.y + dy - r.top) * sx);
        if (x < 0 || y < 0 || x >= c.width || y >= c.height) continue;
        const d = Array.from(ctx.getImageData(x, y, 1, 1).data);
        if (d[3] > best[3]) best = d;
      }
    }
    return best;
  }, { at, radius });
}

function isRed([r, g, b, a]: number[]) {
  return a > 200 && r > 180 && g < 100 && b < 100;
}

/** Drags the mouse from `a` to `b` in steps. */
async function drag(page: Page, a: Pt, b: Pt, steps = 6) {
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps });
  await page.mouse.up();
}

async function shapes(canvas: Locator): Promise<number> {
  return Number(await canvas.getAttribute('data-shapes'));
}

/** The live pieces of both screens. */
async function whiteboard(browser: any, url: string, account: any, name: string) {
  const { tech, customer } = await liveSession(browser, url, account, name);
  const panel = sessionPanel(tech, name);
  const techVideo = panel.locator('video.stage__video');
  const custVideo = customer.locator('video.customer__video');
  await expectPlaying(techVideo);
  await expectPlaying(custVideo);
  const techBoard = panel.locator('canvas.board');
  const custBoard = customer.locator('canvas.board');
  await expect(techBoard).not.toHaveAttribute('data-frame', '0x0');
  await expect(custBoard).not.toHaveAttribute('data-frame', '0x0');
  const bar = panel.getByRole('toolbar', { name: 'Whiteboard' });
  // These tests are about where drawings land on the picture: the default fake camera's
  // animation is not an object to follow (follow.spec.ts tests that, on a moving scene).
  const stick = bar.getByRole('button', { name: 'Stick to object' });
  await expect(stick).toHaveAttribute('aria-pressed', 'true');
  await stick.click();
  await expect(stick).toHaveAttribute('aria-pressed', 'false');
  return { tech, customer, panel, techVideo, custVideo, techBoard, custBoard, bar };
}

/** The customer page's data channel counters. */
async function channelMessages(page: Page): Promise<{ sent: number; received: number }> {
  return page.evaluate(async () => {
    const out = { sent: 0, received: 0 };
    for (const pc of (window as any).__pcs as RTCPeerConnection[]) {
      if (pc.connectionState === 'closed') continue;
      (await pc.getStats()).forEach((s: any) => {
        if (s.type === 'data-channel') {
          out.sent += s.messagesSent ?? 0;
          out.received += s.messagesReceived ?? 0;
        }
      });
    }
    return out;
  });
}

test('an arrow drawn on the technician\'s video lands on the same point of the customer\'s picture, in any view; undo, redo, erase all; a reload gets the drawing back', async ({ server, browser }) => {
  const w = await whiteboard(browser, server.url, server.createUser(), 'Walter');
  const { tech, customer, bar, techVideo, custVideo, techBoard, custBoard } = w;
  // The customer's drawing layer (pkg/board.*) comes on demand: not while nothing is drawn.
  const layerFiles = () => customer.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => /\/pkg\/board\.[^/]*\.(js|wasm)$/.test(e.name)).length);
  expect(await layerFiles()).toBe(0);

  // Fit to window: an arrow from (0.3, 0.65) to (0.7, 0.35) of the frame.
  await bar.getByRole('button', { name: 'Arrow', exact: true }).click();
  const from = { x: 0.3, y: 0.65 };
  const tip = { x: 0.7, y: 0.35 };
  await drag(tech, await onPicture(techVideo, from), await onPicture(techVideo, tip));
  await expect.poll(() => shapes(custBoard)).toBe(1);
  expect(await layerFiles()).toBe(2);
  // Red at the tip and the tail on both screens, nothing far from the arrow.
  for (const [video, canvas] of [[techVideo, techBoard], [custVideo, custBoard]] as const) {
    await expect.poll(async () => isRed(await boardPixel(canvas, await onPicture(video, tip)))).toBe(true);
    expect(isRed(await boardPixel(canvas, await onPicture(video, from)))).toBe(true);
    expect((await boardPixel(canvas, await onPicture(video, { x: 0.1, y: 0.1 })))[3]).toBe(0);
  }
  // It travelled peer to peer.
  expect((await channelMessages(customer)).received).toBeGreaterThan(0);

  // Actual size, then 150 %: a numbered arrow drawn there lands where it should too.
  await tech.getByRole('button', { name: 'Actual size' }).click();
  await tech.getByRole('button', { name: 'Zoom in' }).click();
  await bar.getByRole('button', { name: 'Numbered arrow' }).click();
  const a2 = { x: 0.15, y: 0.2 };
  const tip2 = { x: 0.35, y: 0.45 };
  await drag(tech, await onPicture(techVideo, a2), await onPicture(techVideo, tip2));
  await expect.poll(() => shapes(custBoard)).toBe(2);
  await expect.poll(async () => isRed(await boardPixel(custBoard, await onPicture(custVideo, tip2)))).toBe(true);
  await tech.getByRole('button', { name: 'Fit to window' }).click();
  await expect.poll(async () => isRed(await boardPixel(techBoard, await onPicture(techVideo, tip2)))).toBe(true);

  // A phone held the other way round: the customer's window turns portrait.
  await customer.setViewportSize({ width: 390, height: 800 });
  await expect.poll(async () => isRed(await boardPixel(custBoard, await onPicture(custVideo, tip)))).toBe(true);

  // Undo, redo, erase all: the customer follows.
  await bar.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => shapes(custBoard)).toBe(1);
  await bar.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => shapes(custBoard)).toBe(2);

  // The customer reloads: the board comes back from the server.
  await customer.reload();
  await expect(customer.getByText('Live: the technician sees your camera.')).toBeVisible();
  await expect.poll(() => shapes(customer.locator('canvas.board')), { timeout: 15_000 }).toBe(2);

  await bar.getByRole('button', { name: 'Erase all' }).click();
  await expect.poll(() => shapes(customer.locator('canvas.board'))).toBe(0);
  await expect(techBoard).toHaveAttribute('data-shapes', '0');
});

/** SHA-256 of the frozen picture's pixels at its own size, and that size. */
async function stillHash(page: Page): Promise<string> {
  const still = page.locator('img.board-still');
  await expect(still).toBeVisible({ timeout: 15_000 });
  return still.evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const c = document.createElement('canvas');
    [c.width, c.height] = [img.naturalWidth, img.naturalHeight];
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const digest = await crypto.subtle.digest('SHA-256', data);
    const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
    return `${c.width}x${c.height}:${hex}`;
  });
}

test('freeze shows the same pixels on both screens, drawing goes on over it, and a snapshot is a PNG with the drawing, kept with the session', async ({ server, browser }) => {
  const w = await whiteboard(browser, server.url, server.createUser(), 'Frida');
  const { tech, customer, panel, bar, techBoard, custBoard } = w;

  await bar.getByRole('button', { name: 'Freeze' }).click();
  await expect(customer.getByText('The technician froze the picture.')).toBeVisible();
  const [techHash, custHash] = [await stillHash(tech), await stillHash(customer)];
  // The still is the customer's camera frame at full size, the same pixels on both sides.
  const camera = await w.custVideo.evaluate((v: HTMLVideoElement) => `${v.videoWidth}x${v.videoHeight}`);
  expect(custHash.startsWith(`${camera}:`)).toBe(true);
  expect(techHash).toBe(custHash);
  await expect(techBoard).toHaveAttribute('data-frame', camera);

  // Drawing continues on the frozen picture.
  await bar.getByRole('button', { name: 'Rectangle' }).click();
  const still = tech.locator('img.board-still');
  await still.scrollIntoViewIfNeeded();
  const box = (await still.boundingBox())!;
  // object-fit: contain of the still in its box.
  const [nw, nh] = camera.split('x').map(Number);
  const s = Math.min(box.width / nw, box.height / nh);
  const [pw, ph] = [nw * s, nh * s];
  const at = (p: Pt) => ({ x: box.x + (box.width - pw) / 2 + p.x * pw, y: box.y + (box.height - ph) / 2 + p.y * ph });
  await drag(tech, at({ x: 0.4, y: 0.4 }), at({ x: 0.6, y: 0.6 }));
  await expect.poll(() => shapes(custBoard)).toBe(1);

  // Snapshot: downloaded, a PNG of the frozen picture's size, with the red rectangle in it.
  const download = tech.waitForEvent('download');
  await bar.getByRole('button', { name: 'Snapshot' }).click();
  const file = await (await download).path();
  const png = readFileSync(file);
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(camera);
  await expect(bar.getByRole('status')).toHaveText('Snapshot saved and kept with the session.');
  const corner = await tech.evaluate(async ({ b64, x, y }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    [c.width, c.height] = [img.naturalWidth, img.naturalHeight];
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    return Array.from(ctx.getImageData(Math.round(x * c.width), Math.round(y * c.height), 1, 1).data);
  }, { b64: png.toString('base64'), x: 0.4, y: 0.5 });
  expect(isRed(corner)).toBe(true);

  // Kept with the session: History & Notes shows it, and the server has the same file.
  await panel.getByRole('tab', { name: 'History & notes' }).click();
  const thumb = panel.getByRole('img', { name: /^Snapshot of / });
  await expect(thumb).toHaveCount(1);
  const src = await thumb.getAttribute('src');
  const stored = await tech.request.get(`${server.url}${src}`);
  expect(stored.status()).toBe(200);
  expect(Buffer.compare(await stored.body(), png)).toBe(0);
  // Nobody else gets it.
  const anonymous = await customer.request.get(`${server.url}${src}`);
  expect(anonymous.status()).toBe(401);

  // Back to live on both screens; logged.
  await bar.getByRole('button', { name: 'Back to live' }).click();
  await expect(tech.locator('img.board-still')).toBeHidden();
  await expect(customer.locator('img.board-still')).toBeHidden();
  await expect(customer.getByText('The technician froze the picture.')).toBeHidden();
  const lines = await logLines(tech, 'Frida');
  expect(lines.filter((l) => /picture|snapshot/.test(l))).toEqual([
    'Tess Tech: froze the picture', 'Tess Tech: took a snapshot', 'Tess Tech: returned to the live picture',
  ]);
});

test('drawing latency: 100 strokes from the technician\'s pointer to the customer\'s screen (figures printed)', async ({ server, browser }) => {
  const w = await whiteboard(browser, server.url, server.createUser(), 'Lara');
  const { tech, customer, bar, techVideo, custBoard } = w;
  await bar.getByRole('button', { name: 'Pen' }).click();
  // Times on both pages on the same clock (performance.timeOrigin + now, one machine).
  await tech.locator('canvas.board').evaluate((c) => {
    (window as any).__downs = [];
    c.addEventListener('pointerdown', (e) => (window as any).__downs.push(performance.timeOrigin + e.timeStamp), { capture: true });
  });
  await custBoard.evaluate((c) => {
    (window as any).__shown = {};
    new MutationObserver(() => {
      const n = Number(c.getAttribute('data-shapes'));
      (window as any).__shown[n] ??= performance.timeOrigin + performance.now();
    }).observe(c, { attributes: true, attributeFilter: ['data-shapes'] });
  });
  const strokes = 100;
  for (let i = 0; i < strokes; i++) {
    const x = 0.1 + 0.8 * ((i % 10) / 10);
    const y = 0.1 + 0.8 * (Math.floor(i / 10) / 10);
    await drag(tech, await onPicture(techVideo, { x, y }), await onPicture(techVideo, { x: x + 0.05, y: y + 0.04 }), 3);
    await expect.poll(() => shapes(custBoard)).toBe(i + 1);
  }
  const downs: number[] = await tech.evaluate(() => (window as any).__downs);
  const shown: Record<number, number> = await customer.evaluate(() => (window as any).__shown);
  expect(downs).toHaveLength(strokes);
  const latency = downs.map((t, i) => shown[i + 1] - t).sort((a, b) => a - b);
  expect(latency.every((l) => Number.isFinite(l) && l > 0)).toBe(true);
  const pct = (p: number) => latency[Math.min(latency.length - 1, Math.ceil((p / 100) * latency.length) - 1)];
  const line = `drawing latency over ${strokes} strokes (pointerdown → painted on the customer): ` +
    `p50 ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms, max ${latency[latency.length - 1].toFixed(1)} ms`;
  console.log(line);
  test.info().annotations.push({ type: 'figure', description: line });
  expect((await channelMessages(customer)).received).toBeGreaterThanOrEqual(strokes);
});
