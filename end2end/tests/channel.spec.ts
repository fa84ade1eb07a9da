/**
 * Self-service channels in a real browser: an administrator creates a channel for the
 * default group; a customer opens its public link, gives a name and the problem, and waits
 * in the channel's queue; both technicians of the group see the customer in their Channel
 * tab; one picks the session up and the call runs (media checked with getStats()), while the
 * other's queue empties.
 */
import { test, expect, newPage } from './support/fixtures';
import { reachTerms, sessionPanel, signIn } from './support/actions';
import { expectPlaying, expectRising } from './support/checks';

test('a customer queues through the channel link and the first technician of the group picks them up', async ({ server, browser }) => {
  const admin = server.createUser('admin', 'Cora Admin');
  const page = await newPage(browser);
  await signIn(page, server.url, admin);
  await page.getByRole('link', { name: 'Admin centre' }).click();
  await page.getByRole('tab', { name: 'Channels' }).click();
  const slug = `printers-${Date.now().toString(36)}`;
  const blank = page.locator('form[data-channel=""]');
  await blank.getByLabel('Channel name').fill('Printer help');
  await blank.getByLabel('Link (letters, digits and dashes)').fill(slug);
  await blank.getByLabel('Served by').selectOption({ label: 'Technicians' });
  await expect(blank.getByLabel('Takes requests')).toBeChecked();
  await blank.getByRole('button', { name: 'Create channel' }).click();
  const card = page.locator(`form[data-channel="${slug}"]`);
  await expect(card).toBeVisible();
  const link = await card.getByRole('link').innerText();
  expect(link).toBe(`${server.url}/c/${slug}`);
  await expect(card).toContainText('0 customers waiting');

  // Two technicians of the group, consoles open.
  const theo = await newPage(browser, { permissions: ['microphone'] });
  await signIn(theo, server.url, server.createUser('technician', 'Theo Tech'));
  const tara = await newPage(browser, { permissions: ['microphone'] });
  await signIn(tara, server.url, server.createUser('technician', 'Tara Tech'));

  // The customer: the link, name and problem, then the usual camera and terms.
  const customer = await newPage(browser);
  await customer.goto(link);
  await expect(customer.getByRole('heading', { name: 'Printer help' })).toBeVisible();
  await customer.getByLabel('Your name').fill('Carla');
  await customer.getByLabel('What is the problem? (optional)').fill('The printer jams on page two');
  await customer.getByRole('button', { name: 'Join the queue' }).click();
  await reachTerms(customer);
  await customer.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(customer.getByRole('heading', { name: 'Waiting for the technician…' })).toBeVisible();

  // Both see Carla in the Channel tab, waiting, and nobody has a peer connection yet.
  for (const tech of [theo, tara]) {
    await tech.getByRole('tab', { name: 'Channel (1)' }).click();
    const row = tech.getByRole('row', { name: /Carla/ });
    await expect(row).toContainText('Waiting');
    await expect(tech.getByRole('tab', { name: 'Private (0)' })).toBeVisible();
  }
  await page.getByRole('tab', { name: 'Users' }).click();
  await page.getByRole('tab', { name: 'Channels' }).click();
  await expect(card).toContainText('One customer waiting');

  // Tara picks Carla up.
  await tara.getByRole('row', { name: /Carla/ }).getByRole('button', { name: 'Carla' }).click();
  const panel = sessionPanel(tara, 'Carla');
  await expect(panel).toContainText('Came through the channel “Printer help”');
  await expect(panel.getByLabel('The customer’s problem')).toHaveText('The printer jams on page two');
  await panel.getByRole('button', { name: 'Pick up' }).click();
  await expect(customer.getByText('Live: the technician sees your camera.')).toBeVisible();
  await expectPlaying(tara.getByLabel("The customer's camera"));
  await expectRising(tara, 'video', 'framesDecoded');
  await expectRising(customer, 'audio', 'bytesReceived');
  await expect(tara.getByRole('tab', { name: 'Private (1)' })).toBeVisible();
  await expect(tara.getByRole('tab', { name: 'Channel (0)' })).toBeVisible();

  // Gone from Theo's queue; the log names the channel.
  await expect(theo.getByRole('tab', { name: 'Channel (0)' })).toBeVisible();
  await expect(theo.getByRole('row', { name: /Carla/ })).toHaveCount(0);
  const log = panel.getByRole('tab', { name: 'Session log' });
  await log.click();
  await expect(panel.getByRole('region', { name: 'Session log' })).toContainText('came through the channel Printer help');
  await expect(panel.getByRole('region', { name: 'Session log' })).toContainText('Tara Tech: Waiting → Active (Printer help)');

  // Switched off, the link says so.
  await card.getByLabel('Takes requests').uncheck();
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator(`form[data-channel="${slug}"]`).getByLabel('Takes requests')).not.toBeChecked();
  const late = await newPage(browser);
  await late.goto(link);
  await expect(late.getByRole('alert')).toHaveText('This support channel is not taking requests right now. Please try again later, or ask for a PIN.');
});
