/**
 * Every page runs under its Content-Security-Policy: Chromium reports no violation while
 * each page loads and hydrates, a live session runs and the customer's drawing layer loads
 * on demand. (The headers themselves are checked on the wire by
 * server/tests/browser_security.rs.)
 */
import type { Page, Response } from '@playwright/test';
import { test, expect, newPage } from './support/fixtures';
import { liveSession } from './support/actions';

/** The violations the current document of `page` reported (`support/fixtures.ts`). */
async function violations(page: Page): Promise<string[] | null> {
  return page.evaluate(() => (window as any).__csp ?? null);
}

function expectPolicy(response: Response | null, path: string) {
  expect(response, path).not.toBeNull();
  const headers = response!.headers();
  const policy = headers['content-security-policy'] ?? '';
  expect(policy, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9_-]{16,}' 'wasm-unsafe-eval';/);
  expect(policy, path).toContain("frame-ancestors 'none'");
  expect(headers['referrer-policy'], path).toBe('no-referrer');
}

async function expectHydrated(page: Page, path: string) {
  await expect(page.locator('html'), `${path} hydrates`).toHaveAttribute('data-hydrated', /.*/, { timeout: 30_000 });
}

test('every page hydrates and works under its policy, with no violation', async ({ browser, server }) => {
  test.setTimeout(180_000);
  const account = server.createUser('admin');

  // Public and sign-in pages, as a visitor.
  const visitor = await newPage(browser);
  for (const path of ['/pin', '/j/not-a-real-token', '/c/no-such-channel', '/no/such/page', '/signin']) {
    const response = await visitor.goto(`${server.url}${path}`);
    expectPolicy(response, path);
    if (path.startsWith('/j/')) {
      // The link page submits itself and comes back with the refusal (no Referer needed).
      await expect(visitor).toHaveURL(/\/j\/not-a-real-token\?__path=.*__err=/);
      await expect(visitor.getByRole('alert')).toHaveText(/not valid/);
    }
    await expectHydrated(visitor, path);
    expect(await violations(visitor), path).toEqual([]);
  }
  // The language selector switches in place under the policy.
  await visitor.goto(`${server.url}/pin`);
  await expectHydrated(visitor, '/pin');
  await visitor.getByLabel('Language').selectOption('de');
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'de');
  expect(await violations(visitor)).toEqual([]);
  // The recorder sees what the policy blocks: an inline script without the nonce.
  await visitor.addScriptTag({ content: 'window.injected = true;' }).catch(() => {});
  expect(await visitor.evaluate(() => (window as any).injected)).toBeUndefined();
  expect((await violations(visitor))!.join('\n')).toContain('script-src');

  // A live session (sign-in, console, PIN, the customer's page, media, Start).
  const { tech, customer } = await liveSession(browser, server.url, account, 'Policy Pat');
  // The drawing layer, imported on demand by the loader script, runs under the policy.
  const layer = await customer.evaluate(async () => typeof (await (window as any).sightlineBoard()));
  expect(layer).toBe('object');
  expect(await violations(customer), '/s').toEqual([]);
  expect(await violations(tech), '/console').toEqual([]);

  // The admin centre.
  const admin = await tech.context().newPage();
  expectPolicy(await admin.goto(`${server.url}/admin`), '/admin');
  await expectHydrated(admin, '/admin');
  await admin.getByRole('tab', { name: 'Reports' }).click();
  await admin.locator('form[data-admin="report-filter"]').getByRole('button', { name: 'Show' }).click();
  await expect(admin.getByRole('table').first()).toBeVisible();
  expect(await violations(admin), '/admin').toEqual([]);
});
