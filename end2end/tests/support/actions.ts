/** What people do, as Playwright steps (role and label locators only). */
import { expect, type Page } from '@playwright/test';
import type { Account } from './server';

export async function signIn(page: Page, url: string, account: Account) {
  await page.goto(`${url}/signin`);
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/console$/);
  await expect(page.getByRole('status').filter({ hasText: 'Online' })).toBeVisible();
}

export function newSessionDialog(page: Page) {
  return page.getByRole('dialog', { name: 'New session' });
}

/** Opens New session, names the customer, creates a PIN; returns the six digits. */
export async function createPin(page: Page, customerName: string): Promise<string> {
  await page.getByRole('button', { name: 'New session' }).click();
  const dialog = newSessionDialog(page);
  await dialog.getByLabel('Customer name').fill(customerName);
  await dialog.getByRole('button', { name: 'Create PIN' }).click();
  const text = await dialog.getByLabel('PIN for the customer').textContent();
  const pin = (text ?? '').replace(/\s/g, '');
  expect(pin).toMatch(/^\d{6}$/);
  return pin;
}

/** Opens New session, names the customer, copies a link; returns it. */
export async function createLink(page: Page, customerName: string): Promise<string> {
  await page.getByRole('button', { name: 'New session' }).click();
  const dialog = newSessionDialog(page);
  await dialog.getByLabel('Customer name').fill(customerName);
  await dialog.getByRole('tab', { name: 'Link' }).click();
  await dialog.getByRole('button', { name: 'Copy link to clipboard' }).click();
  const link = await dialog.getByLabel('Link for the customer').inputValue();
  expect(link).toMatch(/\/j\/[A-Za-z0-9_-]{43}$/);
  return link;
}

export async function enterPin(page: Page, url: string, pin: string) {
  await page.goto(`${url}/`);
  await page.getByLabel('PIN').fill(pin);
  await page.getByRole('button', { name: 'Join' }).click();
}

/** Customer: tutorial → camera → preview with terms (not yet accepted). */
export async function reachTerms(page: Page) {
  await expect(page).toHaveURL(/\/s$/);
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('button', { name: 'Accept and continue' })).toBeVisible();
}
