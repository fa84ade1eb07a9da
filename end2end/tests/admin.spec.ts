/**
 * The admin centre in a real browser: an administrator creates a group without the transfer
 * permission and invites a technician into it (set-password link); that technician's console
 * has no Transfer button and the server refuses a transfer sent by hand over the websocket.
 * Terms, field names, templates and the accent colour set by the administrator are what the
 * next customer gets. The report and its CSV export match the sessions the test ran, with
 * the customer's survey answers; the audit log has the administrator's sign-in. A group's auto-start
 * starts sessions without anyone pressing Start.
 */
import { test, expect, newPage } from './support/fixtures';
import { createPin, enterPin, liveSession, reachTerms, sessionPanel, signIn } from './support/actions';
import { PASSWORD, startServer } from './support/server';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expectRising } from './support/checks';

/** RFC 4180 CSV (quoted cells, doubled quotes, CRLF rows) into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/** The websocket protocol version the server speaks (from the shared Rust source). */
function protocolVersion(): number {
  const src = readFileSync(path.resolve(__dirname, '../../app/src/protocol.rs'), 'utf8');
  return Number(src.match(/PROTOCOL_VERSION: u16 = (\d+);/)![1]);
}

test('a group without the transfer permission: no Transfer button, and a forged transfer is refused', async ({ server, browser }) => {
  const admin = server.createUser('admin', 'Mara Admin');
  const page = await newPage(browser);
  await signIn(page, server.url, admin);
  await page.getByRole('link', { name: 'Admin centre' }).click();
  await expect(page).toHaveURL(/\/admin$/);

  // The group: every permission but transfer.
  await page.getByRole('tab', { name: 'Groups' }).click();
  const card = page.locator('form[data-group=""]');
  await card.getByLabel('Group name').fill('Field team');
  await card.getByLabel('transfer sessions').uncheck();
  await expect(card.getByLabel('put sessions on hold')).toBeChecked();
  await card.getByRole('button', { name: 'Create group' }).click();
  const saved = page.locator('form[data-group="Field team"]');
  await expect(saved).toBeVisible();
  await expect(saved.getByLabel('transfer sessions')).not.toBeChecked();

  // A reply shared with every technician of the organisation.
  await page.getByRole('tab', { name: 'Organisation' }).click();
  await page.getByRole('button', { name: 'Shared replies and links' }).click();
  const shared = page.getByRole('dialog', { name: 'Shared replies and links' });
  await shared.getByLabel('Kind').selectOption('url');
  await shared.getByLabel('Title').fill('Warranty terms');
  await shared.getByLabel('Text or link').fill('https://example.com/warranty');
  await shared.getByRole('button', { name: 'Save' }).click();
  await expect(shared.getByRole('listitem')).toHaveCount(1);
  await expect(shared.getByRole('link', { name: 'Export (XML)' })).toHaveCount(0);
  await shared.getByRole('button', { name: 'Close' }).click();

  // The technician, invited into it (no SMTP here: the link is shown to hand over).
  await page.getByRole('tab', { name: 'Users' }).click();
  const invite = page.locator('form[data-admin="invite"]');
  const email = `gil-${Date.now()}@e2e.test`;
  await invite.getByLabel('Name').fill('Gil Field');
  await invite.getByLabel('Email address').fill(email);
  await invite.getByLabel('Group').selectOption({ label: 'Field team' });
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  const link = await page.locator('[data-admin="invite-link"]').innerText();
  expect(link).toMatch(/\/password\/[A-Za-z0-9_-]{43}$/);
  await expect(page.locator(`tr[data-user="${email}"] [data-field="status"]`)).toHaveText('Invited');

  const gilPage = await newPage(browser);
  await gilPage.goto(link);
  await gilPage.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await gilPage.getByLabel('Repeat password').fill(PASSWORD);
  await gilPage.getByRole('button', { name: 'Set password' }).click();
  await expect(gilPage.getByRole('status')).toHaveText('Your password is set. You can sign in now.');
  await gilPage.context().close();
  await page.reload();
  await expect(page.locator(`tr[data-user="${email}"] [data-field="status"]`)).toHaveText('Active');

  // Gil in a live session: Hold is there, Transfer is not.
  const gil = { email, name: 'Gil Field', password: PASSWORD };
  const { tech, customer } = await liveSession(browser, server.url, gil, 'Quinn');
  const panel = sessionPanel(tech, 'Quinn');
  await expect(panel.getByRole('button', { name: 'Hold' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Transfer' })).toHaveCount(0);
  await expect(tech.getByRole('link', { name: 'Admin centre' })).toHaveCount(0);
  // The shared reply is offered in Gil's picker.
  await expect(panel.getByLabel('Predefined replies').locator('option', { hasText: 'Warranty terms' })).toHaveCount(1);

  // A transfer forged by hand on a websocket of Gil's own (his cookie, JSON text frames): refused.
  const sessionId = (await panel.locator('.session-panel__id').innerText()).trim();
  const answer = await tech.evaluate(async ([session, version]) => {
    const ws = new WebSocket(`${location.origin.replace('http', 'ws')}/ws?role=technician`);
    const replies: any[] = [];
    await new Promise<void>((resolve, reject) => {
      ws.onerror = () => reject(new Error('websocket failed'));
      ws.onmessage = (e) => {
        const msg = JSON.parse(e.data);
        replies.push(msg);
        if (msg.welcome) {
          ws.send(JSON.stringify({ act: { id: 77, session, act: { transfer: { to: 'someone', note: 'forged' } } } }));
        }
        if ((msg.refused ?? msg.done)?.id === 77) resolve();
      };
      ws.onopen = () => ws.send(JSON.stringify({ hello: { version, resume: null } }));
      setTimeout(() => reject(new Error(`no answer: ${JSON.stringify(replies)}`)), 10_000);
    });
    ws.close();
    return replies.find((m) => (m.refused ?? m.done)?.id === 77);
  }, [sessionId, protocolVersion()] as const);
  expect(answer).toEqual({ refused: { id: 77, error: { code: 'not-permitted' } } });
  await expect(panel.getByRole('button', { name: 'Hold' })).toBeVisible();
  // The administrator removes the shared reply again.
  await page.getByRole('tab', { name: 'Organisation' }).click();
  await page.getByRole('button', { name: 'Shared replies and links' }).click();
  await shared.getByRole('button', { name: 'Delete' }).click();
  await expect(shared.getByRole('listitem')).toHaveCount(0);
  await tech.context().close();
  await customer.context().close();
});

test('organisation settings: terms, field names, the text-message template with its preview, the accent colour and the logo reach the next customer', async ({ server, browser }) => {
  const admin = server.createUser('admin', 'Terry Admin');
  const page = await newPage(browser);
  await signIn(page, server.url, admin);
  await page.getByRole('link', { name: 'Admin centre' }).click();
  await page.getByRole('tab', { name: 'Organisation' }).click();
  const form = page.locator('form[data-admin="organisation"]');
  const terms = `E2E terms ${Date.now()}: keep the camera on the device.`;
  await form.getByLabel('Terms the customer accepts').fill(terms);
  await form.getByLabel('Name of custom field 1').fill('Ticket number');
  // The text message template, previewed as the customer would get it.
  await form.getByLabel('Invite text message (empty: the standard text)').fill('{org}: open {link} ({minutes} min)');
  await expect(form.locator('[data-preview="sms"] pre')).toHaveText('E2E Support: open https://support.example/j/x7Kq2m (60 min)');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved.');
  // A template without the link is refused.
  await form.getByLabel('Invite text message (empty: the standard text)').fill('call us');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).not.toBeEmpty();
  await form.getByLabel('Invite text message (empty: the standard text)').fill('');
  // Branding: the organisation's accent colour on the customer's page.
  await form.getByLabel("Use our own accent colour on the customer's page").check();
  await form.getByLabel('Accent colour', { exact: true }).fill('#aa3300');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved.');
  // Branding: a logo (a PNG drawn here), uploaded as soon as it is chosen.
  const logoPng = await page.evaluate(() => {
    const c = document.createElement('canvas');
    [c.width, c.height] = [200, 50];
    const g = c.getContext('2d')!;
    g.fillStyle = '#aa3300';
    g.fillRect(0, 0, 200, 50);
    return c.toDataURL('image/png').split(',')[1];
  });
  const logoCard = page.locator('[data-admin="logo"]');
  await logoCard.getByLabel(/^Logo on the customer/).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(logoPng, 'base64') });
  await expect(logoCard.getByRole('img', { name: 'The current logo' })).toHaveJSProperty('naturalWidth', 200);
  // A file that is not a PNG is refused and changes nothing.
  await logoCard.getByLabel(/^Logo on the customer/).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
  await expect(logoCard.getByRole('alert')).toHaveText('This file cannot be the logo: it must be a PNG of at most 256 KB and 1024 × 1024 pixels.');
  await expect(logoCard.getByRole('img', { name: 'The current logo' })).toHaveJSProperty('naturalWidth', 200);

  const tech = await newPage(browser, { permissions: ['microphone'] });
  await signIn(tech, server.url, server.createUser('technician', 'Tara Tech'));
  const pin = await createPin(tech, 'Una');
  await expect(tech.getByRole('dialog', { name: 'New session' }).getByText('Ticket number')).toBeVisible();
  const customer = await newPage(browser);
  await enterPin(customer, server.url, pin);
  await reachTerms(customer);
  await expect(customer.getByText(terms)).toBeVisible();
  const accent = await customer.locator('main.customer').evaluate((el) => getComputedStyle(el).getPropertyValue('--accent').trim());
  expect(accent).toBe('#aa3300');
  const button = await customer.getByRole('button', { name: 'Accept and continue' }).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(button).toBe('rgb(170, 51, 0)');
  await expect(customer.locator('img.public-header__logo')).toHaveJSProperty('naturalWidth', 200);

  // Back to no logo, the standard terms and colours.
  await logoCard.getByRole('button', { name: 'Remove logo' }).click();
  await expect(logoCard.getByRole('img')).toHaveCount(0);
  await form.getByLabel('Terms the customer accepts').fill('');
  await form.getByLabel("Use our own accent colour on the customer's page").uncheck();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved.');
  await tech.context().close();
  await customer.context().close();
});

