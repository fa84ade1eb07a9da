/**
 * Invites by email and by text message. Email: the server sends the invite through a real
 * SMTP server (smtp-server, on loopback, started by the test); the message is read, and its
 * link is opened by the customer. Text message: a local HTTP receiver speaks the gateway's API
 * (Twilio-style) and records the request; the test then posts the gateway's signed delivery
 * report, and the dialog shows the message delivered.
 */
import { test, expect, newPage } from './support/fixtures';
import { startServer } from './support/server';
import { signIn, newSessionDialog, reachTerms, logLines } from './support/actions';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import type { Browser } from '@playwright/test';
import type { Server } from './support/server';
import { createServer } from 'node:http';
import { createHmac } from 'node:crypto';

/** A technician of `server` with the New session dialog open for `customer`. */
async function newSessionFor(browser: Browser, server: Server, customer: string) {
  const tech = await newPage(browser, { permissions: ['microphone'] });
  await signIn(tech, server.url, server.createUser());
  await tech.getByRole('button', { name: 'New session' }).click();
  const dialog = newSessionDialog(tech);
  await dialog.getByLabel('Customer name').fill(customer);
  return { tech, dialog };
}

test('an invite emailed from the server arrives as text and HTML, and its link brings the customer into the session', async ({ browser }) => {
  const received: ParsedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      simpleParser(stream).then((m) => {
        received.push(m);
        done();
      }, done);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  const server = await startServer({
    SIGHTLINE_SMTP_HOST: '127.0.0.1',
    SIGHTLINE_SMTP_PORT: String(port),
    SIGHTLINE_SMTP_TLS: 'none',
    SIGHTLINE_SMTP_FROM: 'E2E Support <support@e2e.test>',
  });
  try {
    const { tech, dialog } = await newSessionFor(browser, server, 'Edda');
    await dialog.getByRole('tab', { name: 'Email' }).click();
    // Not an address: refused before anything is sent.
    await dialog.getByLabel("Customer's email address").fill('edda at example');
    await dialog.getByRole('button', { name: 'Send from the server' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Some of the information entered is not valid. Please check it and try again.');
    await dialog.getByLabel("Customer's email address").fill('edda@example.com');
    await dialog.getByRole('button', { name: 'Send from the server' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Invite sent' })).toHaveText('Invite sent to edda@example.com.');

    await expect.poll(() => received.length).toBe(1);
    const mail = received[0];
    expect(mail.from?.text).toBe('"E2E Support" <support@e2e.test>');
    expect((Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text).toBe('edda@example.com');
    expect(mail.subject).toBe('E2E Support: your video support session');
    const link = mail.text?.match(/https?:\/\/\S+\/j\/[A-Za-z0-9_-]{43}/)?.[0];
    expect(link, 'the link in the text part').toBeTruthy();
    expect(mail.text).toContain('Tess Tech of E2E Support invites you');
    expect(mail.html).toContain(`<a href="${link}">`);
    // The dialog shows the same link (to copy, should the email go astray).
    await expect(dialog.getByRole('tabpanel', { name: 'Email' }).getByLabel('Link for the customer')).toHaveValue(link!);

    // The customer opens the link from the email and joins.
    const customer = await newPage(browser);
    await customer.goto(link!);
    await reachTerms(customer);
    await customer.getByRole('button', { name: 'Accept and continue' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Customer connected' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Start' }).click();
    await expect(customer.getByText('Live: the technician sees your camera.')).toBeVisible();
    expect(await logLines(tech, 'Edda')).toContain('Tess Tech: invite emailed to edda@example.com');

    // The organisation's own subject line, set by an administrator, is the next email's.
    const admin = await newPage(browser);
    await signIn(admin, server.url, server.createUser('admin', 'Ines Admin'));
    await admin.goto(`${server.url}/admin`);
    await admin.getByRole('tab', { name: 'Organisation' }).click();
    const form = admin.locator('form[data-admin="organisation"]');
    await form.getByLabel('Invite email subject (empty: the standard subject)').fill('{org}: video help from {technician}');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByRole('status')).toHaveText('Saved.');
    const next = await newSessionFor(browser, server, 'Finn');
    await next.dialog.getByRole('tab', { name: 'Email' }).click();
    await next.dialog.getByLabel("Customer's email address").fill('finn@example.com');
    await next.dialog.getByRole('button', { name: 'Send from the server' }).click();
    await expect.poll(() => received.length).toBe(2);
    expect(received[1].subject).toBe('E2E Support: video help from Tess Tech');
  } finally {
    await server.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  }
});

test('an invite texted through the gateway: the request as the gateway API wants it, the signed delivery report shown in the dialog and the log', async ({ browser }) => {
  const token = 'e2e-sms-token';
  const requests: { path: string; auth: string; form: URLSearchParams }[] = [];
  const gateway = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      requests.push({ path: req.url ?? '', auth: req.headers.authorization ?? '', form: new URLSearchParams(body) });
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ sid: `SM${requests.length}`, status: 'queued' }));
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  const port = (gateway.address() as AddressInfo).port;
  const server = await startServer({
    SIGHTLINE_SMS_URL: `http://127.0.0.1:${port}`,
    SIGHTLINE_SMS_ACCOUNT: 'AC0001',
    SIGHTLINE_SMS_TOKEN: token,
    SIGHTLINE_SMS_FROM: '+15005550006',
  });
  try {
    const { tech, dialog } = await newSessionFor(browser, server, 'Sven');
    await dialog.getByRole('tab', { name: 'Text message' }).click();
    const panel = dialog.getByRole('tabpanel', { name: 'Text message' });
    await panel.getByLabel("Customer's mobile number").fill('333 123 4567');
    await panel.getByRole('button', { name: 'Send text message' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Some of the information entered is not valid. Please check it and try again.');
    await panel.getByLabel("Customer's mobile number").fill('+39 333 123 4567');
    await panel.getByRole('button', { name: 'Send text message' }).click();
    const status = panel.getByRole('status');
    await expect(status).toHaveText('Text message to +39••••••••67 sent; waiting for delivery.');

    // What the gateway received.
    expect(requests).toHaveLength(1);
    const [sms] = requests;
    expect(sms.path).toBe('/2010-04-01/Accounts/AC0001/Messages.json');
    expect(sms.auth).toBe(`Basic ${Buffer.from(`AC0001:${token}`).toString('base64')}`);
    expect(sms.form.get('To')).toBe('+393331234567');
    expect(sms.form.get('From')).toBe('+15005550006');
    const link = sms.form.get('Body')?.match(/https?:\/\/\S+\/j\/[A-Za-z0-9_-]{43}/)?.[0];
    expect(link, 'the link in the message').toBeTruthy();
    await expect(panel.getByLabel('Link for the customer')).toHaveValue(link!);

    // The gateway reports delivery to the callback it was given, signed with the token.
    const callback = sms.form.get('StatusCallback')!;
    expect(callback).toBe(`${server.url}/hooks/sms/status`);
    const report = (signWith: string) => {
      const params = { MessageSid: 'SM1', MessageStatus: 'delivered', AccountSid: 'AC0001' };
      const data = Object.keys(params).sort().reduce((acc, k) => acc + k + params[k as keyof typeof params], callback);
      const signature = createHmac('sha1', signWith).update(data).digest('base64');
      return fetch(callback, { method: 'POST', headers: { 'x-twilio-signature': signature }, body: new URLSearchParams(params) });
    };
    expect((await report('not the token')).status).toBe(403);
    expect((await report(token)).status).toBe(204);
    await expect(status).toHaveText('Text message to +39••••••••67 delivered.');

    // The customer taps the link in the message and joins.
    const customer = await newPage(browser);
    await customer.goto(link!);
    await reachTerms(customer);
    await customer.getByRole('button', { name: 'Accept and continue' }).click();
    await dialog.getByRole('button', { name: 'Start' }).click();
    await expect(customer.getByText('Live: the technician sees your camera.')).toBeVisible();
    expect(await logLines(tech, 'Sven')).toEqual(
      expect.arrayContaining(['Tess Tech: invite texted to +39••••••••67', 'System: text message to +39••••••••67 delivered']),
    );
  } finally {
    await server.stop();
    await new Promise<void>((resolve) => gateway.close(() => resolve()));
  }
});
