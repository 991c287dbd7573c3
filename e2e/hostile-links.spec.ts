/**
 * A sample of random and hostile share links, opened in a new browser: the
 * page always shows a heading and a way on, never a blank page, an uncaught
 * error or a console error (the guard fails the test on those).
 */
import fc from 'fast-check';
import { answersTextArb } from '../tests/support/hostile-answers.ts';
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

test.describe('a hostile share link never breaks the page', () => {
  links.forEach((text, i) => {
    test(`link ${i + 1}: ${printable(text)}`, async ({ freshPage }) => {
      const page = await freshPage();
      // Encoded as a browser sends what a person pasted, and cut to what a web server accepts
      // (still twice the longest answers the app reads).
      await page.goto(`/?${encodeURI(text).replace(/#/g, '%23').slice(0, 8000)}`);
      await expect(mainHeading(page)).toBeVisible();
      await expect(page.getByRole('button').or(page.getByRole('link')).first()).toBeVisible();
    });
  });
});
