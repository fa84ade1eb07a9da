/**
 * Invites by email: the server sends the invite through a real SMTP server (smtp-server, on
 * loopback, started by the test); the message is read, and its link is opened by the customer.
 */
import { test, expect, newPage } from './support/fixtures';
import { startServer } from './support/server';
import { signIn, newSessionDialog, reachTerms, logLines } from './support/actions';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';

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
    const account = server.createUser();
    const tech = await newPage(browser, { permissions: ['microphone'] });
    await signIn(tech, server.url, account);
    await tech.getByRole('button', { name: 'New session' }).click();
    const dialog = newSessionDialog(tech);
    await dialog.getByLabel('Customer name').fill('Edda');
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
  } finally {
    await server.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  }
});
