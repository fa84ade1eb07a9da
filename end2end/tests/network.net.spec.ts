/**
 * Real networks: the customer's browser, the technician's and the server each in a network
 * namespace of their own behind a router namespace (support/net.ts). The tests do to the
 * customer's link what the field does to a phone — the link goes down for 20 s and for 6
 * minutes, loses 10 % of its packets with 100 ms of delay each way, has its uplink capped
 * at 300 kbit/s, changes address — and nobody clicks anything: the console and the
 * customer's page say what is going on, and the call comes back by itself. Each case
 * prints the time to detect, the time to recover, and frames and audio before and after.
 */
import { test as base, expect, type Browser, type Locator, type Page } from '@playwright/test';
import { chatMessages, customerChat, liveSession, logLines, sendChat, sessionPanel } from './support/actions';
import { expectRising, rtp } from './support/checks';
import { Lab } from './support/net';
import { startServer, type Account, type Server } from './support/server';

type World = { lab: Lab; server: Server; techBrowser: Browser; custBrowser: Browser };

const test = base.extend<{ closeContexts: void }, { world: World }>({
  world: [
    async ({}, use) => {
      const lab = new Lab();
      try {
        lab.up();
        const server = await startServer({}, { netns: lab.srv, bind: `${lab.serverAddress}:0` });
        try {
          const origin = server.url;
          await use({ lab, server, techBrowser: await lab.browser(lab.tech, origin), custBrowser: await lab.browser(lab.cust, origin) });
        } finally {
          await lab.closeBrowsers();
          await server.stop();
        }
      } finally {
        await lab.down();
      }
    },
    { scope: 'worker' },
  ],
  // Each test's calls end with it, so they do not load the next one.
  closeContexts: [
    async ({ world }, use) => {
      await use();
      for (const b of [world.techBrowser, world.custBrowser]) await Promise.all(b.contexts().map((c) => c.close()));
    },
    { auto: true },
  ],
});

test.describe.configure({ mode: 'serial' });

/** Frames decoded and audio bytes received per second at `page`, over `ms`. */
async function rates(page: Page, ms = 3_000) {
  const [v0, a0, t0] = [await rtp(page, 'video'), await rtp(page, 'audio'), Date.now()];
  await page.waitForTimeout(ms);
  const [v1, a1] = [await rtp(page, 'video'), await rtp(page, 'audio')];
  const s = (Date.now() - t0) / 1000;
  return {
    fps: Math.round((v1.framesDecoded - v0.framesDecoded) / s),
    audioKbps: Math.round(((a1.bytesReceived - a0.bytesReceived) * 8) / 1000 / s),
  };
}

type Rates = Awaited<ReturnType<typeof rates>>;
const show = (r: Rates) => `${r.fps} fps, audio ${r.audioKbps} kbit/s`;

/** Waits (within `timeout`) until the technician decodes new frames; returns when. */
async function framesRiseAgain(tech: Page, timeout: number): Promise<number> {
  const frames = (await rtp(tech, 'video')).framesDecoded;
  await expect.poll(async () => (await rtp(tech, 'video')).framesDecoded, { intervals: [100], timeout }).toBeGreaterThan(frames);
  return Date.now();
}

/** The received video's size and the call's round trip as the technician's stats say. */
async function videoFacts(tech: Page) {
  return tech.evaluate(async () => {
    const facts = { width: 0, height: 0, rttMs: 0 };
    for (const pc of (window as any).__pcs as RTCPeerConnection[]) {
      if (pc.connectionState === 'closed') continue;
      (await pc.getStats()).forEach((s: any) => {
        if (s.type === 'inbound-rtp' && s.kind === 'video') [facts.width, facts.height] = [s.frameWidth ?? 0, s.frameHeight ?? 0];
        if (s.type === 'candidate-pair' && s.nominated && s.state === 'succeeded') facts.rttMs = Math.round((s.currentRoundTripTime ?? 0) * 1000);
      });
    }
    return facts;
  });
}

/** The customer's address on the pair its call uses. */
async function customerAddress(customer: Page): Promise<string | undefined> {
  return customer.evaluate(async () => {
    for (const pc of (window as any).__pcs as RTCPeerConnection[]) {
      if (pc.connectionState === 'closed') continue;
      const report = await pc.getStats();
      let local: string | undefined;
      report.forEach((s: any) => {
        if (s.type === 'transport' && s.selectedCandidatePairId) {
          const pair = report.get(s.selectedCandidatePairId);
          local = report.get(pair?.localCandidateId)?.address;
        }
      });
      if (local) return local;
    }
    return undefined;
  });
}

