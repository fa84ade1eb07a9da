import { defineConfig } from '@playwright/test';

/** Chromium from Debian, headless, fake camera and microphone, loopback WebRTC. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-fake-ui-for-media-stream',
  // Two fake cameras, so switching between front and back can be tested.
  '--use-fake-device-for-media-stream=device-count=2',
  '--allow-loopback-in-peer-connection',
  '--autoplay-policy=no-user-gesture-required',
];

export default defineConfig({
  testDir: './tests',
  // Two cores: one test at a time; each test drives two or three browser contexts.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: /.*\.(nojs|net)\.spec\.ts/ },
    // Browsers and the server in network namespaces of their own (support/net.ts); root only.
    { name: 'network', testMatch: /.*\.net\.spec\.ts/, timeout: 180_000 },
    { name: 'no-js', testMatch: /.*\.nojs\.spec\.ts/, use: { javaScriptEnabled: false } },
  ],
});
