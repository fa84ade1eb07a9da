/**
 * The generated cameras of the tracking tests (crates/tracker, example `camera`): each frame's
 * number stamped in its bottom rows, ground truth per frame; and drawing around their object.
 */
import { chromiumArgs } from '../../playwright.config';
import type { Locator } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
export const cameraDir = path.join(root, 'target/e2e-camera');
export const y4m = path.join(cameraDir, 'camera.y4m');
/** The hard sequence: its object leaves the picture in a fast pan and comes back. */
export const hardY4m = path.join(cameraDir, 'camera-hard.y4m');

// The sequences are written by the test command (scripts/dev.sh); write them here if missing so
// the file also runs on its own. Launch options are read before any test runs.
if (!existsSync(y4m) || !existsSync(hardY4m)) {
  execFileSync('cargo', ['run', '--release', '-q', '-p', 'tracker', '--example', 'camera', '--', cameraDir], {
    cwd: root,
    stdio: 'inherit',
  });
}

/** Chromium whose fake camera plays `file`. */
export const camera = (file: string) => ({
  launchOptions: {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      ...chromiumArgs.filter((a) => !a.startsWith('--use-fake-device-for-media-stream')),
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${file}`,
    ],
  },
});

export type Truth = { H: number[]; corners: number[][][] };
export const groundTruth = (name: string): Truth[] => JSON.parse(readFileSync(path.join(cameraDir, `${name}_gt.json`), 'utf8')).frames;
export const truth = groundTruth('camera');
export const [W, H] = [640, 480];
/** Blocks of the frame-number stamp (crates/tracker/src/synth.rs, `Synth::stamp`). */
export const STAMP_BITS = 10;

/** The frame number stamped in a frame (`read_stamp` in the generator), or null. */
export function frameNumber(blocks: number[]): number | null {
  const lo = Math.min(...blocks), hi = Math.max(...blocks);
  const mid = hi - lo < 64 ? 128 : (lo + hi) / 2;
  const bits = blocks.map((v) => v > mid);
  let k = 0;
  for (let i = 0; i < STAMP_BITS - 1; i++) if (bits[i]) k |= 1 << i;
  let ones = 0;
  for (let i = 0; i < STAMP_BITS - 1; i++) if ((k >> i) & 1) ones++;
  return (ones % 2 === 1) === bits[STAMP_BITS - 1] ? k : null;
}

/**
 * Draws an ellipse around the object in the frame `video` shows now: reads the frame's number
 * from its stamp, takes the object's corners in that frame from the ground truth (`frames`),
 * presses the pointer there and releases it `holdMs` later, as a person drawing while the
 * picture moves on does: the ellipse must stick to the frame the drawing began on. (The
 * events go to the board from the page, on time; the board's handling of real pointer input
 * is covered by whiteboard.spec.ts.) Returns the numbers of the frames shown at pointer down
 * (`k`) and up (`up`, null if unreadable) and the ellipse's corners (frame points), or null
 * when the stamp could not be read or the frame is not `within`.
 */
export async function drawAroundObject(video: Locator, board: Locator, frames: Truth[] = truth, holdMs = 400, within: [number, number] = [0, frames.length - 1]) {
  const corners = frames.map((f) => f.corners[0]);
  const el = await board.elementHandle();
  return video.evaluate(
    async (v: HTMLVideoElement, { corners, bits, board, holdMs, within }) => {
      v.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const c = document.createElement('canvas');
      [c.width, c.height] = [640, 480];
      const ctx = c.getContext('2d', { willReadFrequently: true })!;
      // The number stamped in the frame shown now, or null.
      const shown = () => {
        ctx.drawImage(v, 0, 0, 640, 480);
        const px = ctx.getImageData(0, 468, 640, 8).data;
        const blocks = Array.from({ length: bits }, (_, i) => {
          let [total, n] = [0, 0];
          for (let y = 0; y < 8; y++) for (let x = i * 64 + 16; x < i * 64 + 48; x++) [total, n] = [total + px[(y * 640 + x) * 4 + 1], n + 1];
          return total / n;
        });
        const lo = Math.min(...blocks), hi = Math.max(...blocks);
        const mid = hi - lo < 64 ? 128 : (lo + hi) / 2;
        const on = blocks.map((b) => b > mid);
        let k = 0;
        for (let i = 0; i < bits - 1; i++) if (on[i]) k |= 1 << i;
        const ones = on.slice(0, bits - 1).filter(Boolean).length;
        return (ones % 2 === 1) !== on[bits - 1] || k >= corners.length ? null : k;
      };
      const k = shown();
      if (k === null || k < within[0] || k > within[1]) return null;
      const xs = corners[k].map((p: number[]) => p[0]), ys = corners[k].map((p: number[]) => p[1]);
      const a = { x: (Math.min(...xs) - 12) / 640, y: (Math.min(...ys) - 12) / 480 };
      const b = { x: (Math.max(...xs) + 12) / 640, y: (Math.max(...ys) + 12) / 480 };
      // Frame points to page coordinates (object-fit: contain).
      const r = v.getBoundingClientRect();
      const s = Math.min(r.width / v.videoWidth, r.height / v.videoHeight);
      const [w, h] = [v.videoWidth * s, v.videoHeight * s];
      const at = (p: { x: number; y: number }) => ({ clientX: r.left + (r.width - w) / 2 + p.x * w, clientY: r.top + (r.height - h) / 2 + p.y * h });
      const send = (type: string, p: { x: number; y: number }) =>
        board!.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 1, isPrimary: true, buttons: type === 'pointerup' ? 0 : 1, ...at(p) }));
      send('pointerdown', a);
      const pause = () => new Promise((r) => setTimeout(r, holdMs / 2));
      await pause();
      send('pointermove', { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
      await pause();
      send('pointermove', b);
      const up = shown();
      send('pointerup', b);
      return { k, up, a, b };
    },
    { corners, bits: STAMP_BITS, board: el, holdMs, within },
  );
}