async function live(world: World, account: Account, name: string) {
  const session = await liveSession(world.techBrowser, world.server.url, account, name, world.custBrowser);
  await expectRising(session.tech, 'video', 'framesDecoded');
  await expectRising(session.tech, 'audio', 'bytesReceived');
  await expectRising(session.customer, 'audio', 'bytesReceived');
  return session;
}

/** Waits for `text` in `row`, looking every 50 ms (so the time it took can be reported). */
async function showsSoon(row: Locator, text: string, timeout: number) {
  await expect.poll(async () => (await row.textContent()) ?? '', { intervals: [50], timeout }).toContain(text);
}

/** Takes the customer's link down for `ms`, then back; returns the figures. */
async function outage(world: World, tech: Page, row: Locator, ms: number, during: () => Promise<void> = async () => {}) {
  const down = Date.now();
  world.lab.customerLink(false);
  await showsSoon(row, 'Reconnecting', 10_000);
  const detect = Date.now() - down;
  await during();
  await tech.waitForTimeout(Math.max(0, ms - (Date.now() - down)));
  const back = Date.now();
  world.lab.customerLink(true);
  await showsSoon(row, 'Active', 30_000);
  const active = Date.now() - back;
  const frames = (await framesRiseAgain(tech, 30_000)) - back;
  return { detect, active, frames };
}

test('the customer\'s link is down 20 s: Reconnecting at once, media and chat back by themselves', async ({ world }) => {
  const { tech, customer, row } = await live(world, world.server.createUser(), 'Nadia');
  const panel = sessionPanel(tech, 'Nadia');
  const techChat = panel.getByRole('region', { name: 'Chat' });
  await customer.getByRole('button', { name: /^Chat/ }).click();
  const chat = customerChat(customer);
  const before = await rates(tech);

  const t = await outage(world, tech, row, 20_000, async () => {
    await expect(customer.getByRole('alert').filter({ hasText: 'Connection lost. Reconnecting…' })).toBeVisible({ timeout: 15_000 });
    await sendChat(techChat, 'Typed by the technician while the link was down');
    await sendChat(chat, 'Typed by the customer while the link was down');
  });
  await expectRising(tech, 'video', 'framesDecoded');
  const after = await rates(tech);
  console.log(
    `link down 20 s: Reconnecting shown after ${t.detect} ms; link back → Active ${t.active} ms, → frames decoded again ${t.frames} ms; ` +
      `technician before ${show(before)}, after ${show(after)}`,
  );
  expect(t.detect, 'the console shows Reconnecting within 2 s').toBeLessThanOrEqual(2_000);
  expect(t.frames, 'frames rise again within 5 s of the link coming back').toBeLessThanOrEqual(5_000);
  expect(after.fps).toBeGreaterThan(0);
  expect(after.audioKbps).toBeGreaterThan(0);
  await expectRising(customer, 'audio', 'bytesReceived');

  // What both typed arrives once on both sides.
  const typed = ['Typed by the technician while the link was down', 'Typed by the customer while the link was down'];
  for (const side of [chat, techChat]) {
    await expect.poll(async () => (await chatMessages(side)).filter((m) => typed.includes(m)).sort()).toEqual([...typed].sort());
  }
  await expect(customer.getByText('Connection lost. Reconnecting…')).toBeHidden();
  await expect.poll(() => logLines(tech, 'Nadia')).toEqual(expect.arrayContaining([expect.stringContaining('Reconnecting → Active')]));
  const log = await logLines(tech, 'Nadia');
  for (const line of ['Active → Reconnecting', 'Reconnecting → Active']) expect(log.filter((l) => l.includes(line)), line).toHaveLength(1);
});

