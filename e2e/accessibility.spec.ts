/**
 * axe (WCAG 2.0, 2.1 and 2.2 A and AA, and best practice) on every distinct
 * state of every page, in light and dark: the start page, each question
 * empty and with its error, each disposition's result, every guidance page,
 * the region page and the FAQ. Focus
 * moves to the new heading after each step, and to the error summary after
 * a failed submit.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { shortestPathsToRules } from '../tests/support/machine-paths.ts';
import { expect, test } from './support/fixtures.ts';
import {
  answer,
  continueButton,
  follow,
  mainHeading,
  questionById,
  ruleById,
  startCheck,
  visitEveryQuestion,
} from './support/person.ts';
import { content, model } from './support/shown-model.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const journeys = shortestPathsToRules(model);

/** Fails with each violation's rule, impact and the elements it found. */
async function expectNoViolations(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe on ${state}`).toEqual([]);
}

/** For each question, the answers that reach it by the shortest journey. */
const reaching = new Map<string, (typeof journeys)[number]['events']>();
for (const journey of journeys) {
  journey.events.forEach((event, i) => {
    if (event.type !== 'answer.submit') return;
    const before = journey.events.slice(0, i);
    const known = reaching.get(event.question);
    if (!known || before.length < known.length) reaching.set(event.question, before);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the start page', async ({ page }) => {
      await page.goto('/');
      await expect(mainHeading(page)).toBeVisible();
      await expectNoViolations(page, 'the start page');
    });

    test('every question, before an answer', async ({ page }) => {
      // Eleven pages, each scanned by axe: minutes on a busy two-core machine.
      test.setTimeout(180_000);
      const seen = await visitEveryQuestion(page, journeys, (question) => expectNoViolations(page, question.id));
      expect(seen.size).toBe(model.questions.length);
    });

    for (const question of model.questions) {
      test(`question ${question.id} with its error`, async ({ page }) => {
        await follow(page, reaching.get(question.id) ?? []);
        await expect(mainHeading(page)).toHaveText(question.text);
        await continueButton(page).click();
        await expect(page.getByText('There is a problem')).toBeVisible();
        await expectNoViolations(page, `${question.id}, with its error`);
      });
    }

    for (const disposition of model.dispositions) {
      const journey = journeys.find((j) => ruleById(j.rule).disposition === disposition.id);
      test(`the ${disposition.id} result`, async ({ page }) => {
        if (!journey) throw new Error(`no journey reaches ${disposition.id}`);
        await follow(page, journey.events);
        await expect(page.locator('[data-disposition]')).toHaveAttribute('data-disposition', disposition.id);
        await expectNoViolations(page, `the ${disposition.id} result`);
      });
    }

    for (const id of Object.keys(content.articles)) {
      test(`the guidance page ${id}`, async ({ page }) => {
        await page.goto(`/guidance/${id}`);
        await expect(mainHeading(page)).toHaveText(content.articles[id]?.title ?? '(none)');
        await expectNoViolations(page, `the guidance page ${id}`);
      });
    }

    test('the region page', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('link', { name: 'Change where you are' }).click();
      await expect(mainHeading(page)).toHaveText('Where are you?');
      await expectNoViolations(page, 'the region page');
    });

    test('a result with its answers and reasons open', async ({ page }) => {
      await page.goto('/?emergency-signs=faint');
      await expect(page.locator('[data-disposition]')).toBeVisible();
      for (const summary of await page.locator('summary').all()) await summary.click();
      await expectNoViolations(page, 'an emergency result, opened');
    });

    test('the FAQ', async ({ page }) => {
      await page.goto('/');
      await expect(mainHeading(page)).toBeVisible();
      await page.getByRole('link', { name: 'Questions about back pain after squats' }).first().click();
      await expect(mainHeading(page)).toHaveText('Questions about back pain after squats');
      await expectNoViolations(page, 'the FAQ');
    });
  });
}

test('focus moves to the heading after every step, and back', async ({ page }) => {
  const journey = journeys.reduce((a, b) => (b.events.length > a.events.length ? b : a));
  await startCheck(page);
  await expect(mainHeading(page)).toBeFocused();
  for (const event of journey.events) {
    if (event.type !== 'answer.submit') continue;
    await answer(page, questionById(event.question), event.options);
    await expect(mainHeading(page)).toBeFocused();
  }
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(mainHeading(page)).toBeFocused();
});

test('a failed submit puts focus on the error summary, which links to the first option', async ({ page }) => {
  const [first] = model.questions;
  await startCheck(page);
  await continueButton(page).click();
  await expect(page.locator(':focus')).toContainText('There is a problem');
  await expect(page).toHaveTitle(/^Error: /);
  await page.locator(':focus').getByRole('link').first().click();
  const firstOption = first?.options[0];
  await expect(
    page.getByRole(first?.type === 'multi' ? 'checkbox' : 'radio', { name: firstOption?.label ?? '', exact: true }),
  ).toBeFocused();
});
