/** What a person would notice, read from the page: video playing, media flowing. */
import { expect, type Locator, type Page } from '@playwright/test';

type Totals = { framesDecoded: number; bytesReceived: number; bytesSent: number; pcs: number };

/** Sums inbound (and outbound) RTP counters of one kind over the page's peer connections. */
export async function rtp(page: Page, kind: 'audio' | 'video'): Promise<Totals> {
  return page.evaluate(async (kind) => {
    const totals = { framesDecoded: 0, bytesReceived: 0, bytesSent: 0, pcs: 0 };
    for (const pc of (window as any).__pcs as RTCPeerConnection[]) {
      totals.pcs += 1;
      if (pc.connectionState === 'closed') continue;
      const report = await pc.getStats();
      report.forEach((s: any) => {
        if (s.kind !== kind) return;
        if (s.type === 'inbound-rtp') {
          totals.framesDecoded += s.framesDecoded ?? 0;
          totals.bytesReceived += s.bytesReceived ?? 0;
        }
        if (s.type === 'outbound-rtp') totals.bytesSent += s.bytesSent ?? 0;
      });
    }
    return totals;
  }, kind);
}

/** The counter is above zero and keeps growing. */
export async function expectRising(page: Page, kind: 'audio' | 'video', field: 'framesDecoded' | 'bytesReceived' | 'bytesSent') {
  await expect.poll(async () => (await rtp(page, kind))[field], { timeout: 15_000 }).toBeGreaterThan(0);
  const first = (await rtp(page, kind))[field];
  await expect.poll(async () => (await rtp(page, kind))[field], { timeout: 10_000 }).toBeGreaterThan(first);
}

/** Number of peer connections the page ever created. */
export async function peerConnections(page: Page): Promise<number> {
  return page.evaluate(() => (window as any).__pcs.length);
}

/** Peer connections of the page that are connected. */
export async function connectedCalls(page: Page): Promise<number> {
  return page.evaluate(() => ((window as any).__pcs as RTCPeerConnection[]).filter((pc) => pc.connectionState === 'connected').length);
}

/** Senders of the page's open peer connections that carry a track. */
export async function sendingTracks(page: Page): Promise<number> {
  return page.evaluate(() => ((window as any).__pcs as RTCPeerConnection[])
    .filter((pc) => pc.connectionState !== 'closed')
    .flatMap((pc) => pc.getSenders())
    .filter((s) => s.track !== null).length);
}

/** The video element shows a picture. */
export async function expectPlaying(video: Locator) {
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth), { timeout: 15_000 }).toBeGreaterThan(0);
}

/** The video counter does not move over two seconds (after one second to settle). */
export async function expectFramesStopped(page: Page) {
  await page.waitForTimeout(1_000);
  const before = (await rtp(page, 'video')).framesDecoded;
  await page.waitForTimeout(2_000);
  expect((await rtp(page, 'video')).framesDecoded).toBe(before);
}

/** The loudest `audioLevel` (0..1) of received audio, sampled every 100 ms for `ms`. */
export async function loudestAudio(page: Page, ms: number): Promise<number> {
  return page.evaluate(async (ms) => {
    let loudest = 0;
    for (const end = Date.now() + ms; Date.now() < end; ) {
      for (const pc of (window as any).__pcs as RTCPeerConnection[]) {
        if (pc.connectionState === 'closed') continue;
        (await pc.getStats()).forEach((s: any) => {
          if (s.type === 'inbound-rtp' && s.kind === 'audio') loudest = Math.max(loudest, s.audioLevel ?? 0);
        });
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return loudest;
  }, ms);
}
