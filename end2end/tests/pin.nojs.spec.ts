/** The public PIN page works as a plain HTML form, with JavaScript off. */
import { test, expect } from './support/fixtures';

test('PIN page works without JavaScript', async ({ server, page, request }) => {
  const account = server.createUser();
  // A technician issues a PIN (through the same server functions the console uses).
  await request.post(`${server.url}/fn/sign_in`, { form: { email: account.email, password: account.password } });
  const res = await request.post(`${server.url}/fn/create_session`, {
    form: { customer_name: 'No-JS Nora', field1: '', field2: '', method: 'pin' },
  });
  expect(res.ok()).toBe(true);
  const { secret: pin } = await res.json();

  // The site root is the PIN page for visitors.
  await page.goto(`${server.url}/`);
  await expect(page.getByRole('heading', { name: 'Join a video support session' })).toBeVisible();

  await page.getByLabel('PIN').fill('000000');
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('alert')).toHaveText('This PIN is not valid. Please check the six digits and try again.');

  await page.getByLabel('PIN').fill(pin);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page).toHaveURL(/\/s$/);
  const cookies = await page.context().cookies();
  const access = cookies.find((c) => c.name === 'sl_cust');
  expect(access?.httpOnly).toBe(true);
  expect(access?.sameSite).toBe('Lax');

  // The language form works without JavaScript too.
  await page.goto(`${server.url}/pin`);
  await page.getByLabel('Language').selectOption('fr');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('heading', { name: "Rejoindre une session d'assistance vidéo" })).toBeVisible();
});