test('the report and its CSV export list exactly the sessions run, with their outcomes and times', async ({ browser }) => {
  // A server of its own, so the report holds only this test's sessions.
  const server = await startServer();
  try {
    const admin = server.createUser('admin', 'Rhea Admin');
    const techAccount = server.createUser('technician', 'Ravi Tech');
    const page = await newPage(browser, { acceptDownloads: true });
    await signIn(page, server.url, admin);

    // The survey on, with the organisation's own two questions.
    await page.goto(`${server.url}/admin`);
    await page.getByRole('tab', { name: 'Organisation' }).click();
    const form = page.locator('form[data-admin="organisation"]');
    await form.getByLabel('Ask customers the survey when their session ends').check();
    await form.getByLabel(/^Survey questions/).fill('How well did we fix it?\nHow quick were we?');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByRole('status')).toHaveText('Saved.');

    // One session live for a few seconds, ended by the technician; the customer answers.
    const { tech, customer, row } = await liveSession(browser, server.url, techAccount, 'Sol');
    await tech.waitForTimeout(3000);
    await tech.getByRole('button', { name: 'End session' }).click();
    await tech.getByRole('group', { name: 'End this session?' }).getByRole('button', { name: 'Yes, end it' }).click();
    await expect(row).toContainText('Closed by technician');
    const survey = customer.getByRole('form', { name: 'How was your session?' });
    await survey.getByRole('radiogroup', { name: 'How well did we fix it?' }).getByRole('radio', { name: '4' }).check();
    await expect(survey.getByRole('button', { name: 'Send' })).toBeDisabled();
    await survey.getByRole('radiogroup', { name: 'How quick were we?' }).getByRole('radio', { name: '5' }).check();
    await survey.getByLabel('Anything you want to tell us (optional)').fill('Quick, thanks');
    await survey.getByRole('button', { name: 'Send' }).click();
    await expect(customer.getByRole('status').filter({ hasText: 'Thank you for your answer.' })).toBeVisible();
    await customer.reload();
    await expect(customer.getByText('Thank you for your answer.')).toBeVisible();
    await customer.context().close();
    // One the customer leaves while waiting.
    const pin = await createPin(tech, 'Tia');
    const second = await newPage(browser);
    await enterPin(second, server.url, pin);
    await reachTerms(second);
    await second.getByRole('button', { name: 'Accept and continue' }).click();
    await expect(tech.getByRole('dialog', { name: 'New session' }).getByRole('status')).toHaveText('Customer connected');
    await second.getByRole('button', { name: 'Disconnect' }).click();
    await second.getByRole('button', { name: 'Yes, end it' }).click();
    await expect(tech.getByRole('row', { name: /Tia/ })).toContainText('Closed by waiting customer');
    await second.context().close();
    await tech.context().close();

    await page.goto(`${server.url}/admin`);
    await page.getByRole('tab', { name: 'Reports' }).click();
    await page.locator('form[data-admin="report-filter"]').getByRole('button', { name: 'Show' }).click();
    await expect(page.locator('[data-report="total"]')).toHaveText('2 sessions');
    await expect(page.locator('[data-report="technicians"]')).toContainText('Ravi Tech');
    await expect(page.locator('[data-report="technicians"] tr', { hasText: 'Ravi Tech' })).toContainText('4.0');
    await expect(page.locator('[data-report="outcomes"]')).toContainText('Closed by technician');
    await expect(page.locator('[data-report="questions"] tr', { hasText: 'How quick were we?' })).toContainText('5.0');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    const [header, ...rows] = parseCsv(text);
    expect(header.join(',')).toBe(
      'session,created_utc,technician,group,outcome,waiting_seconds,active_seconds,hold_seconds,survey_score,survey_comment,survey_scores',
    );
    expect(rows).toHaveLength(2);
    const [live, left] = rows;
    expect(live[2]).toBe('Ravi Tech');
    expect(live[4]).toBe('closed_by_technician');
    expect(Number(live[6])).toBeGreaterThanOrEqual(3);
    expect(live.slice(8)).toEqual(['4', 'Quick, thanks', '4 5']);
    expect(left[4]).toBe('closed_by_waiting_customer');
    expect(Number(left[6])).toBe(0);
    for (const r of rows) expect(r[1]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

    // The audit log has the administrator's sign-in, and exports too.
    await page.getByRole('tab', { name: 'Audit log' }).click();
    await page.getByRole('search').getByLabel('Search').fill('Rhea');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await expect(page.locator('[data-admin="audit"] tr[data-kind="sign-in"]').first()).toContainText('Rhea Admin');
  } finally {
    await server.stop();
  }
});

