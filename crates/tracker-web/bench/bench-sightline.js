// Sightline's tracker (crates/tracker through crates/tracker-web, wasm32 + simd128) behind the
// track-anchor harness's page API (setup / frame0 / loop / finish), on the same sequence and
// ground truth as OpenCV.js. Per frame k >= 1:
//   upload : RGBA bytes (as getImageData gives) copied into WASM memory and turned grey
//   lk     : the whole tracking step (pyramid, pyramidal LK with forward-backward check, robust
//            fit, re-detection and drift correction when due) - our pipeline does not split it
//   total  : upload + lk
// One annotation: the rectangle around the five anchors (plus a margin), drawn on frame 0; the
// anchors are mapped through its frame-0 -> frame-k transform.
import init, { WebTracker } from './sightline/tracker_web.js';

const t0 = performance.now();
const ready = init().then(() => performance.now() - t0);

window.benchSightline = (() => {
  let o, seq, gt, W, H, anchors0, nF, rgbaAll, tracker, initMs, region, P;
  const frame = (k) => rgbaAll.subarray(k * W * H * 4, (k + 1) * W * H * 4);
  return {
    async setup(opts) {
      o = Object.assign({ y4m: '/moving.y4m', gt: '/gt.json', evalFrames: [100, 200, 300], margin: 20 }, opts || {});
      initMs = await ready;
      seq = parseY4M(await (await fetch(o.y4m)).arrayBuffer());
      gt = await (await fetch(o.gt)).json();
      W = seq.W; H = seq.H;
      anchors0 = gt.anchors0.map(([x, y]) => [x, y]);
      const xs = anchors0.map((a) => a[0]), ys = anchors0.map((a) => a[1]);
      const x0 = Math.max(0, Math.min(...xs) - o.margin), y0 = Math.max(0, Math.min(...ys) - o.margin);
      region = [x0, y0, Math.min(W, Math.max(...xs) + o.margin) - x0, Math.min(H, Math.max(...ys) + o.margin) - y0];
      nF = Math.min(seq.frames.length, gt.frames.length);
      rgbaAll = new Uint8ClampedArray(nF * W * H * 4);
      for (let k = 0; k < nF; k++) {
        const y = seq.frames[k], base = k * W * H * 4;
        for (let i = 0, j = base; i < y.length; i++, j += 4) { const v = y[i]; rgbaAll[j] = v; rgbaAll[j + 1] = v; rgbaAll[j + 2] = v; rgbaAll[j + 3] = 255; }
      }
      seq.frames = null;
      return { W, H, srcW: W, srcH: H, nF, cvInitMs: initMs };
    },
    async frame0() {
      if (tracker) tracker.free();
      tracker = new WebTracker(W, H);
      const a = performance.now();
      const ok = tracker.add(1, region[0], region[1], region[2], region[3], frame(0));
      const b = performance.now();
      if (!ok) throw new Error('annotation not accepted');
      P = { rec: { upload: [], lk: [], fit: [], redetect: [], total: [], npts: [], nRedetect: 0, fitFail: 0 },
        est: { 0: anchors0.map((p) => p.slice()) } };
      P.rec.frame0 = { upload: 0, detect: b - a, corners: tracker.last_stats()[0] };
      return P.rec.frame0;
    },
    async loop() {
      const rec = P.rec, est = P.est;
      const tLoop0 = performance.now();
      for (let k = 1; k < nF; k++) {
        const a = performance.now();
        tracker.load(frame(k));
        const b = performance.now();
        const r = tracker.step();
        const c = performance.now();
        if (r.length >= 9 && r[8] === 1) {
          const m = r.subarray(1, 7);
          est[k] = anchors0.map(([x, y]) => [m[0] * x + m[1] * y + m[2], m[3] * x + m[4] * y + m[5]]);
        } else {
          rec.fitFail++;
          est[k] = est[k - 1];
        }
        const [npts, redet] = tracker.last_stats();
        rec.nRedetect += redet;
        rec.upload.push(b - a); rec.lk.push(c - b); rec.fit.push(0); rec.redetect.push(0);
        rec.total.push(c - a); rec.npts.push(npts);
      }
      const loopWallMs = performance.now() - tLoop0;
      const errors = {};
      for (const f of o.evalFrames) {
        if (!est[f]) continue;
        errors[f] = est[f].map(([x, y], i) => Math.hypot(x - gt.frames[f].anchors[i][0], y - gt.frames[f].anchors[i][1]));
      }
      // Every frame's error too (the harness evaluates three frames).
      let sum = 0, n = 0, max = 0;
      for (let k = 1; k < nF; k++) {
        est[k].forEach(([x, y], i) => { const e = Math.hypot(x - gt.frames[k].anchors[i][0], y - gt.frames[k].anchors[i][1]); sum += e; n++; max = Math.max(max, e); });
      }
      const out = { frame0: rec.frame0, nFrames: rec.total.length, loopWallMs, nRedetect: rec.nRedetect, fitFail: rec.fitFail,
        upload: stats(rec.upload), lk: stats(rec.lk), fit: stats(rec.fit), redetect: stats(rec.redetect), total: stats(rec.total),
        npts: stats(rec.npts), errors, allFrames: { meanErr: sum / n, maxErr: max } };
      out.fps = 1000 / out.total.mean;
      return out;
    },
    finish() {
      if (tracker) { tracker.free(); tracker = null; }
      rgbaAll = null;
      return { opts: o, engine: 'sightline tracker (Rust, wasm32 + simd128)', cvInitMs: initMs, crossOriginIsolated: self.crossOriginIsolated, W, H, srcW: W, srcH: H };
    },
  };
})();
