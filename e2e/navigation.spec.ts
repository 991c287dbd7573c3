/**
 * Moving about as people do: the Back link, the browser's back and forward
 * buttons, reloading mid-way, changing an answer from the result, and
 * starting again.
 */
import { withAnswer } from '../src/engine/answers.ts';
import { walk } from '../src/engine/decide.ts';
import { replay, shortestPathsToRules } from '../tests/support/machine-paths.ts';
import { nextQuestion } from '../tests/support/next-question.ts';
import { expect, test } from './support/fixtures.ts';
import {
  answer,
  backControl,
  choice,
  control,
  expectResult,
  follow,
  mainHeading,
  questionById,
  result,
  ruleById,
  startAgainControl,
  startCheck,
} from './support/person.ts';
import { model } from './support/shown-model.ts';

const [first, second, third] = model.questions;
// The "none of these" answer that lets a person past each of the first two questions.
const none = (q: typeof first) => q?.options.find((o) => o.exclusive)?.id ?? '';
const journeys = shortestPathsToRules(model);
/** The longest of the shortest journeys: the one that passes through the most pages. */
const longest = journeys.reduce((a, b) => (b.events.length > a.events.length ? b : a));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.beforeAll(() => {
  if (!first || !second || !third) throw new Error('these journeys need three questions');
});

test('Back returns to the previous question with its answer still chosen', async ({ page }) => {
  if (!first || !second || !third) return;
  await startCheck(page);
  await answer(page, first, [none(first)]);
  await answer(page, second, [none(second)]);
  await expect(mainHeading(page)).toHaveText(third.text);
  await backControl(page).click();
  await expect(mainHeading(page)).toHaveText(second.text);
  await expect(choice(page, second, none(second))).toBeChecked();
  await backControl(page).click();
  await expect(mainHeading(page)).toHaveText(first.text);
  await expect(choice(page, first, none(first))).toBeChecked();
});

test("the browser's back and forward buttons move between questions and the result", async ({ page }) => {
  if (!first || !second || !third) return;
  await follow(page, longest.events);
  await expectResult(page, ruleById(longest.rule));
  await page.goBack();
  await expect(result(page)).toHaveCount(0);
  await page.goForward();
  await expectResult(page, ruleById(longest.rule));
  for (let i = 0; i < longest.events.length - 1; i++) await page.goBack();
  await expect(mainHeading(page)).toHaveText(first.text);
  await expect(choice(page, first, none(first))).toBeChecked();
  await page.goForward();
  await expect(mainHeading(page)).toHaveText(second.text);
  await expect(choice(page, second, none(second))).toBeChecked();
});

test('reloading mid-way keeps the answers and the place', async ({ page }) => {
  const events = longest.events;
  const half = Math.ceil(events.length / 2);
  await follow(page, events.slice(0, half));
  const heading = await mainHeading(page).textContent();
  await page.reload();
  await expect(mainHeading(page)).toHaveText(heading ?? '');
  await follow(page, events.slice(half));
  await expectResult(page, ruleById(longest.rule));
});

test('reloading the result shows the same result', async ({ page }) => {
  await follow(page, longest.events);
  await page.reload();
  await expectResult(page, ruleById(longest.rule));
});

test('changing an answer from the result asks it again, then the question the change brings', async ({ page }) => {
  // The shortest journey whose result is decided by its last answer, and an answer there that decides nothing yet.
  const short = journeys.reduce((a, b) => (b.events.length < a.events.length ? b : a));
  const last = short.events.at(-1);
  if (last?.type !== 'answer.submit') throw new Error('a journey ends with an answer');
  const question = questionById(last.question);
  const answersBefore = replay(model, short.events.slice(0, -1)).context.answers;
  const other = question.options.find((o) => nextQuestion(model, withAnswer(answersBefore, question.id, [o.id])));
  if (!other) throw new Error(`every answer to ${question.id} decides a result`);
  const brought = nextQuestion(model, withAnswer(answersBefore, question.id, [other.id]));

  await follow(page, short.events);
  await expectResult(page, ruleById(short.rule));
  // "Your answers" waits behind a tap, as on NHS 111 online.
  await page.getByText('Check or change your answers').click();
  await control(page, new RegExp(`^Change\\b.*${escapeRegExp(question.text.replace(/\?$/, ''))}`, 'i')).click();
  await expect(mainHeading(page)).toHaveText(question.text);
  for (const option of last.options) await expect(choice(page, question, option)).toBeChecked();
  await answer(page, question, [other.id]);
  await expect(result(page)).toHaveCount(0);
  await expect(mainHeading(page)).toHaveText(brought?.text ?? '');
});

/**
 * A journey, and a change to one of its answers after which the journey's last question is no longer asked and
 * the result is decided at once.
 */
function changeDroppingLastQuestion() {
  for (const journey of journeys) {
    const answers = replay(model, journey.events).context.answers;
    const { asked } = walk(model, answers);
    const last = asked.at(-1);
    for (const id of asked.slice(0, -1).reverse()) {
      const question = questionById(id);
      for (const option of question.options) {
        if (answers[id]?.includes(option.id)) continue;
        const after = walk(model, withAnswer(answers, id, [option.id]));
        if (last && after.step.kind === 'decided' && !after.asked.includes(last)) {
          return { journey, question, option: option.id, dropped: questionById(last) };
        }
      }
    }
  }
  throw new Error('no change to any journey takes its last question off the path');
}

test("the browser's back button does not return to a question a change took off the path", async ({ page }) => {
  const { journey, question, option, dropped } = changeDroppingLastQuestion();
  await follow(page, journey.events);
  await expectResult(page, ruleById(journey.rule));
  await page.getByText('Check or change your answers').click();
  await control(page, new RegExp(`^Change\\b.*${escapeRegExp(question.text.replace(/\?$/, ''))}`, 'i')).click();
  await answer(page, question, [option]);
  await expect(result(page)).toHaveCount(1);
  // History now ends: ..., the dropped question, the first result, the changed question, the new result.
  await page.goBack();
  await expect(mainHeading(page)).toHaveText(question.text);
  await page.goBack();
  await expect(result(page)).toHaveCount(1);
  const resultHeading = await mainHeading(page).textContent();
  await expect(page).toHaveURL(/\/result$/);
  // Back again lands on the dropped question's address: the person stays on the result, and so does the address.
  await page.goBack();
  await expect(page).toHaveURL(/\/result$/);
  await expect(mainHeading(page)).toHaveText(resultHeading ?? '');
  await expect(mainHeading(page)).not.toHaveText(dropped.text);
  await expect(result(page)).toHaveCount(1);
});

test('starting again clears every answer', async ({ page }) => {
  if (!first) return;
  await follow(page, longest.events);
  await expectResult(page, ruleById(longest.rule));
  await startAgainControl(page).click();
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(mainHeading(page)).toHaveText(first.text);
  for (const option of first.options) await expect(choice(page, first, option.id)).not.toBeChecked();
  expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);
});