test("a group's auto-start: its technician's console starts a session by itself once the customer is ready", async ({ browser }) => {
  // A server of its own: the default group's setting must not reach other tests.
  const server = await startServer();
  try {
    const admin = server.createUser('admin', 'Abe Admin');
    const page = await newPage(browser);
    await signIn(page, server.url, admin);
    await page.goto(`${server.url}/admin`);
    await page.getByRole('tab', { name: 'Groups' }).click();
    const group = page.locator('form[data-group="Technicians"]');
    await group.getByLabel('Start sessions by themselves when the customer is ready').check();
    const saved = page.waitForResponse((r) => r.url().endsWith('/fn/admin_save_group'));
    await group.getByRole('button', { name: 'Save' }).click();
    expect((await saved).status()).toBe(200);
    await expect(page.locator('form[data-group="Technicians"]').getByLabel('Start sessions by themselves when the customer is ready')).toBeChecked();

    const tech = await newPage(browser, { permissions: ['microphone'] });
    await signIn(tech, server.url, server.createUser('technician', 'Ari Tech'));
    const pin = await createPin(tech, 'Ivo');
    const customer = await newPage(browser);
    await enterPin(customer, server.url, pin);
    await reachTerms(customer);
    await customer.getByRole('button', { name: 'Accept and continue' }).click();
    // Nobody presses Start.
    await expect(customer.getByText('Live: the technician sees your camera.')).toBeVisible();
    await expect(tech.getByRole('row', { name: /Ivo/ })).toContainText('Active');
    await expectRising(tech, 'video', 'framesDecoded');
  } finally {
    await server.stop();
  }
});
