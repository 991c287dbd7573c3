/**
 * The start page, the FAQ and every guidance page are written at build: their
 * words are on screen before the script arrives, they read in full with
 * JavaScript off, and the app takes them over with no warning and nothing
 * moving. Every other address gets the page with nothing written in it, so a
 * share link never shows the start page first.
 */
import { type Page, test as plain } from '@playwright/test';
import { writeAnswers } from '../src/engine/answers-text.ts';
import { defaultRegion, localiseContent, localiseModel } from '../src/engine/region.ts';
import { model as rules, content as rulesContent } from '../tests/support/model.ts';
import { expect, test } from './support/fixtures.ts';
import { mainHeading, questionById, startCheck } from './support/person.ts';
import { content, model } from './support/shown-model.ts';

/** The words written at build: the fallback region's, which hold in any country. */
const neutral = defaultRegion(rules.regions, []);
const written = { model: localiseModel(rules, neutral), content: localiseContent(rulesContent, neutral) };

const FAQ_TITLE = 'Questions about back pain after squats';
const WRITTEN_PAGES = ['/', '/faq', ...Object.keys(content.articles).map((id) => `/guidance/${id}`)];

/** Layout shifts the person did not cause, summed from the page's first paint (the Layout Instability API). */
async function watchShifts(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { shifted: number };
    w.shifted = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) w.shifted += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { shifted: number }).shifted);
}

plain.describe('with JavaScript off', () => {
  plain.use({ javaScriptEnabled: false });

  plain('the start page reads in full, and says plainly that the questions need JavaScript', async ({ page }) => {
    await page.goto('/');
    await expect(mainHeading(page)).toHaveText(written.model.startPage.title);
    await expect(page.getByText(written.model.startPage.lead)).toBeVisible();
    await expect(page.getByText(written.model.startPage.emergency)).toBeVisible();
    for (const item of written.model.startPage.doNotUseIf.items) await expect(page.getByText(item)).toBeVisible();
    // Playwright's text search skips <noscript>: find the message by where it is, then read it.
    const notice = page.locator('main noscript p');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('The questions need JavaScript, which is turned off in this browser.');
    await expect(notice.getByRole('link', { name: 'all our advice' })).toHaveAttribute('href', '/faq');
  });

  plain('the FAQ and every guidance page read in full', async ({ page }) => {
    await page.goto('/faq');
    await expect(mainHeading(page)).toHaveText(FAQ_TITLE);
    for (const entry of written.content.faq) {
      await expect(page.getByRole('heading', { name: entry.question })).toBeVisible();
      await expect(page.getByText(entry.answer)).toBeVisible();
    }
    for (const article of Object.values(written.content.articles)) {
      await page.goto(`/guidance/${article.id}`);
      await expect(mainHeading(page)).toHaveText(article.title);
      await expect(page).toHaveTitle(`${article.title} – Squat Back Check`);
      for (const section of article.sections) {
        await expect(page.getByRole('heading', { name: section.heading, exact: true })).toBeVisible();
      }
    }
  });

  plain('a question says it needs JavaScript, and never shows the start page in its place', async ({ page }) => {
    await page.goto(`/questions/${rules.questions[0]?.id}`);
    await expect(page.getByText(/needs JavaScript to ask its questions/)).toBeVisible();
    await expect(page.getByText(written.model.startPage.lead)).toHaveCount(0);
  });
});

test('the written page is on screen before its script runs, and the app takes it over in the reader’s region', async ({
  page,
}) => {
  // Hold every script back until the written page has been seen.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  await expect(mainHeading(page)).toHaveText(model.startPage.title);
  await expect(page.getByText(written.model.startPage.emergency)).toBeVisible();
  // The region line keeps its place, unseen, until the page knows the region.
  await expect(page.getByText(/^Showing numbers for/)).toBeHidden();
  release();
  // en-GB (playwright.config.ts): the United Kingdom's words, once the app runs.
  await expect(page.getByText(/^Showing numbers for the United Kingdom/)).toBeVisible();
  await expect(page.getByText(model.startPage.emergency)).toBeVisible();
  await startCheck(page);
  await expect(mainHeading(page)).toHaveText(questionById(rules.questions[0]?.id ?? '').text);
});

for (const width of [320, 1024]) {
  test(`taking over each written page moves nothing that matters, ${width} px wide`, async ({ page }) => {
    await page.setViewportSize({ width, height: 720 });
    const shifted = await watchShifts(page);
    for (const path of WRITTEN_PAGES) {
      await page.goto(path);
      // Taken over: the region line shows.
      if (path !== '/faq')
        await expect(page.getByText(/^Showing numbers for the United Kingdom/).first()).toBeVisible();
      else await expect(mainHeading(page)).toHaveText(FAQ_TITLE);
      // Well inside "good" (0.1): only the region's words, such as its emergency number, can rewrap a line.
      expect(await shifted(), path).toBeLessThan(0.05);
    }
  });
}

test('a share link and any other address get the page with nothing written in it', async ({ page, request }) => {
  const root = async (path: string) =>
    /<div id="root"( data-page="([^"]*)")?>/.exec(await (await request.get(path)).text())?.[2];
  expect(await root('/')).toBe('start');
  expect(await root('/faq')).toBe('faq');
  for (const id of Object.keys(content.articles)) expect(await root(`/guidance/${id}`)).toBe(`guidance/${id}`);
  // The first question answered with its "none of these": the link leads on to the second.
  const first = rules.questions[0];
  const none = first?.options.find((o) => o.exclusive);
  if (!first || !none) throw new Error('the first question has no "none of these"');
  const share = `/?${writeAnswers(rules, { [first.id]: [none.id] })}`;
  const article = Object.keys(content.articles)[0];
  const fromResult = `/guidance/${article}?from=%2Fresult`;
  for (const path of [share, fromResult, `/questions/${rules.questions[1]?.id}`, '/result', '/region']) {
    expect(await root(path), path).toBeUndefined();
  }
  // Opened, a share link shows where its answers lead, and never the start page on the way.
  const shifted = await watchShifts(page);
  await page.goto(share);
  await expect(mainHeading(page)).toHaveText(questionById(rules.questions[1]?.id ?? '').text);
  expect(await shifted()).toBeLessThan(0.1);
});
