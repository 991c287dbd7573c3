/**
 * Share links opened in a new browser: complete answers show the result,
 * partial ones resume at the next question, and invalid or tampered ones
 * explain what is wrong and offer to start again, never a blank page.
 */
import { writeAnswers } from '../src/engine/answers-text.ts';
import { replay, shortestPathsToRules } from '../tests/support/machine-paths.ts';
import { nextQuestion } from '../tests/support/next-question.ts';
import { expect, test } from './support/fixtures.ts';
import {
  answer,
  choice,
  expectResult,
  follow,
  mainHeading,
  questionById,
  result,
  ruleById,
  startAgainControl,
} from './support/person.ts';
import { model } from './support/shown-model.ts';

const journeys = shortestPathsToRules(model);
const answersOf = (journey: (typeof journeys)[number]) => replay(model, journey.events).context.answers;
const [first, second] = model.questions;
const none = (q: typeof first) => q?.options.find((o) => o.exclusive)?.id ?? '';

test.describe('a complete share link shows its result', () => {
  for (const journey of journeys) {
    test(journey.rule, async ({ freshPage }) => {
      const page = await freshPage();
      await page.goto(`/?${writeAnswers(model, answersOf(journey))}`);
      await expectResult(page, ruleById(journey.rule));
    });
  }
});

test('the share link on a result reproduces it in a new browser', async ({ page, freshPage }) => {
  const journey = journeys.at(-1);
  if (!journey) throw new Error('no journeys');
  await follow(page, journey.events);
  await expectResult(page, ruleById(journey.rule));
  const link = page
    .getByRole('textbox', { name: /link/i })
    .or(page.getByRole('link', { name: /link/i }))
    .first();
  const url = (await link.inputValue().catch(() => null)) ?? (await link.getAttribute('href')) ?? '';
  expect(new URL(url).origin).toBe(new URL(page.url()).origin);
  const other = await freshPage();
  await other.goto(url);
  await expectResult(other, ruleById(journey.rule));
});

test('a partial share link resumes at the next question', async ({ freshPage }) => {
  const answers = { [first?.id ?? '']: [none(first)] };
  const page = await freshPage();
  await page.goto(`/?${writeAnswers(model, answers)}`);
  await expect(mainHeading(page)).toHaveText(nextQuestion(model, answers)?.text ?? '');
  await expect(result(page)).toHaveCount(0);
});

test.describe('a share link from version 1, before age and leg symptoms were asked', () => {
  const V1 =
    'emergency-signs=none&warning-signs=none&location=lower-back-middle&onset=after-training&feeling=dull-ache&duration=under-3-days&prior-injury=no&impact=mild';

  test('resumes at the age question and keeps every other answer on the way to the result', async ({ freshPage }) => {
    const page = await freshPage();
    await page.goto(`/?${V1}`);
    await answer(page, questionById('age'), ['20-to-49']);
    await expect(choice(page, questionById('location'), 'lower-back-middle')).toBeChecked();
    await answer(page, questionById('location'), []);
    await answer(page, questionById('leg-symptoms'), ['yes']);
    // Pins and needles in a leg, which version 1 never asked about, now sends the back pain to a professional.
    await expectResult(page, ruleById('nerve-symptoms'));
  });

  test('an emergency link from version 1 still shows the emergency result at once', async ({ freshPage }) => {
    const page = await freshPage();
    await page.goto('/?emergency-signs=dark-urine');
    await expectResult(page, ruleById('emergency-sign'));
    await expect(page.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  });
});

/** Links a person might be sent: cut short, edited by hand, or made up. */
const broken: Record<string, string> = {
  'an unknown question': 'posture=slouched',
  'an unknown option': `${first?.id}=${'banana'}`,
  'the "none" option with another': `${first?.id}=${first?.options.map((o) => o.id).join(',')}`,
  'a question answered twice': `${first?.id}=${none(first)}&${first?.id}=${none(first)}`,
  'a broken %-escape': `${first?.id}=%E0%A4%A`,
  'script in the link': `${first?.id}=%3Cscript%3Ealert(1)%3C%2Fscript%3E`,
  'a huge link': `${first?.id}=${'x'.repeat(5000)}`,
};

test.describe('an invalid or tampered share link explains and offers to start again', () => {
  for (const [what, query] of Object.entries(broken)) {
    test(what, async ({ freshPage }) => {
      const page = await freshPage();
      await page.goto(`/?${query}`);
      await expect(mainHeading(page)).toBeVisible();
      await expect(result(page)).toHaveCount(0);
      await startAgainControl(page).click();
      await page.getByRole('button', { name: 'Start now' }).click();
      await expect(mainHeading(page)).toHaveText(first?.text ?? '');
    });
  }
});

test('answers given out of order in a link still count once the path reaches them', async ({ freshPage }) => {
  const journey = journeys.at(-1);
  if (!journey || !second) throw new Error('no journeys');
  const answers = answersOf(journey);
  const reversed = writeAnswers(model, answers).split('&').reverse().join('&');
  const page = await freshPage();
  await page.goto(`/?${reversed}`);
  await expectResult(page, ruleById(journey.rule));
});
