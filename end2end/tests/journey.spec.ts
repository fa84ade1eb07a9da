/**
 * The walking skeleton's journey, by PIN and by link: a technician creates a session, the
 * customer joins on their own browser, grants camera and microphone, accepts the terms, the
 * technician starts, sees and hears the customer, talks back, and ends the session.
 */
import { test, expect, newContext, newPage } from './support/fixtures';
import { signIn, createPin, createLink, enterPin, reachTerms, newSessionDialog, scanQr, liveSession, sessionPanel, waitingCustomer } from './support/actions';
import { connectedCalls, expectPlaying, expectRising, peerConnections, rtp, sendingTracks } from './support/checks';

for (const method of ['PIN', 'link'] as const) {
  test(`customer joins by ${method}: live video, two-way audio, end closes both sides`, async ({ server, browser }) => {
    const account = server.createUser();
    // A technician who allowed the microphone (and the clipboard, for Copy link).
    const techContext = await newContext(browser, { permissions: ['microphone', 'clipboard-read', 'clipboard-write'] });
    const tech = await techContext.newPage();
    await signIn(tech, server.url, account);

    const customerName = `Ada ${method}`;
    const customer = await newPage(browser);
    if (method === 'PIN') {
      const pin = await createPin(tech, customerName);
      await enterPin(customer, server.url, pin);
    } else {
      const link = await createLink(tech, customerName);
      expect(await tech.evaluate(() => navigator.clipboard.readText())).toBe(link);
      // The customer next to the screen scans the QR code: the same link.
      expect(await scanQr(newSessionDialog(tech).getByRole('img', { name: 'QR code of the customer link' }))).toBe(link);
      await customer.goto(link);
    }
    const dialog = newSessionDialog(tech);
    const row = tech.getByRole('row', { name: new RegExp(customerName) });
    await expect(row).toContainText('Connecting');

    // Tutorial, camera, preview and terms: the preview plays, nothing is sent yet.
    await reachTerms(customer);
    await expectPlaying(customer.getByLabel('Your camera'));
    await expect(dialog.getByRole('status')).toHaveText('Waiting for the customer to join…');
    await expect(dialog.getByRole('button', { name: 'Start' })).toBeDisabled();
    await expect(row).not.toContainText('Customer connected');
    expect(await peerConnections(customer)).toBe(0);

    // Accept: only now does the technician see "Customer connected".
    await customer.getByRole('button', { name: 'Accept and continue' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Customer connected');
    await expect(row).toContainText('Waiting');
    await expect(row).toContainText('Customer connected');
    await expect(customer.getByRole('heading', { name: 'Waiting for the technician…' })).toBeVisible();
    // Still no media before Start. The call is prepared (connected, so that Start shows
    // the picture at once), but no sender of the customer's carries a track, nothing is
    // sent, and the technician receives nothing.
    await expect.poll(() => connectedCalls(customer), { timeout: 15_000 }).toBe(1);
    await customer.waitForTimeout(1000);
    expect(await sendingTracks(customer)).toBe(0);
    expect((await rtp(customer, 'video')).bytesSent).toBe(0);
    expect((await rtp(customer, 'audio')).bytesSent).toBe(0);
    expect((await rtp(tech, 'video')).bytesReceived).toBe(0);
    expect((await rtp(tech, 'audio')).bytesReceived).toBe(0);

    await dialog.getByRole('button', { name: 'Start' }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText('Active');
    await expect(customer.getByText('Live: the technician sees your camera.')).toBeVisible();

    // The technician sees the customer's camera and hears them; the customer hears the technician.
    await expectPlaying(tech.getByLabel("The customer's camera"));
    await expectRising(tech, 'video', 'framesDecoded');
    await expectRising(tech, 'audio', 'bytesReceived');
    await expectRising(customer, 'audio', 'bytesReceived');
    await expectRising(customer, 'video', 'bytesSent');
    // The technician sends no video (one-way video, two-way audio).
    expect((await rtp(customer, 'video')).framesDecoded).toBe(0);

    // Mute microphone / speaker toggle and say so.
    const mute = tech.getByRole('button', { name: 'Mute microphone' });
    await mute.click();
    await expect(tech.getByRole('button', { name: 'Unmute microphone' })).toHaveAttribute('aria-pressed', 'true');
    await tech.getByRole('button', { name: 'Mute speaker' }).click();
    await expect(tech.getByLabel("The customer's camera")).toHaveJSProperty('muted', true);

    // End: both sides close.
    await tech.getByRole('button', { name: 'End session' }).click();
    // Ending asks first (a console preference, on by default).
    await tech.getByRole('group', { name: 'End this session?' }).getByRole('button', { name: 'Yes, end it' }).click();
    await expect(customer.getByRole('heading', { name: 'Thank you' })).toBeVisible();
    await expect(row).toContainText('Closed by technician');
    await expect.poll(() => customer.evaluate(() => (window as any).__pcs.every((pc: RTCPeerConnection) => pc.connectionState === 'closed'))).toBe(true);

    await techContext.close();
    await customer.context().close();
  });
}

test('a customer waiting while the technician talks to another hears nothing, until Start', async ({ server, browser }) => {
  // Ada's call runs: the technician's microphone is open and reaches her.
  const { tech, customer: ada, row: adaRow } = await liveSession(browser, server.url, server.createUser(), 'Ada');
  await expectRising(ada, 'audio', 'bytesReceived');

  // Bob joins and waits: his call is prepared, but gets nothing of the open microphone.
  const bob = await waitingCustomer(tech, browser, server.url, 'Bob');
  await expect.poll(() => connectedCalls(bob), { timeout: 15_000 }).toBe(1);
  await bob.waitForTimeout(1000);
  expect((await rtp(bob, 'audio')).bytesReceived).toBe(0);
  expect(await sendingTracks(bob)).toBe(0);
  expect((await rtp(bob, 'video')).bytesSent).toBe(0);
  await newSessionDialog(tech).press('Escape');

  // Ada on hold, Bob started: now he hears the technician and is seen, on the same call.
  await adaRow.getByRole('button', { name: 'Ada' }).click();
  await sessionPanel(tech, 'Ada').getByRole('button', { name: 'Hold' }).click();
  await expect(adaRow).toContainText('On hold');
  const bobRow = tech.getByRole('row', { name: /Bob/ });
  await bobRow.getByRole('button', { name: 'Bob' }).click();
  await sessionPanel(tech, 'Bob').getByRole('button', { name: 'Start' }).click();
  await expect(bobRow).toContainText('Active');
  await expectRising(bob, 'audio', 'bytesReceived');
  await expectRising(bob, 'video', 'bytesSent');
  expect(await peerConnections(bob)).toBe(1);
  await tech.context().close();
  await ada.context().close();
  await bob.context().close();
});

test('a customer who leaves while waiting closes the session for the technician', async ({ server, browser }) => {
  const account = server.createUser();
  const tech = await newPage(browser);
  await signIn(tech, server.url, account);
  const customer = await waitingCustomer(tech, browser, server.url, 'Grace');
  await customer.getByRole('button', { name: 'Disconnect' }).click();
  await customer.getByRole('button', { name: 'Yes, end it' }).click();
  await expect(customer.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await expect(tech.getByRole('row', { name: /Grace/ })).toContainText('Closed by waiting customer');
  await tech.context().close();
  await customer.context().close();
});

test('wrong and reused PINs get clear messages', async ({ server, browser }) => {
  const account = server.createUser();
  const tech = await newPage(browser);
  await signIn(tech, server.url, account);
  const pin = await createPin(tech, 'Linus');
  const first = await newPage(browser);
  await enterPin(first, server.url, pin);
  await expect(first).toHaveURL(/\/s$/);

  const second = await newPage(browser);
  await enterPin(second, server.url, pin);
  await expect(second.getByRole('alert')).toHaveText('This PIN has already been used. Please ask the technician for a new one.');
  await second.getByLabel('PIN').fill('000000');
  await second.getByRole('button', { name: 'Join' }).click();
  await expect(second.getByRole('alert')).toHaveText('This PIN is not valid. Please check the six digits and try again.');
  for (const p of [tech, first, second]) await p.context().close();
});

test('wrong password is refused with a clear message', async ({ server, browser }) => {
  const account = server.createUser();
  const page = await newPage(browser);
  await page.goto(`${server.url}/signin`);
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('The email address or password is not correct.');
  await expect(page).toHaveURL(/\/signin/);
  await page.context().close();
});

test('the New session dialog closes with Escape', async ({ server, browser }) => {
  const page = await newPage(browser);
  await signIn(page, server.url, server.createUser());
  await page.getByRole('button', { name: 'New session' }).click();
  await expect(newSessionDialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(newSessionDialog(page)).toBeHidden();
  await page.context().close();
});
