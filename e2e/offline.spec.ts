/**
 * After one visit, the whole check works with the server gone: every kind of
 * address reloads, journeys through every question reach their results, and
 * the guidance pages and the FAQ read in full. The server is stopped, not
 * only the page set offline (which would leave the service worker's own
 * fetches alone). The privacy guard watches the service worker's requests
 * too, and what it cached is only the app's own files.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { type BrowserContext, test as base, chromium, type Page } from '@playwright/test';
import { BACKGROUND_COLOUR, THEME_COLOUR } from '../config/pwa.ts';
import { writeAnswers } from '../src/engine/answers-text.ts';
import { shortestPathsToRules } from '../tests/support/machine-paths.ts';
import { CHROMIUM_ARGS, chromiumPath } from './support/chromium.ts';
import { expect } from './support/fixtures.ts';
import { Guard } from './support/guard.ts';
import { type OwnServer, startOwnServer } from './support/own-server.ts';
import {
  expectGuidance,
  expectResult,
  follow,
  mainHeading,
  result,
  ruleById,
  touringJourneys,
} from './support/person.ts';
import { content, model } from './support/shown-model.ts';

interface Unplugged {
  readonly server: OwnServer;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly guard: Guard;
}

const test = base.extend<{ unplugged: Unplugged }>({
  // Not `offline`: Playwright has an option of that name.
  unplugged: async ({ browser, contextOptions }, use) => {
    const server = await startOwnServer();
    const context = await browser.newContext({ ...contextOptions, baseURL: server.origin, serviceWorkers: 'allow' });
    const guard = await Guard.watch(context, server.origin);
    const page = await context.newPage();
    await use({ server, context, page, guard });
    await guard.check();
    await context.close();
    await server.stop();
  },
});

/** Opens the start page once, waits until the service worker controls it (its precache complete), then stops the server. */
async function visitOnceThenLoseTheServer({ server, page }: Unplugged) {
  await page.goto('/');
  await expect(mainHeading(page)).toHaveText(model.startPage.title);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await server.stop();
  // Nothing answers at the server's address now.
  await expect(fetch(server.origin)).rejects.toThrow();
}

const journeys = shortestPathsToRules(model);

test('journeys through every question reach their results, and reload there, with the server gone', async ({
  unplugged,
}) => {
  await visitOnceThenLoseTheServer(unplugged);
  const { page } = unplugged;
  for (const journey of touringJourneys(journeys)) {
    const rule = ruleById(journey.rule);
    await follow(page, journey.events);
    await expectResult(page, rule);
    await expectGuidance(page, rule);
    await page.reload();
    await expectResult(page, rule);
  }
});

test('every kind of address loads with the server gone: a question, the result, a share link, the region page, the FAQ and every guidance page', async ({
  unplugged,
}) => {
  await visitOnceThenLoseTheServer(unplugged);
  const { page } = unplugged;
  const emergency = journeys.find((j) => ruleById(j.rule).disposition === 'emergency');
  if (!emergency) throw new Error('no journey to an emergency result');
  const answers = Object.fromEntries(
    emergency.events.flatMap((e) => (e.type === 'answer.submit' ? [[e.question, e.options]] : [])),
  );
  // A share link, then the addresses the app moves to from it. The service worker answers the link with the
  // page with nothing written in it, so it never shows the start page before the result.
  const shared = await page.goto(`/?${writeAnswers(model, answers)}`);
  expect(shared?.fromServiceWorker()).toBe(true);
  expect(await shared?.text()).toContain('<div id="root"></div>');
  await expectResult(page, ruleById(emergency.rule));
  await page.goto('/result');
  await expectResult(page, ruleById(emergency.rule));
  const first = model.questions[0];
  await page.goto(`/questions/${first?.id}`);
  await expect(mainHeading(page)).toHaveText(first?.text ?? '');
  await page.goto('/region?from=%2F');
  await expect(mainHeading(page)).toHaveText('Where are you?');
  const faq = await page.goto('/faq');
  // The FAQ and the guidance pages come as written at build.
  expect(await faq?.text()).toContain('<div id="root" data-page="faq">');
  await expect(mainHeading(page)).toHaveText('Questions about back pain after squats');
  for (const entry of content.faq) await expect(page.getByRole('heading', { name: entry.question })).toBeVisible();
  for (const [id, article] of Object.entries(content.articles)) {
    await page.goto(`/guidance/${id}`);
    await expect(mainHeading(page)).toHaveText(article.title);
    const last = article.sections.at(-1);
    if (last) await expect(page.getByRole('heading', { name: last.heading })).toBeVisible();
  }
  await expect(result(page)).toHaveCount(0);
});

test('the service worker caches only the files the build wrote, never an answer', async ({ unplugged }) => {
  await visitOnceThenLoseTheServer(unplugged);
  const { page } = unplugged;
  const journey = touringJourneys(journeys)[0];
  if (!journey) throw new Error('no journey');
  await follow(page, journey.events);
  await expectResult(page, ruleById(journey.rule));
  const cached: string[] = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
  const dist = join(import.meta.dirname, '../dist');
  const built = new Set(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => `/${relative(dist, join(e.parentPath, e.name)).split('\\').join('/')}`),
  );
  expect(cached.length).toBeGreaterThan(10);
  for (const url of cached) {
    const { origin, pathname, search } = new URL(url);
    expect(origin, url).toBe(new URL(page.url()).origin);
    expect(built.has(pathname), `${pathname} is a file of the build`).toBe(true);
    // Workbox marks files without a hash in their name by revision; nothing else may ride in an address.
    expect(search, url).toMatch(/^(\?__WB_REVISION__=[0-9a-f]+)?$/);
  }
});

test('Chromium finds the app installable, from a manifest with its name, colours and icons', async () => {
  // Installing needs a profile of its own: Chromium never offers it in a private window, which a new context is.
  const profile = mkdtempSync(join(tmpdir(), 'profile-'));
  const server = await startOwnServer();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS],
    baseURL: server.origin,
    locale: 'en-GB',
    serviceWorkers: 'allow',
  });
  const guard = await Guard.watch(context, server.origin);
  try {
    const page = await context.newPage();
    await page.goto('/');
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { url, errors, data } = await cdp.send('Page.getAppManifest');
    expect(new URL(url).pathname).toBe('/manifest.webmanifest');
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data ?? '{}');
    expect(manifest).toMatchObject({
      name: 'Squat Back Check',
      start_url: '/',
      display: 'standalone',
      theme_color: THEME_COLOUR,
      background_color: BACKGROUND_COLOUR,
    });
    const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[];
    expect(icons.map((i) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`)).toEqual(
      expect.arrayContaining(['192x192', '512x512', '512x512 maskable']),
    );
    for (const icon of icons) {
      const response = await page.request.get(icon.src);
      expect(response.headers()['content-type'], icon.src).toBe('image/png');
    }
    await guard.check();
  } finally {
    await context.close();
    await server.stop();
    rmSync(profile, { recursive: true, force: true });
  }
});
