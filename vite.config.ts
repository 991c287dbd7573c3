/// <reference types="vitest/config" />
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { configDefaults } from 'vitest/config';
import { contentSecurityPolicy, SECURITY_HEADERS } from './config/content-security-policy.ts';
import { PWA_OPTIONS } from './config/pwa.ts';
import { prerenderPages } from './src/build/prerender-plugin.ts';
import { triageRules } from './src/build/vite-plugin.ts';

// RULES_DIR builds other rules: the browser tests build a next version of the rules to deploy over this one.
const rulesDir = process.env.RULES_DIR ?? fileURLToPath(new URL('./rules', import.meta.url));
const picturesDir = fileURLToPath(new URL('./public/pictures', import.meta.url));
// Set by .ci/run, which counts the results of every test run.
const resultsDir = process.env.TEST_RESULTS_DIR;

export default defineConfig({
  plugins: [
    react(),
    triageRules(rulesDir, picturesDir),
    contentSecurityPolicy(),
    // Writes the start page, the FAQ and the guidance pages to HTML before the service worker precaches them.
    prerenderPages(),
    VitePWA(PWA_OPTIONS),
  ],
  resolve: {
    // @xstate/react imports the shim that lets React 16 and 17 use useSyncExternalStore; React 19 has it built in,
    // and the same package's own entry points use it directly. One less module to download.
    alias: [
      { find: /^use-sync-external-store\/shim\/with-selector$/, replacement: 'use-sync-external-store/with-selector' },
      { find: /^use-sync-external-store\/shim$/, replacement: 'use-sync-external-store' },
    ],
  },
  build: {
    target: 'es2022',
    // Every browser that runs es2022 modules supports <link rel="modulepreload">: no polyfill to download.
    modulePreload: { polyfill: false },
  },
  preview: {
    headers: { ...SECURITY_HEADERS },
  },
  test: {
    environment: 'node',
    // Browser journeys (e2e/*.spec.ts) belong to Playwright, not Vitest.
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    ...(resultsDir
      ? { reporters: [...configDefaults.reporters, 'json'], outputFile: { json: join(resultsDir, 'vitest.json') } }
      : {}),
  },
});
