/**
 * A 320px-wide phone and a desktop at 200% zoom (a 640px-wide viewport at
 * twice the pixel density): every page fits, nothing is cut off or overlaps.
 */
import { shortestPathsToRules } from '../tests/support/machine-paths.ts';
import { expect, test } from './support/fixtures.ts';
import { layoutProblems } from './support/layout.ts';
import { follow, mainHeading, result, visitEveryQuestion } from './support/person.ts';
import { content, model } from './support/shown-model.ts';

const journeys = shortestPathsToRules(model);
const screens = [
  { name: 'a 320px phone', viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 },
  { name: '200% zoom', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
];
// The longest result page.
const richest = [...journeys].sort((a, b) => {
  const words = (j: (typeof journeys)[number]) =>
    JSON.stringify(content.articles[model.rules.find((r) => r.id === j.rule)?.guidance ?? ''] ?? '').length;
  return words(b) - words(a);
})[0];

for (const screen of screens) {
  test.describe(screen.name, () => {
    test.use({ viewport: screen.viewport, deviceScaleFactor: screen.deviceScaleFactor });

    test('the start page fits', async ({ page }) => {
      await page.goto('/');
      await expect(mainHeading(page)).toBeVisible();
      expect(await layoutProblems(page)).toEqual([]);
    });

    test('the first thing the Tab key reaches is on screen', async ({ page }) => {
      await page.goto('/');
      // The page must be drawn before a key press can reach anything on it.
      await expect(mainHeading(page)).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(page.locator(':focus')).toBeVisible();
      const box = await page.locator(':focus').boundingBox();
      expect(box?.x).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(screen.viewport.width);
      expect(box?.y).toBeGreaterThanOrEqual(0);
    });

    test('every question page fits', async ({ page }) => {
      const seen = await visitEveryQuestion(page, journeys, async (question) => {
        expect(await layoutProblems(page), question.id).toEqual([]);
      });
      expect(seen.size).toBe(model.questions.length);
    });

    test('every guidance page fits, pictures at the column width', async ({ page }) => {
      for (const id of Object.keys(content.articles)) {
        await page.goto(`/guidance/${id}`);
        await expect(mainHeading(page)).toBeVisible();
        expect(await layoutProblems(page), id).toEqual([]);
        for (const picture of await page.locator('main img').all()) {
          const [img, column] = await Promise.all([
            picture.evaluate((el) => el.getBoundingClientRect().width),
            page.locator('main').evaluate((el) => el.clientWidth),
          ]);
          expect(img, `${id}: a picture as wide as the column`).toBeGreaterThanOrEqual(Math.min(column, 640) - 1);
        }
      }
    });

    test('the longest result fits', async ({ page }) => {
      if (!richest) throw new Error('no journeys');
      await follow(page, richest.events);
      await expect(result(page)).toBeVisible();
      expect(await layoutProblems(page)).toEqual([]);
    });
  });
}
