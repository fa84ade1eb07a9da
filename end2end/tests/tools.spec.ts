/**
 * In-session tools in real browsers: chat both ways with pushed links (nothing lost or
 * doubled when the customer's network drops while both sides write), and the customer's
 * controls: pause, background, mute, switch camera, flashlight.
 */
import { test, expect } from './support/fixtures';
import { chatMessages as messages, customerChat, liveSession, logLines, sendChat as send, sessionPanel } from './support/actions';
import { expectFramesStopped, expectRising, loudestAudio } from './support/checks';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';

test('chat both ways with unread badges, a pushed link, and nothing lost or doubled across a reconnect', async ({ server, browser }) => {
  const { tech, customer } = await liveSession(browser, server.url, server.createUser(), 'Chiara');
  const panel = sessionPanel(tech, 'Chiara');
  const techChat = panel.getByRole('region', { name: 'Chat' });

  // Technician → customer: the minimised chat shows an unread badge until opened.
  await send(techChat, 'Hello, can you show me the label?');
  await expect(techChat.getByRole('listitem').filter({ hasText: 'Hello, can you show me the label?' })).toBeVisible();
  const toggle = customer.getByRole('button', { name: /^Chat/ });
  await expect(toggle.getByLabel('1 unread message')).toBeVisible();
  await toggle.click();
  const chat = customerChat(customer);
  await expect(chat.getByRole('listitem').filter({ hasText: 'Hello, can you show me the label?' })).toContainText('Tess Tech');
  await expect(customer.getByLabel(/unread message/)).toBeHidden();

  // Customer → technician; with the Log tab open the Chat tab counts what is unread.
  await send(chat, 'Here it is');
  await expect(techChat.getByRole('listitem').filter({ hasText: 'Here it is' })).toContainText('Customer');
  await panel.getByRole('tab', { name: 'Session log' }).click();
  await send(chat, 'It says RX-200');
  await expect(panel.getByRole('tab', { name: /^Chat/ }).getByLabel('1 unread message')).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Session log' })).toContainText('Customer: Chat: It says RX-200');
  await panel.getByRole('tab', { name: /^Chat/ }).click();
  await expect(panel.getByLabel(/unread message/)).toBeHidden();

  // A pushed link is a link to tap on the phone; anything but http(s) is refused.
  await techChat.getByRole('textbox', { name: 'Link to send (https://…)' }).fill('javascript:alert(1)');
  await techChat.getByRole('button', { name: 'Send link' }).click();
  await expect(techChat.getByRole('alert')).toHaveText('Only web links starting with http:// or https:// can be sent.');
  await techChat.getByRole('textbox', { name: 'Link to send (https://…)' }).fill('https://example.com/rx-200/manual');
  await techChat.getByRole('button', { name: 'Send link' }).click();
  const link = chat.getByRole('link', { name: 'https://example.com/rx-200/manual' });
  await expect(link).toHaveAttribute('href', 'https://example.com/rx-200/manual');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');

  // The customer's network drops while both write; nothing is lost or doubled.
  await customer.context().setOffline(true);
  await expect(customer.getByRole('alert').filter({ hasText: 'Connection lost. Reconnecting…' })).toBeVisible();
  await send(chat, 'Written while offline');
  await expect(chat.getByRole('listitem').filter({ hasText: 'Written while offline' })).toContainText('Sending…');
  await send(techChat, 'Written while you were away');
  await customer.waitForTimeout(3_000);
  await customer.context().setOffline(false);
  const expected = [
    'Hello, can you show me the label?',
    'Here it is',
    'It says RX-200',
    'https://example.com/rx-200/manual',
  ];
  const both = [...expected, 'Written while you were away', 'Written while offline'];
  await expect(chat.getByRole('listitem').filter({ hasText: 'Written while offline' })).not.toContainText('Sending…');
  await expect.poll(async () => (await messages(chat)).sort()).toEqual([...both].sort());
  await expect.poll(async () => (await messages(techChat)).sort()).toEqual([...both].sort());
  expect((await messages(chat)).slice(0, 4)).toEqual(expected);

  // A reload of the customer's page brings the whole chat back, once.
  await customer.reload();
  await customer.getByRole('button', { name: /^Chat/ }).click();
  await expect.poll(async () => (await messages(customerChat(customer))).sort()).toEqual([...both].sort());
  await tech.context().close();
  await customer.context().close();
});

/** The technician's remote description and the customer's camera label, read from the calls. */
async function callFacts(tech: Page, customer: Page) {
  const sdp = await tech.evaluate(() => {
    const pcs = ((window as any).__pcs as RTCPeerConnection[]).filter((pc) => pc.connectionState !== 'closed');
    return pcs.map((pc) => pc.remoteDescription?.sdp ?? '');
  });
  const camera = await customer.evaluate(() => {
    const pcs = ((window as any).__pcs as RTCPeerConnection[]).filter((pc) => pc.connectionState !== 'closed');
    return pcs.flatMap((pc) => pc.getSenders().map((s) => s.track?.label ?? '')).filter((l) => l && !/audio/i.test(l));
  });
  return { sdp, camera };
}

