/** Languages: Accept-Language first visit, the selector on every page, remembered in a cookie. */
import { test, expect, newPage } from './support/fixtures';

test('the browser language is used, and the selector switches and remembers', async ({ server, browser }) => {
  server.createUser();
  const page = await newPage(browser, { locale: 'it-IT' });
  await page.goto(`${server.url}/pin`);
  await expect(page.getByRole('heading', { name: 'Partecipa a una sessione di assistenza video' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');

  await page.getByLabel('Lingua').selectOption('de');
  await expect(page.getByRole('heading', { name: 'Einer Video-Support-Sitzung beitreten' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
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
  await page.context().close();
});
