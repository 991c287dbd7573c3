/**
 * A sample of random and hostile share links, opened in a new browser: the
 * page always shows a heading and, in the page itself (not the header or
 * footer), the way on that the link's answers call for; never a blank page,
 * an uncaught error or a console error (the guard fails the test on those).
 */
import type { Locator, Page } from '@playwright/test';
import fc from 'fast-check';
import { parseAnswers } from '../src/engine/answers-text.ts';
import { decide } from '../src/engine/decide.ts';
import { answersTextArb } from '../tests/support/hostile-answers.ts';
import { nextQuestion } from '../tests/support/next-question.ts';
import { expect, test } from './support/fixtures.ts';
import { mainHeading } from './support/person.ts';
import { model } from './support/shown-model.ts';

// A fixed seed keeps the sample the same on every run, so a failure can be replayed.
const links = fc.sample(answersTextArb(model), { seed: 20261125, numRuns: 16 });

/** The start of a link, in plain ASCII for the test's name. */
const printable = (text: string) =>
  JSON.stringify(text.slice(0, 30)).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/**
 * The way on inside `main` for a share link's query, as the app reads it: "Start again" for a link it
 * cannot use or one that reaches a result, the question's "Continue" for answers that leave it open, "Start now"
 * for a link with no answers at all.
 */
function wayOn(page: Page, search: string): { name: string; locator: Locator } {
  const main = page.getByRole('main');
  const parsed = parseAnswers(model, search);
  const button = (name: string) => ({ name, locator: main.getByRole('button', { name, exact: true }) });
  if (!parsed.ok) return button('Start again');
  if (decide(model, parsed.answers)) {
    return {
      name: 'Start again',
      locator: main.getByRole('button', { name: /^Start again/ }).or(main.getByRole('link', { name: /^Start again/ })),
    };
  }
  const question = nextQuestion(model, parsed.answers);
  if (!question) throw new Error(`the rules decide nothing for ${search}`);
  return Object.keys(parsed.answers).length === 0 ? button('Start now') : button('Continue');
}

test.describe('a hostile share link never breaks the page', () => {
  links.forEach((text, i) => {
    test(`link ${i + 1}: ${printable(text)}`, async ({ freshPage }) => {
      const page = await freshPage();
      // Encoded as a browser sends what a person pasted, and cut to what a web server accepts
      // (still twice the longest answers the app reads).
      const search = `?${encodeURI(text).replace(/#/g, '%23').slice(0, 8000)}`;
      await page.goto(`/${search}`);
      await expect(mainHeading(page)).toBeVisible();
      // The link as sent, not the address bar: the app drops the answers from the address once it has read them.
      const { name, locator } = wayOn(page, search);
      await expect(locator, `"${name}" in the page`).toBeVisible();
    });
  });
});