test('customer controls: pause and background stop the camera, mute silences, switch camera keeps the call', async ({ server, browser }) => {
  const { tech, customer } = await liveSession(browser, server.url, server.createUser(), 'Paolo');
  const panel = sessionPanel(tech, 'Paolo');
  const controls = customer.getByRole('group', { name: 'Camera and microphone' });
  await expectRising(tech, 'video', 'framesDecoded');

  // Pause: frames stop, the technician is told, the session stays Active; Resume restarts.
  await controls.getByRole('button', { name: 'Pause camera' }).click();
  await expect(panel.getByText('The customer paused the camera.')).toBeVisible();
  await expect(customer.getByText('Camera paused: the technician does not see you.')).toBeVisible();
  await expectFramesStopped(tech);
  await expect(tech.getByRole('row', { name: /Paolo/ })).toContainText('Active');
  await controls.getByRole('button', { name: 'Resume camera' }).click();
  await expect(panel.getByText('The customer paused the camera.')).toBeHidden();
  await expectRising(tech, 'video', 'framesDecoded');

  // The page in the background pauses the camera by itself; back in front, it resumes.
  const setHidden = (hidden: boolean) =>
    customer.evaluate((hidden) => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  await setHidden(true);
  await expect(panel.getByText("The customer's page is in the background; the camera is paused.")).toBeVisible();
  await expectFramesStopped(tech);
  await setHidden(false);
  await expect(panel.getByText("The customer's page is in the background; the camera is paused.")).toBeHidden();
  await expectRising(tech, 'video', 'framesDecoded');
  await expect.poll(() => logLines(tech, 'Paolo')).toEqual(
    expect.arrayContaining([
      'Customer: paused the camera',
      'Customer: resumed the camera',
      'Customer: sent the page to the background',
      'Customer: brought the page back to the foreground',
    ]),
  );

  // Mute: the technician hears silence; unmute brings the sound back.
  expect(await loudestAudio(tech, 2_000)).toBeGreaterThan(0.01);
  await controls.getByRole('button', { name: 'Mute microphone' }).click();
  // The receiver's level decays over a moment; then a whole second stays silent.
  await expect.poll(() => loudestAudio(tech, 1_000), { timeout: 10_000 }).toBeLessThan(0.001);
  await controls.getByRole('button', { name: 'Unmute microphone' }).click();
  await expect.poll(() => loudestAudio(tech, 1_000)).toBeGreaterThan(0.01);

  // Switch camera: another device on the same call (no new offer), and back again.
  // (Chromium's second fake camera delivers Y16 depth frames, which no encoder takes, so
  // frames are checked after switching back to the first one.)
  const before = await callFacts(tech, customer);
  expect(before.camera).toHaveLength(1);
  await controls.getByRole('button', { name: 'Switch camera' }).click();
  await expect.poll(async () => (await callFacts(tech, customer)).camera).not.toEqual(before.camera);
  const switched = await callFacts(tech, customer);
  expect(switched.sdp).toEqual(before.sdp);
  expect(switched.camera).toHaveLength(1);
  await controls.getByRole('button', { name: 'Switch camera' }).click();
  await expect.poll(async () => (await callFacts(tech, customer)).camera).toEqual(before.camera);
  expect((await callFacts(tech, customer)).sdp).toEqual(before.sdp);
  await expectRising(tech, 'video', 'framesDecoded');
  // Chromium's fake cameras have no torch: no Flashlight button.
  await expect(controls.getByRole('button', { name: 'Flashlight' })).toHaveCount(0);
  await tech.context().close();
  await customer.context().close();
});

test('predefined replies: add one, pick it, edit it, send it; export and import the XML file', async ({ server, browser }) => {
  const { tech, customer } = await liveSession(browser, server.url, server.createUser(), 'Rita');
  const techChat = sessionPanel(tech, 'Rita').getByRole('region', { name: 'Chat' });
  await techChat.getByRole('button', { name: 'Manage replies' }).click();
  const dialog = tech.getByRole('dialog', { name: 'Predefined replies' });
  await dialog.getByLabel('Title').fill('Label');
  await dialog.getByLabel('Text or link').fill('Please show me the label on the back.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.getByLabel('Kind').selectOption('url');
  await dialog.getByLabel('Title').fill('Manual');
  await dialog.getByLabel('Text or link').fill('https://example.com/rx-200/manual');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('listitem')).toHaveCount(2);

  // The file: what the export gives, the import takes back (into the same list here).
  const download = tech.waitForEvent('download');
  await dialog.getByRole('link', { name: 'Export (XML)' }).click();
  const file = await (await download).path();
  await dialog.getByLabel('Replies file (XML)').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('status')).toHaveText('2 replies imported.');
  await expect(dialog.getByRole('listitem')).toHaveCount(4);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Pick, edit, send.
  await techChat.getByLabel('Predefined replies').selectOption({ label: 'Label' });
  const box = techChat.getByRole('textbox', { name: 'Write a message' });
  await expect(box).toHaveValue('Please show me the label on the back.');
  await box.fill('Please show me the label on the back, Rita.');
  await techChat.getByRole('button', { name: 'Send', exact: true }).click();
  await techChat.getByLabel('Predefined replies').selectOption({ label: 'Manual' });
  await techChat.getByRole('button', { name: 'Send link' }).click();
  await customer.getByRole('button', { name: /^Chat/ }).click();
  const chat = customerChat(customer);
  await expect(chat.getByRole('listitem').filter({ hasText: 'Please show me the label on the back, Rita.' })).toBeVisible();
  await expect(chat.getByRole('link', { name: 'https://example.com/rx-200/manual' })).toBeVisible();
  await tech.context().close();
  await customer.context().close();
});

