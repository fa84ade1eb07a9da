/**
 * Drawings that stay on the object, in real browsers. The customer's camera is a generated
 * moving scene (crates/tracker, example `camera`: translation, rotation and zoom of a
 * textured picture, each frame's number stamped in its bottom rows, ground truth per frame).
 * The technician draws an ellipse around an object; the ellipse's centre on both screens is
 * compared with where that point of the object is in the frame each screen shows, over as many
 * frames as it takes each screen to place it on 120 (however fast this machine shows them).
 * Also prints the time the tracking takes per frame in the browser (frame grab included).
 */
import { test, expect } from './support/fixtures';
import { liveSession, sessionPanel } from './support/actions';
import { expectPlaying } from './support/checks';
import { camera, drawAroundObject, frameNumber, H, STAMP_BITS, truth, W, y4m } from './support/camera';
import { devices, type Locator, type Page } from '@playwright/test';

test.use(camera(y4m));

/** What a screen showed in one frame (its stamp, its timestamp, the fingerprint the app's
 * canvas grab would compute for it), and the app's report about that frame. */
type Sample = { t: number; ts: number; blocks: number[]; sum: number; follow: Follow | null; painted: Painted | null };
/** What the board showed for the followed shapes when a frame appeared (`data-painted`): the
 * media time of the frame it was painted for, each shape's warp. */
type Painted = { t: number | null; shapes: Record<string, number[] | null> };
type Follow = {
  t: number;
  /** Sum of the luma of the frame the app tracked (`rtc/follow.rs`). */
  sum: number;
  /** The timestamp of the frame the app tracked, when it read the frame's luma plane. */
  ts: number | null;
  /** Tracked in the follow worker (else on the page's main thread). */
  worker: boolean;
  /** Time of the grab and of the tracking, where they ran; the page's main-thread time for
   * this frame; from the frame callback to the outcome being on the page. */
  grab_ms: number;
  track_ms: number;
  main_ms: number;
  /** Of which wrapping the frame and handing it to the worker, and of that the wrapping
   * (`new VideoFrame(video)`). */
  post_ms?: number;
  wrap_ms?: number;
  /** And `postMessage` itself. */
  message_ms?: number;
  wait_ms: number;
  /** When the main thread worked on this frame's grab and tracking (start, end; ms). */
  work: [number, number][];
  shapes: Record<string, number[] | null>;
  /** Our shapes: media time and fingerprint of the frame each was stuck on, its centre there. */
  stuck: Record<string, [number, number, number, number]>;
};

const apply = (m: number[], [x, y]: number[]) => [m[0] * x + m[1] * y + m[2], m[3] * x + m[4] * y + m[5]];
function invert(m: number[]): number[] {
  const det = m[0] * m[4] - m[1] * m[3];
  const [a, b, c, d] = [m[4] / det, -m[1] / det, -m[3] / det, m[0] / det];
  return [a, b, -(a * m[2] + b * m[5]), c, d, -(c * m[2] + d * m[5])];
}

/**
 * Records every frame `video` presents (the stamp's block brightness, its timestamp, the
 * fingerprint) and every report the app leaves on the element, by the media time of the
 * frame it is about: the report comes when the frame is tracked (in the follow worker, a
 * moment after the frame callback). Watching again replaces the previous watch.
 */
