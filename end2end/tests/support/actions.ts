/** What people do, as Playwright steps (role and label locators only). */
import { readFileSync } from 'node:fs';
import { createHmac } from 'node:crypto';
import { expect, type Browser, type BrowserContextOptions, type Locator, type Page } from '@playwright/test';
import { newContext, newPage } from './fixtures';
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

/**
 * What a phone's camera reads from a QR code on the page (an element holding an SVG): the
 * SVG drawn on a canvas and decoded with jsQR in the page.
 */
export async function scanQr(code: Locator): Promise<string | null> {
  await code.page().evaluate(readFileSync(require.resolve('jsqr/dist/jsQR.js'), 'utf8'));
  return code.evaluate(async (el) => {
    const xml = new XMLSerializer().serializeToString(el.querySelector('svg')!);
    const img = new Image();
    img.src = `data:image/svg+xml;base64,${btoa(xml)}`;
    await img.decode();
    const c = document.createElement('canvas');
    [c.width, c.height] = [400, 400];
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0, 400, 400);
    const found = (window as any).jsQR(ctx.getImageData(0, 0, 400, 400).data, 400, 400);
    return found ? (found.data as string) : null;
  });
}

/** The code an authenticator app shows for a base32 secret (RFC 6238: SHA-1, 30 s, 6 digits). */
export function totp(secret: string, atMs = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of secret.replace(/[\s=]/g, '').toUpperCase()) bits += alphabet.indexOf(ch).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(atMs / 30_000)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const at = mac[mac.length - 1] & 15;
  return ((mac.readUInt32BE(at) & 0x7fffffff) % 1_000_000).toString().padStart(6, '0');
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

/**
 * A customer of the signed-in technician `tech` waiting for Start: the technician makes a PIN,
 * the customer joins with it in a page of `browser` and accepts the terms, and the New session
 * dialog says "Customer connected". Returns the customer's page.
 */
export async function waitingCustomer(tech: Page, browser: Browser, url: string, customerName: string, options: BrowserContextOptions = {}) {
  const pin = await createPin(tech, customerName);
  const customer = await newPage(browser, options);
  await enterPin(customer, url, pin);
  await reachTerms(customer);
  await customer.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(newSessionDialog(tech).getByRole('status')).toHaveText('Customer connected');
  return customer;
}

/**
 * A technician and a customer in a live session: the customer joins by PIN, accepts the terms,
 * the technician starts. Returns the two pages and the technician's row for the session.
 * `customerOptions` make the customer's browser context (a phone's, for example).
 */
export async function liveSession(browser: Browser, url: string, account: Account, customerName: string, customerBrowser = browser, customerOptions: BrowserContextOptions = {}) {
  const tech = await (await newContext(browser, { permissions: ['microphone'] })).newPage();
  await signIn(tech, url, account);
  const customer = await waitingCustomer(tech, customerBrowser, url, customerName, customerOptions);
  await newSessionDialog(tech).getByRole('button', { name: 'Start' }).click();
  await expect(customer.getByText('Live: the technician sees your camera.')).toBeVisible();
  const row = tech.getByRole('row', { name: new RegExp(customerName) });
  await expect(row).toContainText('Active');
  return { tech, customer, row };
}

/** The texts of the chat messages in `chat`, oldest first (author and time left out). */
export async function chatMessages(chat: Locator): Promise<string[]> {
  return chat.getByRole('listitem').evaluateAll((items) =>
    items.map((li) => (li.lastElementChild?.textContent ?? '').trim()),
  );
}

/** The customer's chat (opened with its button first). */
export function customerChat(customer: Page) {
  return customer.getByRole('complementary').getByRole('region', { name: 'Chat' });
}

/** Writes and sends a chat message. */
export async function sendChat(chat: Locator, text: string) {
  await chat.getByRole('textbox', { name: 'Write a message' }).fill(text);
  await chat.getByRole('button', { name: 'Send', exact: true }).click();
}

/** The technician's panel of the selected session, named after the customer. */
export function sessionPanel(page: Page, customerName: string) {
  return page.getByRole('region', { name: customerName });
}

/** The lines of the session log, as the technician reads them (time left out). */
export async function logLines(tech: Page, customerName: string): Promise<string[]> {
  const panel = sessionPanel(tech, customerName);
  const tab = panel.getByRole('tab', { name: 'Session log' });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  const log = panel.getByRole('region', { name: 'Session log' });
  return (await log.getByRole('listitem').allInnerTexts()).map((l) => l.replace(/^\S+\s+/, ''));
}
