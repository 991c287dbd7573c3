/**
 * A person using only the keyboard: Tab to move, arrow keys within a radio
 * group, Space to tick, Enter to press a button.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { TriageEvent } from '../../src/machine/triage-machine.ts';
import type { Question } from '../../src/rules/model.ts';
import { choice, continueButton, questionById } from './person.ts';

const MOST_TABS = 60;

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Presses `key` until `target` has focus; fails if it never does. */
async function pressUntilFocused(page: Page, key: string, target: Locator, most = MOST_TABS): Promise<void> {
  for (let i = 0; i < most; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** Tabs to a button and presses Enter. */
export async function pressButton(page: Page, button: Locator): Promise<void> {
  await pressUntilFocused(page, 'Tab', button);
  await page.keyboard.press('Enter');
}

/** Chooses `options` of `question` with the keyboard, then presses Continue. */
export async function answerByKeyboard(page: Page, question: Question, options: readonly string[]): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: question.text })).toBeVisible();
  for (const option of options) {
    const input = choice(page, question, option);
    if (question.type === 'multi') {
      await pressUntilFocused(page, 'Tab', input);
      await page.keyboard.press('Space');
    } else {
      // Tab enters a radio group once; the arrow keys move within it, choosing as they go.
      await pressUntilFocused(page, 'Tab', page.getByRole('radio').first());
      await pressUntilFocused(page, 'ArrowDown', input, question.options.length);
      await page.keyboard.press('Space');
    }
    await expect(input).toBeChecked();
  }
  await pressButton(page, continueButton(page));
}

/** Follows a journey with the keyboard alone. */
export async function followByKeyboard(page: Page, events: readonly TriageEvent[]): Promise<void> {
  for (const event of events) {
    if (event.type === 'triage.start') {
      await page.goto('/');
      await pressButton(page, page.getByRole('button', { name: 'Start now' }));
    } else if (event.type === 'answer.submit') {
      await answerByKeyboard(page, questionById(event.question), event.options);
    } else {
      throw new Error(`a journey cannot do ${event.type}`);
    }
  }
}