async function watch(video: Locator, board: Locator) {
  const boardHandle = await board.elementHandle();
  await video.evaluate((v: HTMLVideoElement, [bits, canvas]: readonly [number, unknown]) => {
    const w = window as any;
    const mine = { on: true, samples: [] as any[], reports: {} as Record<number, unknown>, painted: null as unknown };
    w.__watch?.observer?.disconnect();
    w.__watch = mine;
    // Each record's old value is the previous record's new one: none is missed.
    const keep = (text: string | null) => {
      try {
        const f = JSON.parse(text ?? 'null');
        if (f && typeof f.t === 'number') mine.reports[f.t] = f;
      } catch {}
    };
    (mine as any).observer = new MutationObserver((records) => {
      if (!mine.on) return;
      records.slice(1).forEach((r) => keep(r.oldValue));
      keep(v.getAttribute('data-follow'));
    });
    (mine as any).observer.observe(v, { attributes: true, attributeFilter: ['data-follow'], attributeOldValue: true });
    // The board's last paint, read when each frame appears: after the board's animation frame
    // callback in the update that shows the frame (registered earlier, it runs first).
    (mine as any).paints = new MutationObserver(() => {
      try {
        mine.painted = JSON.parse((canvas as HTMLElement).getAttribute('data-painted') ?? 'null');
      } catch {}
    });
    (mine as any).paints.observe(canvas as HTMLElement, { attributes: true, attributeFilter: ['data-painted'] });
    const c = document.createElement('canvas');
    const ctx = c.getContext('2d', { willReadFrequently: true })!;
    const frame = (_now: number, meta: any) => {
      if (!mine.on || w.__watch !== mine) return;
      // The frame as the app grabs it: scaled to the tracking size (640 on the longer side).
      // Read through a VideoFrame, whose timestamp names it as the app's report does.
      const s = 640 / Math.max(v.videoWidth, v.videoHeight);
      const [tw, th] = [Math.round(v.videoWidth * s), Math.round(v.videoHeight * s)];
      if (tw && th) {
        if (c.width !== tw || c.height !== th) [c.width, c.height] = [tw, th];
        const shown = new (w.__VideoFrame ?? VideoFrame)(v);
        const ts = shown.timestamp;
        ctx.drawImage(shown, 0, 0, tw, th);
        shown.close();
        const px = ctx.getImageData(0, 0, tw, th).data;
        // The app's fingerprint: sum of BT.601 luma in 8-bit fixed point.
        let sum = 0;
        for (let i = 0; i < px.length; i += 4) sum += (77 * px[i] + 150 * px[i + 1] + 29 * px[i + 2] + 128) >> 8;
        // The stamp: the middle half of each block in the bottom 16 rows of 480.
        const rows = Math.max(2, Math.round((th * 16) / 480));
        const [y0, h] = [th - Math.round(rows * 0.75), Math.max(1, Math.round(rows / 2))];
        const bw = tw / bits;
        const blocks: number[] = [];
        for (let i = 0; i < bits; i++) {
          let [total, n] = [0, 0];
          for (let y = y0; y < y0 + h; y++) {
            for (let x = Math.round((i + 0.25) * bw); x < Math.round((i + 0.75) * bw); x++) {
              total += px[(y * tw + x) * 4 + 1];
              n++;
            }
          }
          blocks.push(total / n);
        }
        const sample = { t: meta.mediaTime, ts, blocks, sum, painted: null as unknown };
        mine.samples.push(sample);
        requestAnimationFrame(() => (sample.painted = mine.painted));
      }
      v.requestVideoFrameCallback(frame);
    };
    v.requestVideoFrameCallback(frame);
  }, [STAMP_BITS, boardHandle] as const);
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

/** A sample in which the app and the test saw the same frame, its number, and where the app
 * put the shape's centre then (px of the 640×480 frame), or null. */
function placed(s: Sample, id: string, centre: number[]): { k: number; at: number[] | null } | null {
  const k = frameNumber(s.blocks);
  // The element can hand a newer frame to the test than to the app in the same callback.
  const same = s.follow && (s.follow.ts !== null ? s.follow.ts === s.ts : s.follow.sum === s.sum);
  if (k === null || k >= truth.length || !s.follow || !same || !(id in s.follow.shapes)) return null;
  const m = s.follow.shapes[id];
  if (!m) return { k, at: null };
  const [x, y] = apply(m, centre);
  return { k, at: [x * W, y * H] };
}

/** Errors (px of the 640×480 frame) of the shape's centre on one screen against where the
 * object point `X` (frame-0 px) is in each frame shown. */
function errors(samples: Sample[], id: string, centre: number[], X: number[]) {
  const errs: number[] = [];
  let [hidden, other] = [0, 0];
  for (const s of samples) {
    const p = placed(s, id, centre);
    if (!p) {
      if (s.follow && id in s.follow.shapes) other++;
      continue;
    }
    if (!p.at) {
      hidden++;
      continue;
    }
    const want = apply(truth[p.k].H, X);
    errs.push(Math.hypot(p.at[0] - want[0], p.at[1] - want[1]));
  }
  return { errs, hidden, other };
}

/** Errors (px) of the shape's centre as the board showed it when each frame appeared, and how
 * many of those paints were for that very frame (tracked or carried on to it). */
function onScreen(samples: Sample[], id: string, centre: number[], X: number[]) {
  const errs: number[] = [];
  // Had the board shown the previous frame's tracked place instead (a frame behind).
  const behind: number[] = [];
  let forFrame = 0;
  const off = (m: number[], k: number) => {
    const [x, y] = apply(m, centre);
    const want = apply(truth[k].H, X);
    return Math.hypot(x * W - want[0], y * H - want[1]);
  };
  samples.forEach((s, i) => {
    const k = frameNumber(s.blocks);
    const m = s.painted?.shapes[id];
    if (k === null || k >= truth.length || !m) return;
    errs.push(off(m, k));
    if (s.painted!.t === s.t) forFrame++;
    const previous = samples[i - 1]?.follow?.shapes[id];
    if (previous) behind.push(off(previous, k));
  });
  return { errs, forFrame, behind };
}

/** The customer's CPU slowed down this many times (CDP), as on a phone: `scripts/dev.sh
 * bench` runs this file with 4 for the figures; the test command with 1. */
const CUSTOMER_CPU = Number(process.env.FOLLOW_CUSTOMER_CPU ?? 1);
/** `canvas`: hide `VideoFrame` from the app, so that both pages grab through the canvas
 * fallback (as browsers without it do), for comparison. */
const CANVAS_ONLY = process.env.FOLLOW_GRAB === 'canvas';

/** Frames each screen must have placed the shape on before the test judges them. */
const PLACED_FRAMES = 120;

type Result = {
  who: string;
  errs: number[];
  hidden: number;
  other: number;
  unread: number;
  planes: number;
  inWorker: number;
  grab: number[];
  track: number[];
  main: number[];
  post: number[];
  wrap: number[];
  message: number[];
  wait: number[];
  work: [number, number][];
  screen: { errs: number[]; forFrame: number; behind: number[] };
};
type Evidence = { first: { k: number; at: number[] }; X: number[]; results: Result[] };

/** The frames recorded so far on `video`, each with the app's report about it (or null);
 * `stop` ends the recording. */
async function recorded(video: Locator, stop = false): Promise<Sample[]> {
  return video.evaluate((_v, stop) => {
    const mine = (window as any).__watch;
    if (stop) {
      mine.on = false;
      mine.observer.disconnect();
      mine.paints.disconnect();
    }
    return mine.samples.map((s: any) => ({ ...s, follow: mine.reports[s.t] ?? null }));
  }, stop);
}
const peek = (video: Locator) => recorded(video);
const watched = (video: Locator) => recorded(video, true);

/**
 * Judges the frames both screens showed: the object point under the ellipse's centre is where
 * the console put it in the first frame after sticking (in frame-0 px, through that frame's
 * ground truth); from then on both screens must keep the centre on that point of the object.
 * Null until the console placed the shape once.
 */
function judge(techSamples: Sample[], custSamples: Sample[], id: string, centre: number[], stuckAt: number): Evidence | null {
  const first = techSamples
    .filter((s) => s.t > stuckAt)
    .map((s) => placed(s, id, centre))
    .find((p) => p?.at);
  if (!first?.at) return null;
  const X = apply(invert(truth[first.k].H), first.at);
  const results = ([['technician', techSamples], ['customer', custSamples]] as const).map(([who, samples]) => {
    const after = samples.filter((s) => s.t > (who === 'technician' ? stuckAt : -1));
    const { errs, hidden, other } = errors(after, id, centre, X);
    const reports = after.filter((s) => s.follow).map((s) => s.follow!);
    return {
      who,
      errs,
      hidden,
      other,
      unread: after.filter((s) => frameNumber(s.blocks) === null).length,
      planes: reports.filter((f) => f.ts !== null).length,
      inWorker: reports.filter((f) => f.worker).length,
      grab: reports.map((f) => f.grab_ms),
      track: reports.map((f) => f.track_ms),
      main: reports.map((f) => f.main_ms),
      post: reports.map((f) => f.post_ms ?? 0),
      wrap: reports.map((f) => f.wrap_ms ?? 0),
      message: reports.map((f) => f.message_ms ?? 0),
      wait: reports.map((f) => f.wait_ms),
      work: reports.flatMap((f) => f.work ?? []),
      screen: onScreen(after, id, centre, X),
    };
  });
  return { first: { k: first.k, at: first.at }, X, results };
}

/** Both screens placed the shape on enough frames. */
const enough = (e: Evidence) => e.results.every((r) => r.errs.length >= PLACED_FRAMES);

test('an ellipse drawn around an object stays on it on both screens while the camera moves', async ({ server, browser }) => {
  // The wait for evidence below may take up to two minutes on a busy machine.
  test.setTimeout(240_000);
  const name = 'Tilda';
  // The customer on a phone: Pixel 7's screen, pixel ratio and touch (and, for the bench, its
  // slower CPU below).
  const { defaultBrowserType: _, ...pixel7 } = devices['Pixel 7'];
  const { tech, customer } = await liveSession(browser, server.url, server.createUser(), name, browser, pixel7);
  if (CUSTOMER_CPU !== 1) {
    const cdp = await customer.context().newCDPSession(customer);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CUSTOMER_CPU });
  }
  if (CANVAS_ONLY) {
    for (const page of [tech, customer]) {
      await page.evaluate(() => {
        const w = window as any;
        w.__VideoFrame = w.VideoFrame;
        delete w.VideoFrame;
      });
    }
  }
  // Main-thread tasks over 50 ms on either page, from now on.
  const longTasks = (page: Page) =>
    page.evaluate(() => {
      const w = window as any;
      w.__long = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push([e.startTime, e.duration]))).observe({ type: 'longtask' });
    });
  await longTasks(tech);
  await longTasks(customer);
  const panel = sessionPanel(tech, name);
  const techVideo = panel.locator('video.stage__video');
  const custVideo = customer.locator('video.customer__video');
  await expectPlaying(techVideo);
  await expectPlaying(custVideo);
  // The customer's camera is the generated sequence, at its size.
  expect(await custVideo.evaluate((v: HTMLVideoElement) => `${v.videoWidth}x${v.videoHeight}`)).toBe('640x480');
  await watch(techVideo, panel.locator('canvas.board'));

  const bar = panel.getByRole('toolbar', { name: 'Whiteboard' });
  await expect(bar.getByRole('button', { name: 'Stick to object' })).toHaveAttribute('aria-pressed', 'true');
  await bar.getByRole('button', { name: 'Ellipse' }).click();
  // Around the object in the middle of the scene (the generator's first region), where it is
  // in the frame shown, with a margin.
  let drag: { k: number; up: number | null; a: { x: number; y: number }; b: { x: number; y: number } } | null = null;
  await expect.poll(async () => (drag = await drawAroundObject(techVideo, panel.locator('canvas.board')))).not.toBeNull();
  const { k: k0, up: kUp, a, b } = drag!;
  const drawn = [(a.x + b.x) / 2, (a.y + b.y) / 2];

  // The console sticks it on the frame its drawing began on (the picture moved on while the
  // pointer was down); the customer's page gets the anchor and finds it.
  const stuck = async () => JSON.parse((await techVideo.getAttribute('data-follow')) ?? '{"stuck":{}}').stuck;
  await expect.poll(async () => Object.keys(await stuck()).length).toBe(1);
  const [id, [stuckAt, , ...centre]] = Object.entries(await stuck())[0] as [string, [number, number, number, number]];
  // The centre as the app has it (the pointer's position went through the view) is the
  // centre drawn, to a pixel of the page.
  expect(Math.hypot((centre[0] - drawn[0]) * W, (centre[1] - drawn[1]) * H)).toBeLessThan(2);
  await expect
    .poll(async () => JSON.parse((await custVideo.getAttribute('data-follow')) ?? '{"shapes":{}}').shapes[id] ?? null)
    .not.toBeNull();
  // The customer's page tracks in its drawing layer, loaded with the first drawing: watch its
  // screen from now on, after the layer's frame callback.
  await watch(custVideo, customer.locator('canvas.board'));

  // Wait for enough frames placed on both screens (however fast this machine shows them),
  // within a generous bound, then judge every frame seen.
  let evidence: Evidence | null = null;
  await expect
    .poll(async () => (evidence = judge(await peek(techVideo), await peek(custVideo), id, centre, stuckAt)) !== null && enough(evidence), {
      timeout: 120_000,
      intervals: [1_000],
    })
    .toBe(true);
  const techSamples = await watched(techVideo);
  evidence = judge(techSamples, await watched(custVideo), id, centre, stuckAt);
  expect(evidence, 'the console placed the ellipse after sticking it').not.toBeNull();
  // Stuck on the frame shown when the pointer went down (or one just after: the camera runs at
  // 30 frames a second, and on a busy machine the frame callback after the pointer went down
  // comes a few frames late), not on the one shown when it came up, 400 ms later.
  const stuckK = techSamples.filter((s) => s.t === stuckAt).map((s) => frameNumber(s.blocks))[0] ?? null;
  expect(stuckK, 'the frame stuck on was seen').not.toBeNull();
  expect(kUp, 'the frame shown at pointer up was read').not.toBeNull();
  const later = (k: number, than: number) => (k - than + truth.length) % truth.length;
  console.log(`follow: pointer down on frame ${k0}, stuck on frame ${stuckK}, pointer up on frame ${kUp}`);
  expect(later(stuckK!, k0)).toBeLessThanOrEqual(4);
  expect(later(kUp!, stuckK!), 'the picture moved on while the pointer was down').toBeGreaterThanOrEqual(6);
  const { first, X, results } = evidence!;
  // How far that is from the middle of the object drawn around (the test's own aim).
  const object = truth[0].corners[0];
  const middle = [object.reduce((s, p) => s + p[0], 0) / 4, object.reduce((s, p) => s + p[1], 0) / 4];
  const aimOff = Math.hypot(X[0] - middle[0], X[1] - middle[1]);

  const ms = (xs: number[]) => `p50 ${quantile(xs, 0.5).toFixed(2)} p95 ${quantile(xs, 0.95).toFixed(2)}`;
  for (const { who, errs, hidden, other, unread, planes, inWorker, grab, track, main, post, wrap, message, wait, screen } of results) {
    const where = inWorker === grab.length ? 'in the worker' : inWorker === 0 ? 'on the main thread' : `${inWorker} of ${grab.length} in the worker`;
    console.log(
      `follow ${who}: ${errs.length} frames placed, ${hidden} hidden, ${unread} unreadable, ${other} grabbed differently; ` +
        `centre error px p50 ${quantile(errs, 0.5).toFixed(2)}, p95 ${quantile(errs, 0.95).toFixed(2)}, max ${Math.max(...errs).toFixed(2)}; ` +
        `${planes} of ${grab.length} frames read from the luma plane; per frame ms: main thread ${ms(main)} (handing over ${ms(post)}, of which new VideoFrame ${ms(wrap)}, postMessage ${ms(message)}); grab ${ms(grab)}, track ${ms(track)} (${where}); ` +
        `outcome on the page after ${ms(wait)}; ` +
        `on screen as each frame appeared: error px p50 ${quantile(screen.errs, 0.5).toFixed(2)}, p95 ${quantile(screen.errs, 0.95).toFixed(2)}, max ${Math.max(...screen.errs).toFixed(2)}, ` +
        `${screen.forFrame} of ${screen.errs.length} drawn for that frame (a frame behind it would be p50 ${quantile(screen.behind, 0.5).toFixed(2)}, p95 ${quantile(screen.behind, 0.95).toFixed(2)})`,
    );
  }
  console.log(`follow: drawn on frame ${k0}, first placed on frame ${first.k}; the centre is on the object ${aimOff.toFixed(1)} px from its middle`);
  const long = async (page: Page) => page.evaluate(() => (window as any).__long as [number, number][]);
  const [techLong, custLong] = [await long(tech), await long(customer)];
  console.log(`follow: grab through ${CANVAS_ONLY ? 'the canvas (VideoFrame hidden)' : 'VideoFrame planes'}; customer CPU ${CUSTOMER_CPU}× slower; main-thread tasks over 50 ms: technician ${JSON.stringify(techLong.map(([, d]) => Math.round(d)))}, customer ${JSON.stringify(custLong.map(([, d]) => Math.round(d)))}`);
  // Which long tasks the tracking caused: those that would not have been long without the
  // tracking's main-thread work inside them.
  for (const [who, tasks] of [['technician', techLong], ['customer', custLong]] as const) {
    const work = results.find((r) => r.who === who)!.work;
    const inside = tasks.map(([start, d]) =>
      work.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, start + d) - Math.max(a, start)), 0),
    );
    const caused = tasks.filter(([, d], i) => d - inside[i] < 50).length;
    console.log(
      `follow ${who}: ${caused} of ${tasks.length} long tasks caused by tracking; tracking inside a long task at most ${Math.max(0, ...inside).toFixed(1)} ms`,
    );
  }
  // The ellipse was drawn around the object (the object moves a few px per frame).
  expect(aimOff).toBeLessThan(25);
  for (const { who, errs, hidden } of results) {
    // Enough frames placed (waited for above), the ellipse shown in nearly all of them, on the
    // object within a pixel or two.
    expect(errs.length, who).toBeGreaterThanOrEqual(PLACED_FRAMES);
    expect(hidden, who).toBeLessThan(errs.length / 10);
    expect(quantile(errs, 0.95), who).toBeLessThan(1.5);
    expect(Math.max(...errs), who).toBeLessThan(3);
  }
  // In step with the picture: as each frame appeared, the board showed the ellipse for that
  // frame (tracked, or carried on to it while the worker tracks it) where that frame has the
  // object, far closer than a frame behind would be. (With the customer's main thread made 4×
  // slower for the bench, its answers come two or three frames late and the figures are
  // printed, not judged.)
  for (const { who, screen } of results.filter((r) => r.who === 'technician' || CUSTOMER_CPU === 1)) {
    expect(screen.errs.length, who).toBeGreaterThanOrEqual(PLACED_FRAMES);
    expect(screen.forFrame, who).toBeGreaterThan(0.8 * screen.errs.length);
    expect(quantile(screen.errs, 0.5), who).toBeLessThan(1.5);
    expect(quantile(screen.errs, 0.95), who).toBeLessThan(5);
  }
  // Chromium has VideoFrame and workers: both pages track in the follow worker, on the luma
  // plane (unless VideoFrame is hidden: then on the page, through its canvas).
  for (const { who, planes, inWorker, grab } of results) {
    expect(planes, who).toBe(CANVAS_ONLY ? 0 : grab.length);
    expect(inWorker, who).toBe(CANVAS_ONLY ? 0 : grab.length);
  }
});