test('10 % loss and 100 ms delay each way: the call goes on and the quality line shows it', async ({ world }) => {
  const { tech, customer, row } = await live(world, world.server.createUser(), 'Lior');
  const quality = sessionPanel(tech, 'Lior').getByRole('status', { name: 'Network quality' });
  const before = { tech: await rates(tech), customer: await rates(customer), facts: await videoFacts(tech) };
  await world.lab.impairCustomer({ delay_ms: 100, loss: 0.1 });
  try {
    // The quality line shows the round trip (two delays) and loss.
    await expect
      .poll(async () => {
        const m = (await quality.textContent())?.match(/· (\d+) ms · (\d+\.\d) %\)/);
        return m ? Number(m[1]) >= 180 && Number(m[2]) > 0 : false;
      }, { timeout: 30_000 })
      .toBe(true);
    const line = await quality.textContent();
    const during = { tech: await rates(tech, 5_000), customer: await rates(customer, 5_000), facts: await videoFacts(tech) };
    const drops = (await logLines(tech, 'Lior')).filter((l) => l.includes('→ Reconnecting')).length;
    console.log(
      `10 % loss + 100 ms: technician ${show(before.tech)} ${before.facts.width}×${before.facts.height} rtt ${before.facts.rttMs} ms → ` +
        `${show(during.tech)} ${during.facts.width}×${during.facts.height} rtt ${during.facts.rttMs} ms; ` +
        `customer hears ${before.customer.audioKbps} → ${during.customer.audioKbps} kbit/s; console: "${line}"; Reconnecting ${drops}×`,
    );
    expect(during.tech.fps).toBeGreaterThan(0);
    expect(during.tech.audioKbps).toBeGreaterThan(0);
    expect(during.customer.audioKbps).toBeGreaterThan(0);
    await expect(row).toContainText('Active');
  } finally {
    await world.lab.impairCustomer(null);
  }
  await expectRising(tech, 'video', 'framesDecoded');
});

test('the customer\'s uplink capped at 300 kbit/s: video still decodes and the technician is told', async ({ world }) => {
  const { tech, row } = await live(world, world.server.createUser(), 'Pavel');
  const quality = sessionPanel(tech, 'Pavel').getByRole('status', { name: 'Network quality' });
  const before = { rates: await rates(tech), facts: await videoFacts(tech) };
  world.lab.capCustomerUplink(300);
  try {
    await expect(quality).toContainText('Network: Poor', { timeout: 30_000 });
    const line = await quality.textContent();
    const during = { rates: await rates(tech, 5_000), facts: await videoFacts(tech) };
    console.log(
      `uplink 300 kbit/s: technician ${show(before.rates)} ${before.facts.width}×${before.facts.height} → ` +
        `${show(during.rates)} ${during.facts.width}×${during.facts.height}; console: "${line}"`,
    );
    expect(during.rates.fps).toBeGreaterThan(0);
    expect(during.rates.audioKbps).toBeGreaterThan(0);
    await expect(row).toContainText('Active');
  } finally {
    world.lab.capCustomerUplink(null);
  }
  await expect(quality).not.toContainText('Network: Poor', { timeout: 60_000 });
});

test('the customer\'s network changes address mid-call: media resumes through an ICE restart', async ({ world }) => {
  const { tech, customer, row } = await live(world, world.server.createUser(), 'Ines');
  const before = await rates(tech);
  expect(await customerAddress(customer)).toBe('10.77.1.2');
  const moved = Date.now();
  const address = world.lab.changeAddress();
  const frames = (await framesRiseAgain(tech, 30_000)) - moved;
  await expect.poll(() => customerAddress(customer), { timeout: 30_000 }).toBe(address);
  await expectRising(tech, 'video', 'framesDecoded');
  await expect(row).toContainText('Active', { timeout: 30_000 });
  const after = await rates(tech);
  const log = await logLines(tech, 'Ines');
  console.log(
    `address change: frames decoded again ${frames} ms after the move (now from ${address}); ` +
      `technician before ${show(before)}, after ${show(after)}; Reconnecting ${log.filter((l) => l.includes('→ Reconnecting')).length}×`,
  );
  expect(after.fps).toBeGreaterThan(0);
  expect(after.audioKbps).toBeGreaterThan(0);
  await expectRising(customer, 'audio', 'bytesReceived');
});

test('the customer\'s link is down 6 minutes: Offline, then Active with media when it returns', async ({ world }) => {
  test.setTimeout(10 * 60_000);
  const { tech, customer, row } = await live(world, world.server.createUser(), 'Oskar');
  const before = await rates(tech);
  const t = await outage(world, tech, row, 6 * 60_000, async () => {
    // Offline after five minutes of Reconnecting (the server's timer).
    await expect(row).toContainText('Offline', { timeout: 5 * 60_000 + 30_000 });
  });
  const after = await rates(tech);
  console.log(
    `link down 6 min: Reconnecting after ${t.detect} ms, Offline after 5 min; link back → Active ${t.active} ms, → frames ${t.frames} ms; ` +
      `technician before ${show(before)}, after ${show(after)}`,
  );
  expect(after.fps).toBeGreaterThan(0);
  expect(after.audioKbps).toBeGreaterThan(0);
  await expectRising(customer, 'audio', 'bytesReceived');
  const log = await logLines(tech, 'Oskar');
  for (const line of ['Active → Reconnecting', 'Reconnecting → Offline', 'Offline → Active']) expect(log.filter((l) => l.includes(line)), line).toHaveLength(1);
});
