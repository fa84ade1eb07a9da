/**
 * A drawing whose object leaves the picture, in real browsers: the customer's camera is the
 * generated hard sequence (crates/tracker, example `camera`), whose fast pan takes the object
 * out of the picture and brings it back, every 10 s.
 */
import { test, expect } from './support/fixtures';
import { liveSession, sessionPanel } from './support/actions';
import { expectPlaying } from './support/checks';
import { camera, drawAroundObject, groundTruth, hardY4m } from './support/camera';
import type { Locator } from '@playwright/test';

test.use(camera(hardY4m));
const hard = groundTruth('camera-hard');

test('the drawing shows as lost on both screens, comes back with its object, and one click freezes the picture', async ({ server, browser }) => {
  test.setTimeout(180_000);
  const name = 'Ugo';
  const { tech, customer } = await liveSession(browser, server.url, server.createUser(), name);
  const panel = sessionPanel(tech, name);
  const techVideo = panel.locator('video.stage__video');
  const custVideo = customer.locator('video.customer__video');
  await expectPlaying(techVideo);
  await expectPlaying(custVideo);
  const bar = panel.getByRole('toolbar', { name: 'Whiteboard' });
  await bar.getByRole('button', { name: 'Ellipse' }).click();
  // Around the object while it is well inside the picture (the pan that takes it out begins at
  // frame 185 of 301; the hand passing over it ends at 170).
  await expect
    .poll(async () => drawAroundObject(techVideo, panel.locator('canvas.board'), hard, 100, [20, 90]), { timeout: 30_000 })
    .not.toBeNull();
  // The page's last tracking report; none before the first frame is tracked (in the worker, a
  // moment after the drawing).
  const report = async (video: Locator) => JSON.parse((await video.getAttribute('data-follow')) ?? '{"shapes":{},"stuck":{}}');
  await expect.poll(async () => Object.keys((await report(techVideo)).stuck ?? {}).length).toBe(1);
  const id = Object.keys((await report(techVideo)).stuck)[0];
  await expect.poll(async () => (await report(custVideo)).shapes[id] ?? null).not.toBeNull();

  const techBoard = panel.locator('canvas.board');
  const custBoard = customer.locator('canvas.board');
  const techNotice = panel.locator('.follow-lost');
  const custNotice = customer.locator('.follow-lost');
  // The pan takes the object out of the picture: the drawing is still drawn, as lost, and both
  // people are told; the technician is offered the freeze.
  const lost = { timeout: 30_000 };
  await expect(techBoard).toHaveAttribute('data-lost', '1', lost);
  await expect(techBoard).toHaveAttribute('data-shapes', '1');
  await expect(techNotice).toContainText('A drawing lost its object');
  await expect(techNotice.getByRole('button', { name: 'Freeze picture' })).toBeVisible();
  await expect(custBoard).toHaveAttribute('data-lost', '1', lost);
  await expect(custNotice).toContainText('Point your camera at it again');
  // It comes back: found again on both screens, nobody told anything any more.
  await expect(techBoard).toHaveAttribute('data-lost', '0', lost);
  await expect(techNotice).toBeEmpty();
  await expect(custBoard).toHaveAttribute('data-lost', '0', lost);
  await expect(custNotice).toBeEmpty();
  await expect.poll(async () => (await report(techVideo)).shapes[id] ?? null).not.toBeNull();
  // Lost again on the next pass of the pan: one click on the notice freezes the picture.
  await expect(techBoard).toHaveAttribute('data-lost', '1', lost);
  await techNotice.getByRole('button', { name: 'Freeze picture' }).click();
  await expect(bar.getByRole('button', { name: 'Back to live' })).toHaveAttribute('aria-pressed', 'true');
  await expect(techNotice).toBeEmpty();
  await expect(customer.getByText('The technician froze the picture.')).toBeVisible();
  await expect(custNotice).toBeEmpty();
});
