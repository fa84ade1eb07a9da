/** Test fixtures: one server per worker; helpers to open technician and customer contexts. */
import { test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startServer, type Server } from './server';

/** Records every RTCPeerConnection a page creates, so tests can read getStats(). */
export function recordPeerConnections() {
  const Native = window.RTCPeerConnection;
  (window as any).__pcs = [];
  const Recorded = function (this: unknown, ...args: ConstructorParameters<typeof RTCPeerConnection>) {
    const pc = new Native(...args);
    (window as any).__pcs.push(pc);
    return pc;
  } as unknown as typeof RTCPeerConnection;
  Recorded.prototype = Native.prototype;
  Object.setPrototypeOf(Recorded, Native);
  window.RTCPeerConnection = Recorded;
}

/** Records every Content-Security-Policy violation of a page in `window.__csp`. */
export function recordViolations() {
  (window as any).__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    (window as any).__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
  });
}

export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'en-GB', ...options });
  await context.addInitScript(recordPeerConnections);
  await context.addInitScript(recordViolations);
  return context;
}

export async function newPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  return (await newContext(browser, options)).newPage();
}

export const test = base.extend<{ closeContexts: void }, { server: Server }>({
  // Contexts a test opened with `newContext` are closed when it ends, so their calls do not
  // keep encoding video in the background of the next test.
  closeContexts: [
    async ({ browser }, use) => {
      await use();
      await Promise.all(browser.contexts().map((c) => c.close()));
    },
    { auto: true },
  ],
  server: [
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
