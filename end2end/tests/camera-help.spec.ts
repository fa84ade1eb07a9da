/** The customer gets clear help when the camera is refused or missing, and can retry. */
import type { Browser } from '@playwright/test';
import { chromiumArgs } from '../playwright.config';
import { test, expect, newPage } from './support/fixtures';
import { signIn, createPin, enterPin } from './support/actions';
import type { Server } from './support/server';

/** A technician issues a PIN; the customer (in `customerBrowser`) enters it. */
async function customerAtTutorial(server: Server, browser: Browser, customerBrowser: Browser = browser) {
  const tech = await newPage(browser, { permissions: ['microphone'] });
  await signIn(tech, server.url, server.createUser());
  const pin = await createPin(tech, 'Camera Help');
  const customer = await newPage(customerBrowser);
  await enterPin(customer, server.url, pin);
  await expect(customer).toHaveURL(/\/s$/);
  return { tech, customer };
}

test('camera access refused: the customer is told how to allow it', async ({ server, browser, playwright }) => {
  // A browser that refuses permission prompts instead of granting them.
  const refusing = await playwright.chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...chromiumArgs.filter((a) => a !== '--use-fake-ui-for-media-stream'), '--deny-permission-prompts'],
  });
  try {
    const { tech, customer } = await customerAtTutorial(server, browser, refusing);
    await customer.getByRole('button', { name: 'Skip' }).click();
    await expect(customer.getByRole('heading', { name: 'Camera access is blocked' })).toBeVisible();
    await expect(customer.getByText("Open your browser's site settings")).toBeVisible();
    await expect(customer.getByRole('button', { name: 'Accept and continue' })).toHaveCount(0);

    // After allowing it in the site settings, Try again continues the journey.
    await customer.context().grantPermissions(['camera', 'microphone']);
    await customer.getByRole('button', { name: 'Try again' }).click();
    await expect(customer.getByRole('button', { name: 'Accept and continue' })).toBeVisible();
    await tech.context().close();
  } finally {
    await refusing.close();
  }
});

test('no camera on the device: the customer is told to use another device', async ({ server, browser }) => {
  const { tech, customer } = await customerAtTutorial(server, browser);
  // The browser reports no capture device, as a laptop without a camera would.
  await customer.evaluate(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
  });
  await customer.getByRole('button', { name: 'OK' }).click();
  await expect(customer.getByRole('heading', { name: 'No camera found' })).toBeVisible();
  await expect(customer.getByText('This device has no camera we can use.')).toBeVisible();
  await tech.context().close();
  await customer.context().close();
});
