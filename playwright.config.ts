/**
 * Browser journeys against the production build, in Debian's Chromium (never
 * a downloaded browser), served on 127.0.0.1 by `vite preview`.
 * `npm test` builds first; `npm run e2e` alone tests whatever is in dist/.
 */
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/support/chromium.ts';

// Not Vite's usual 4173, so a preview someone left running is never tested by mistake.
const PORT = Number(process.env.E2E_PORT ?? 4311);
const resultsDir = process.env.TEST_RESULTS_DIR;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Two workers keep a two-core CI machine busy while one waits on the browser.
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: resultsDir ? [['list'], ['json', { outputFile: join(resultsDir, 'playwright.json') }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    // The region, and so the emergency number on screen, comes from the browser's language.
    locale: 'en-GB',
    // Requests go to the server, where the specs can see and stop them; e2e/offline.spec.ts allows the service worker.
    serviceWorkers: 'block',
    launchOptions: { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