test('view settings and the network-quality indicator', async ({ server, browser }) => {
  const { tech, customer } = await liveSession(browser, server.url, server.createUser(), 'Vera');
  const panel = sessionPanel(tech, 'Vera');
  const video = panel.getByLabel("The customer's camera");
  const view = panel.getByRole('group', { name: 'View' });
  // Figures from getStats: bitrate, frame rate, resolution, round trip, loss.
  await expect(panel.getByRole('status', { name: 'Network quality' })).toContainText(/Network: (Good|Fair|Poor) \(.*bit\/s · \d+ fps · 1280×720 · \d+ ms · \d+\.\d %\)/);
  const box = () => video.evaluate((v: HTMLVideoElement) => ({ fit: getComputedStyle(v).objectFit, w: v.getBoundingClientRect().width }));
  expect((await box()).fit).toBe('contain');
  await view.getByRole('button', { name: 'Stretch to window' }).click();
  await expect.poll(async () => (await box()).fit).toBe('fill');
  await view.getByRole('button', { name: 'Actual size' }).click();
  await expect.poll(async () => (await box()).w).toBe(1280);
  await view.getByRole('button', { name: 'Zoom out' }).click();
  await expect(view.getByLabel('Zoom', { exact: true })).toHaveText('75 %');
  await expect.poll(async () => (await box()).w).toBe(960);
  await view.getByRole('button', { name: 'Zoom in' }).click();
  await view.getByRole('button', { name: 'Zoom in' }).click();
  await expect(view.getByLabel('Zoom', { exact: true })).toHaveText('150 %');
  await expect.poll(async () => (await box()).w).toBe(1920);
  await view.getByRole('button', { name: 'Fit to window' }).click();
  await expect.poll(async () => (await box()).fit).toBe('contain');
  await view.getByRole('button', { name: 'Full screen' }).click();
  await expect.poll(() => tech.evaluate(() => document.fullscreenElement?.className ?? '')).toBe('stage');
  await tech.evaluate(() => document.exitFullscreen());
  await tech.context().close();
  await customer.context().close();
});

/** What ffprobe says of a media file: stream types and the last video and audio packet times. */
function probe(file: string) {
  const run = (args: string[]) => execFileSync('ffprobe', ['-v', 'error', ...args, file], { encoding: 'utf8' });
  const format = run(['-show_entries', 'format=format_name', '-of', 'csv=p=0']).trim();
  const streams = run(['-show_entries', 'stream=codec_type', '-of', 'csv=p=0']).trim().split('\n');
  const last = (sel: string) =>
    Math.max(...run(['-select_streams', sel, '-show_entries', 'packet=pts_time', '-of', 'csv=p=0']).trim().split('\n').map(Number).filter((n) => !Number.isNaN(n)));
  return { format, streams, video: last('v:0'), audio: last('a:0') };
}

test('a 10 s recording is a Matroska file with video and both voices, and the customer is told', async ({ server, browser }) => {
  const { tech, customer } = await liveSession(browser, server.url, server.createUser(), 'Marco');
  const panel = sessionPanel(tech, 'Marco');
  await expectRising(tech, 'video', 'framesDecoded');
  await panel.getByRole('button', { name: 'Record' }).click();
  await expect(panel.getByRole('status').filter({ hasText: /^Recording \d:\d\d$/ })).toBeVisible();
  await expect(customer.getByText('This session is being recorded.')).toBeVisible();
  await tech.waitForTimeout(10_000);
  const download = tech.waitForEvent('download');
  await panel.getByRole('button', { name: 'Stop recording' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^sightline-[A-Z0-9]{10}-\d+\.mkv$/);
  const path = await file.path();
  await expect(customer.getByText('This session is being recorded.')).toBeHidden();
  const info = probe(path);
  console.log(`recording: ${JSON.stringify(info)}`);
  expect(info.format).toContain('matroska');
  expect(info.streams).toEqual(expect.arrayContaining(['video', 'audio']));
  expect(Math.abs(info.video - 10)).toBeLessThan(1);
  expect(Math.abs(info.audio - 10)).toBeLessThan(1);
  await expect.poll(() => logLines(tech, 'Marco')).toEqual(
    expect.arrayContaining(['Tess Tech: started recording', 'Tess Tech: stopped recording']),
  );
  await tech.context().close();
  await customer.context().close();
});
