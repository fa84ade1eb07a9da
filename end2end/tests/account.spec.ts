/**
 * The technician's own account: two-factor sign-in set up from the preferences with an
 * authenticator app (the QR code scanned, the code computed as the app does), then signing in
 * with password and code.
 */
import { test, expect, newPage } from './support/fixtures';
import { signIn, scanQr, totp } from './support/actions';

test('two-factor sign-in: set up by scanning the QR code, then a code is needed after the password; a wrong one is refused', async ({ server, browser }) => {
  const account = server.createUser();
  const page = await newPage(browser);
  await signIn(page, server.url, account);

  await page.getByRole('button', { name: 'Preferences' }).click();
  const dialog = page.getByRole('dialog', { name: 'Console preferences' });
  const section = dialog.getByRole('group', { name: 'Two-factor sign-in' });
  await expect(section.getByRole('status')).toHaveText('Two-factor sign-in is off.');
  await section.getByRole('button', { name: 'Set up two-factor sign-in' }).click();

  // The app scans the QR code: the account and the key shown for typing it in by hand.
  const uri = await scanQr(section.getByRole('img', { name: 'QR code for your authenticator app' }));
  const key = (await section.locator('code.two-factor__key').innerText()).replace(/\s/g, '');
  expect(key).toMatch(/^[A-Z2-7]{32}$/);
  expect(uri).toBe(
    `otpauth://totp/Sightline%3A${encodeURIComponent(account.email)}?secret=${key}&issuer=Sightline&algorithm=SHA1&digits=6&period=30`,
  );
  await section.getByRole('textbox', { name: 'Code', exact: true }).fill(totp(key));
  await section.getByRole('button', { name: 'Turn on' }).click();
  await expect(section.getByRole('region', { name: 'Recovery codes' }).getByRole('listitem')).toHaveCount(10);
  await expect(section.getByRole('status')).toHaveText('Two-factor sign-in is on. Recovery codes left: 10.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Sign out, and in again: the password leads to the code page.
  await page.getByRole('button', { name: 'Sign out' }).click();
  const yes = page.getByRole('button', { name: 'Yes' });
  if (await yes.isVisible()) await yes.click();
  await expect(page).toHaveURL(/\/signin$/);
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/signin\/code$/);
  await expect(page.getByRole('heading', { name: 'Enter your sign-in code' })).toBeVisible();

  // The code that turned it on was used; the next step's code (accepted a step early) signs in.
  const next = totp(key, Date.now() + 30_000);
  const wrong = next.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
  await page.getByRole('textbox', { name: 'Code', exact: true }).fill(wrong);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('This code is not right, or it was already used. Please check it and try again.');
  await page.getByRole('textbox', { name: 'Code', exact: true }).fill(next);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/console$/);
  await expect(page.getByRole('status').filter({ hasText: 'Online' })).toBeVisible();
});
