/**
 * Session lifecycle in real browsers: hold, transfer between technicians, a customer whose
 * network drops, and a server that crashes during a call.
 */
import { test, expect, newContext } from './support/fixtures';
import { chatMessages, customerChat, signIn, createPin, liveSession, logLines, sendChat, sessionPanel } from './support/actions';
import { expectFramesStopped, expectPlaying, expectRising, rtp } from './support/checks';
import { startServer } from './support/server';

test('hold pauses the customer camera and Resume brings it back', async ({ server, browser }) => {
  const { tech, customer, row } = await liveSession(browser, server.url, server.createUser(), 'Hedy');
  await expectRising(tech, 'video', 'framesDecoded');

  const panel = sessionPanel(tech, 'Hedy');
  await panel.getByRole('button', { name: 'Hold' }).click();
  await expect(row).toContainText('On hold');
  await expect(customer.getByRole('heading', { name: 'On hold' })).toBeVisible();
  await expect(panel.getByText("On hold: the customer's camera is paused.")).toBeVisible();
  await expectFramesStopped(tech);

  await panel.getByRole('button', { name: 'Resume' }).click();
  await expect(row).toContainText('Active');
  await expect(customer.getByText('Live: the technician sees your camera.')).toBeVisible();
  await expectPlaying(tech.getByLabel("The customer's camera"));
  await expectRising(tech, 'video', 'framesDecoded');
  await expect.poll(() => logLines(tech, 'Hedy')).toEqual(
    expect.arrayContaining([expect.stringContaining('Active → On hold'), expect.stringContaining('On hold → Active')]),
  );
  await tech.context().close();
  await customer.context().close();
});

