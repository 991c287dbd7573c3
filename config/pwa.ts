/**
 * Offline and installable: vite-plugin-pwa writes, at build, a service worker
 * (Workbox) that precaches every file the app is made of (code, styles, the
 * drawings, the guidance, which rides in the code), the web app manifest,
 * and the icons, drawn at build from one source drawing (public/favicon.svg).
 *
 * The service worker waits when a new version is deployed: the app offers to
 * use it (src/ui/offline/), and never swaps the rules under a person mid-way.
 * It caches only the app's own files, never a request with answers in it:
 * there is no runtime caching at all, and a navigation is answered with the
 * app's shell from the precache.
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';

/** The design's colours (src/ui/styles/base.css): the header's blue and the page's background. */
export const THEME_COLOUR = '#005eb8';
export const BACKGROUND_COLOUR = '#f0f4f5';

/** Every kind of file the build writes that the app needs with no network (the plugin adds the manifest itself). */
export const PRECACHED = '**/*.{js,css,html,svg,png,ico}';

export const PWA_OPTIONS: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  // Registered by the app itself (src/ui/offline/service-worker.ts), which asks before updating.
  injectRegister: false,
  registerType: 'prompt',
  manifest: {
    id: '/',
    name: 'Squat Back Check',
    short_name: 'Back Check',
    description: 'Check whether lower back pain after squats is normal soreness, and what to do about it.',
    lang: 'en-GB',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: THEME_COLOUR,
    background_color: BACKGROUND_COLOUR,
  },
  pwaAssets: {
    image: 'public/favicon.svg',
    overrideManifestIcons: true,
    // The icons of the 2023 minimal set, on the header's blue where the platform fills a square.
    preset: {
      transparent: { sizes: [64, 192, 512], favicons: [[48, 'favicon.ico']] },
      maskable: { sizes: [512], padding: 0.3, resizeOptions: { background: THEME_COLOUR } },
      apple: { sizes: [180], padding: 0.3, resizeOptions: { background: THEME_COLOUR } },
    },
  },
  workbox: {
    globPatterns: [PRECACHED],
    // The start page, the FAQ and the guidance pages are written at build and precached as they are; any other
    // address a person can reload (a question, the result, the region page, a share link) gets the page with
    // nothing written in it (src/build/prerender-plugin.ts), so a share link never flashes the start page.
    navigateFallback: '/shell.html',
    cleanupOutdatedCaches: true,
    // The first visit's page comes under the new service worker at once, so it works offline from then on.
    clientsClaim: true,
    skipWaiting: false,
    // One file: a worker whose set-up fails (such as two entries for one address) then fails to register,
    // where a runtime loaded from a second file would fail quietly and leave a worker that does nothing.
    inlineWorkboxRuntime: true,
  },
};
