/** First run: an empty database shows the setup page, which creates the organisation. */
import { test, expect, newPage } from './support/fixtures';
import { startServer } from './support/server';

test('first run creates the organisation and its administrator', async ({ browser }) => {
  const server = await startServer();
  try {
    const page = await newPage(browser);
    await page.goto(`${server.url}/`);
    await expect(page).toHaveURL(/\/setup$/);
    await page.getByLabel('Organisation name').fill('Harbour Repairs');
    await page.getByLabel('Your name').fill('Hana Admin');
    await page.getByLabel('Email address').fill('hana@harbour.test');
    await page.getByLabel('Password', { exact: true }).fill('a long enough password');
    await page.getByLabel('Repeat password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await expect(page).toHaveURL(/\/console$/);
    await expect(page.getByText('Harbour Repairs')).toBeVisible();
    await expect(page.getByText('Hana Admin')).toBeVisible();

    // Setup runs once: afterwards the root is the console (signed in) or the PIN page.
    await page.goto(`${server.url}/setup`);
    await expect(page).toHaveURL(/\/signin$/);
    const visitor = await newPage(browser);
    await visitor.goto(`${server.url}/`);
    await expect(visitor.getByRole('heading', { name: 'Join a video support session' })).toBeVisible();
    await page.goto(`${server.url}/`);
    await expect(page).toHaveURL(/\/console$/);
  } finally {
    await server.stop();
  }
});
