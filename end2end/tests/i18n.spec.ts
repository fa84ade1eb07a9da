/**
 * Languages: Accept-Language on the first visit, the selector on every page, remembered in a
 * cookie. A page carries only its own language's messages: switching fetches the other
 * language's and changes the page in place (nothing typed is lost, nothing reloads).
 */
import { test, expect, newPage } from './support/fixtures';

test('the browser language is used, and the selector switches in place and remembers', async ({ server, browser }) => {
  server.createUser();
  const page = await newPage(browser, { locale: 'it-IT' });
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/i18n/')) fetched.push(new URL(r.url()).pathname);
  });
  await page.goto(`${server.url}/pin`);
  await expect(page.getByRole('heading', { name: 'Partecipa a una sessione di assistenza video' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await page.getByLabel('PIN').fill('12');

  await page.getByLabel('Lingua').selectOption('de');
  await expect(page.getByRole('heading', { name: 'Einer Video-Support-Sitzung beitreten' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page).toHaveTitle('Einer Video-Support-Sitzung beitreten');
  await expect(page.getByLabel('PIN')).toHaveValue('12');
  expect(fetched).toEqual(['/i18n/customer/de']);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Einer Video-Support-Sitzung beitreten' })).toBeVisible();

  for (const [code, title] of [
    ['nl', 'Deelnemen aan een videosupportsessie'],
    ['fr', "Rejoindre une session d'assistance vidéo"],
    ['en', 'Join a video support session'],
  ]) {
    await page.getByRole('combobox').selectOption(code);
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
  }

  // The console's pages switch the same way, with the console's messages.
  await page.goto(`${server.url}/signin`);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('combobox').selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
  expect(fetched.at(-1)).toBe('/i18n/console/fr');
  await page.context().close();
});