test('transfer to a colleague: take back, then the colleague accepts and gets the video', async ({ server, browser }) => {
  const sender = server.createUser('technician', 'Alan Sender');
  const receiver = server.createUser('technician', 'Bea Receiver');
  const bea = await (await newContext(browser, { permissions: ['microphone'] })).newPage();
  await signIn(bea, server.url, receiver);
  const { tech: alan, customer, row } = await liveSession(browser, server.url, sender, 'Tom');
  await expectRising(alan, 'video', 'framesDecoded');
  const panel = sessionPanel(alan, 'Tom');

  const transfer = async (note: string) => {
    await panel.getByRole('button', { name: 'Transfer' }).click();
    const dialog = alan.getByRole('dialog', { name: 'Transfer the session' });
    await dialog.getByLabel('Search technicians').fill('bea');
    await dialog.getByRole('radio', { name: /Bea Receiver/ }).check();
    await dialog.getByLabel('Note for your colleague').fill(note);
    await dialog.getByRole('button', { name: 'Transfer' }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText('Outgoing');
    await expect(panel.getByText('Transferring to Bea Receiver')).toBeVisible();
  };

  // First attempt: Alan changes his mind and takes the session back before Bea accepts.
  await transfer('Printer jam, tray 2');
  const beaRow = bea.getByRole('row', { name: /Tom/ });
  await expect(beaRow).toContainText('Incoming');
  await expect(customer.getByRole('heading', { name: 'Transferring' })).toBeVisible();
  await panel.getByRole('button', { name: 'Take back' }).click();
  await expect(row).toContainText('Active');
  await expect(beaRow).toBeHidden();
  await expect(customer.getByText('Live: the technician sees your camera.')).toBeVisible();
  await expectRising(alan, 'video', 'framesDecoded');

  // Second attempt: Bea reads the note and accepts; the media moves to her console.
  await transfer('Fuser error, customer on site');
  await beaRow.getByRole('button', { name: 'Tom' }).click();
  const beaPanel = sessionPanel(bea, 'Tom');
  await expect(beaPanel.getByText('Alan Sender is transferring this session to you.')).toBeVisible();
  await expect(beaPanel.getByText('Fuser error, customer on site', { exact: true })).toBeVisible();
  await beaPanel.getByRole('button', { name: 'Accept and start' }).click();
  await expect(beaRow).toContainText('Active');
  await expectPlaying(bea.getByLabel("The customer's camera"));
  await expectRising(bea, 'video', 'framesDecoded');
  await expectRising(customer, 'audio', 'bytesReceived');
  // The customer did nothing and is live again; Alan no longer has the session or its media.
  await expect(customer.getByText('Live: the technician sees your camera.')).toBeVisible();
  await expect(row).toBeHidden();
  await expect.poll(() => alan.evaluate(() => (window as any).__pcs.every((pc: RTCPeerConnection) => pc.connectionState === 'closed'))).toBe(true);
  for (const p of [alan, bea, customer]) await p.context().close();
});

test('customer offline for 20 s: Reconnecting, then Active again with nothing lost', async ({ server, browser }) => {
  const { tech, customer, row } = await liveSession(browser, server.url, server.createUser(), 'Olga');
  await expectRising(tech, 'video', 'framesDecoded');
  const before = await logLines(tech, 'Olga');
  expect(before.length).toBeGreaterThan(3);

  const lost = Date.now();
  await customer.context().setOffline(true);
  await expect(row).toContainText('Reconnecting', { timeout: 2_000 });
  const toReconnecting = Date.now() - lost;
  await expect(customer.getByRole('alert').filter({ hasText: 'Connection lost. Reconnecting…' })).toBeVisible();
  await expect(sessionPanel(tech, 'Olga').getByText("The customer's connection dropped.")).toBeVisible();
  // Something happens on the phone while it is offline: the page goes to the background.
  await customer.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await customer.waitForTimeout(20_000 - (Date.now() - lost));

  const back = Date.now();
  await customer.context().setOffline(false);
  // The phone is back in front (a page in the background keeps its camera paused).
  await customer.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(row).toContainText('Active');
  const toActive = Date.now() - back;
  const frames = (await rtp(tech, 'video')).framesDecoded;
  await expect.poll(async () => (await rtp(tech, 'video')).framesDecoded, { intervals: [50] }).toBeGreaterThan(frames);
  const toFrames = Date.now() - back;
  await expect(customer.getByText('Connection lost. Reconnecting…')).toBeHidden();
  await expectRising(tech, 'video', 'framesDecoded');
  console.log(`network loss → Reconnecting: ${toReconnecting} ms; network back → Active: ${toActive} ms, → frames rising: ${toFrames} ms`);

  // The log kept every earlier line and has each new one exactly once.
  await expect.poll(() => logLines(tech, 'Olga')).toEqual(expect.arrayContaining([expect.stringContaining('Reconnecting → Active')]));
  const after = await logLines(tech, 'Olga');
  expect(after.slice(0, before.length)).toEqual(before);
  for (const line of ['Active → Reconnecting', 'Reconnecting → Active', 'sent the page to the background', 'brought the page back to the foreground']) {
    expect(after.filter((l) => l.includes(line)), line).toHaveLength(1);
  }
  await tech.context().close();
  await customer.context().close();
});

test('server killed during a call and a chat burst: media keeps flowing, every message arrives once, the console shows the same sessions after', async ({ browser }) => {
  // A server of its own: this test kills it.
  const server = await startServer();
  try {
    const account = server.createUser();
    const { tech, customer, row } = await liveSession(browser, server.url, account, 'Kurt');
    const pending = await createPin(tech, 'Nora');
    expect(pending).toMatch(/^\d{6}$/);
    await tech.keyboard.press('Escape');
    const waitingRow = tech.getByRole('row', { name: /Nora/ });
    await expect(waitingRow).toContainText('Connecting');
    await expectRising(tech, 'video', 'framesDecoded');

    // Both write as fast as they can; the server dies in the middle of it.
    await row.getByRole('button', { name: 'Kurt' }).click();
    const techChat = sessionPanel(tech, 'Kurt').getByRole('region', { name: 'Chat' });
    await customer.getByRole('button', { name: /^Chat/ }).click();
    const chat = customerChat(customer);
    const written: string[] = [];
    const burst = async (where: typeof chat, who: string) => {
      for (let i = 0; i < 20; i++) {
        written.push(`${who} message ${i}`);
        await sendChat(where, `${who} message ${i}`);
      }
    };
    const bursts = Promise.all([burst(techChat, 'Technician'), burst(chat, 'Customer')]);
    await expect.poll(() => written.length).toBeGreaterThanOrEqual(10);
    await server.kill();
    await bursts;
    await expect(tech.getByRole('status').filter({ hasText: 'Online' })).toBeHidden();
    // Peer-to-peer media does not need the server.
    await expectRising(tech, 'video', 'framesDecoded');
    await expectRising(customer, 'audio', 'bytesReceived');

    await server.restart();
    await expect(tech.getByRole('status').filter({ hasText: 'Online' })).toBeVisible({ timeout: 20_000 });
    await expect(row).toContainText('Active');
    await expect(waitingRow).toContainText('Connecting');
    await expect(tech.getByRole('row')).toHaveCount(3); // header + two sessions
    await expect(customer.getByText('Live: the technician sees your camera.')).toBeVisible();
    await expect(customer.getByText('Connection lost. Reconnecting…')).toBeHidden({ timeout: 20_000 });
    await expectRising(tech, 'video', 'framesDecoded');
    // Every message, acknowledged before the crash or sent again after it, once on both sides.
    for (const side of [chat, techChat]) {
      await expect.poll(async () => (await chatMessages(side)).sort()).toEqual([...written].sort());
    }
    await expect(chat.getByText('Sending…')).toHaveCount(0);
    // Still a working session: Hold reaches the customer through the restarted server.
    await row.getByRole('button', { name: 'Kurt' }).click();
    await sessionPanel(tech, 'Kurt').getByRole('button', { name: 'Hold' }).click();
    await expect(customer.getByRole('heading', { name: 'On hold' })).toBeVisible();
    await tech.context().close();
    await customer.context().close();
  } finally {
    await server.stop();
  }
});
