/**
 * The body map on the question about where it hurts: above the answers and
 * compact on a phone, beside them on a wide screen; clicking a place or its
 * name chooses that answer, and the place lights up.
 */
import type { Page } from '@playwright/test';
import type { TriageEvent } from '../src/machine/triage-machine.ts';
import { shortestPathsToRules } from '../tests/support/machine-paths.ts';
import { expect, test } from './support/fixtures.ts';
import { choice, follow, mainHeading, optionLabel, questionById } from './support/person.ts';
import { model } from './support/shown-model.ts';

const map = model.bodyMap;
if (!map) throw new Error('the rules have no body map');
const question = questionById(map.question);

// The answers on the shortest way to the drawing's question.
const asks = (e: TriageEvent) => e.type === 'answer.submit' && e.question === question.id;
const reaching = shortestPathsToRules(model)
  .filter((j) => j.events.some(asks))
  .map((j) => j.events.slice(0, j.events.findIndex(asks)))
  .sort((a, b) => a.length - b.length)[0];

async function openQuestion(page: Page) {
  await follow(page, reaching ?? []);
  await expect(mainHeading(page)).toHaveText(question.text);
}

const drawing = (page: Page) => page.locator('svg.body-map');
const firstAnswer = (page: Page) => choice(page, question, question.options[0]?.id ?? '');
const region = (page: Page, option: string) =>
  page.locator('.body-map__region', { has: page.locator('title', { hasText: optionLabel(question, option) }) });

for (const screen of [
  { name: 'a 320px phone', viewport: { width: 320, height: 640 } },
  { name: '200% zoom', viewport: { width: 640, height: 400 } },
]) {
  test(`on ${screen.name} the drawing sits above the answers, small enough to keep the first answer close`, async ({
    page,
  }) => {
    await page.setViewportSize(screen.viewport);
    await openQuestion(page);
    const box = await drawing(page).boundingBox();
    const answer = await firstAnswer(page).boundingBox();
    if (!box || !answer) throw new Error('the drawing or the first answer is not on the page');
    expect(box.height).toBeGreaterThanOrEqual(140);
    expect(box.height).toBeLessThanOrEqual(190);
    expect(box.y + box.height).toBeLessThanOrEqual(answer.y);
    expect(answer.y - (box.y + box.height)).toBeLessThan(40);
  });
}

test('on a wide screen the drawing sits beside the answers', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openQuestion(page);
  const box = await drawing(page).boundingBox();
  const answers = await page.locator('.radios').boundingBox();
  if (!box || !answers) throw new Error('the drawing or the answers are not on the page');
  expect(box.x).toBeGreaterThanOrEqual(answers.x + answers.width);
  expect(box.y).toBeLessThan(answers.y + answers.height / 2);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`in the ${colorScheme} theme a click on a place or its name chooses it, and lights it up`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openQuestion(page);
    for (const { option } of map.regions) {
      // The last shape: the first of a pair may lie under the stripe drawn on one leg.
      await region(page, option).locator('path').last().click();
      await expect(choice(page, question, option)).toBeChecked();
      await expect(region(page, option)).toHaveClass(/body-map__region--chosen/);
    }
    const first = map.regions[0];
    if (!first) throw new Error('the body map has no regions');
    await page.locator('.body-map__label tspan').first().click();
    await expect(choice(page, question, first.option)).toBeChecked();
    // The chosen place differs from the rest in the width of its edge, not in colour alone.
    const edge = (option: string) =>
      region(page, option)
        .locator('path')
        .first()
        .evaluate((path) => Number.parseFloat(getComputedStyle(path).strokeWidth));
    const other = map.regions[1]?.option ?? '';
    expect(await edge(first.option)).toBeGreaterThan(2 * (await edge(other)));
  });
}
