/**
 * What a person does and sees, in the words on the screen: labels, button
 * names and headings from the compiled model, never ids or test hooks.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { TriageEvent } from '../../src/machine/triage-machine.ts';
import type { Question, Rule } from '../../src/rules/model.ts';
import { content, model } from './shown-model.ts';

/** The question with this id. */
export function questionById(id: string): Question {
  const question = model.questions.find((q) => q.id === id);
  if (!question) throw new Error(`no question ${id}`);
  return question;
}

/** The rule with this id. */
export function ruleById(id: string): Rule {
  const rule = model.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

/** The label a person reads for an option. */
export function optionLabel(question: Question, option: string): string {
  const found = question.options.find((o) => o.id === option);
  if (!found) throw new Error(`no option ${option} of ${question.id}`);
  return found.label;
}

/** The input for an option, found by its label as a screen reader names it. */
export function choice(page: Page, question: Question, option: string): Locator {
  const role = question.type === 'multi' ? 'checkbox' : 'radio';
  return page.getByRole(role, { name: optionLabel(question, option), exact: true });
}

/** The page's main heading. */
export function mainHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

/** A control by its visible name, whether the page made it a link or a button. */
export function control(page: Page, name: string | RegExp): Locator {
  return page.getByRole('button', { name }).or(page.getByRole('link', { name }));
}

export const continueButton = (page: Page) => page.getByRole('button', { name: 'Continue', exact: true });
export const backControl = (page: Page) => control(page, /^Back$/);
export const startAgainControl = (page: Page) => control(page, /^Start again/);

/** Opens the start page and presses "Start now". */
export async function startCheck(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start now' }).click();
}

/** Checks the question on screen is `question`, ticks `options` by their labels and continues. */
export async function answer(page: Page, question: Question, options: readonly string[]): Promise<void> {
  await expect(mainHeading(page)).toHaveText(question.text);
  for (const option of options) await choice(page, question, option).check();
  await continueButton(page).click();
}

/** Does what the events say, as a person would: "Start now", then each answer by its labels. */
export async function follow(page: Page, events: readonly TriageEvent[]): Promise<void> {
  for (const event of events) {
    if (event.type === 'triage.start') await startCheck(page);
    else if (event.type === 'answer.submit') await answer(page, questionById(event.question), event.options);
    else throw new Error(`a journey cannot do ${event.type}`);
  }
}

/** The result's root element, which names the disposition, rule and guidance shown. */
export function result(page: Page): Locator {
  return page.locator('[data-disposition]');
}

/** Checks the page shows `rule`'s result: its disposition by attribute and by its title. */
export async function expectResult(page: Page, rule: Rule): Promise<void> {
  const disposition = model.dispositions.find((d) => d.id === rule.disposition);
  await expect(result(page)).toHaveAttribute('data-disposition', rule.disposition);
  await expect(result(page)).toHaveAttribute('data-rule', rule.id);
  await expect(mainHeading(page)).toContainText(disposition?.title ?? '(no title)');
}

/** Checks the result shows `rule`'s primary guidance article, by attribute and by its title. */
export async function expectGuidance(page: Page, rule: Rule): Promise<void> {
  const article = content.articles[rule.guidance];
  await expect(result(page)).toHaveAttribute('data-guidance', rule.guidance);
  await expect(page.getByRole('heading', { name: article?.title ?? '(no title)', exact: true })).toBeVisible();
}

/** Few journeys that between them pass through every question. */
export function touringJourneys<J extends { readonly events: readonly TriageEvent[] }>(journeys: readonly J[]): J[] {
  const seen = new Set<string>();
  const questionsOf = (j: J) => j.events.flatMap((e) => (e.type === 'answer.submit' ? [e.question] : []));
  return [...journeys]
    .sort((a, b) => questionsOf(b).length - questionsOf(a).length)
    .filter((j) => {
      const fresh = questionsOf(j).filter((q) => !seen.has(q));
      for (const q of fresh) seen.add(q);
      return fresh.length > 0;
    });
}

/** Follows `journeys`, calling `look` once on each question's page the first time it shows; returns the questions seen. */
export async function visitEveryQuestion(
  page: Page,
  journeys: readonly { readonly events: readonly TriageEvent[] }[],
  look: (question: Question) => Promise<void>,
): Promise<Set<string>> {
  const seen = new Set<string>();
  for (const journey of touringJourneys(journeys)) {
    for (const event of journey.events) {
      if (event.type === 'triage.start') await startCheck(page);
      if (event.type !== 'answer.submit') continue;
      const question = questionById(event.question);
      if (!seen.has(question.id)) {
        seen.add(question.id);
        await expect(mainHeading(page)).toHaveText(question.text);
        await look(question);
      }
      await answer(page, question, event.options);
    }
  }
  return seen;
}
