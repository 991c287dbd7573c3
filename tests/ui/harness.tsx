/** Opens the app at an address, and answers questions the way a person does: by label, then Continue. */

import rawContent from 'virtual:triage-content';
import { configure, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { defaultRegion, localiseContent, localiseModel, regionById } from '../../src/engine/region.ts';
import { questionsById } from '../../src/engine/truth.ts';
import { App } from '../../src/ui/app.tsx';
import { preloadNextPages } from '../../src/ui/lazy-pages.ts';
import { model as rawModel } from '../../src/ui/triage/triage-context.ts';

/** Journeys click through many pages in jsdom; under a full parallel run one can take several seconds. */
export const UI_TIMEOUT = 30_000;

// The result page loads lazily; on a busy machine the import can take longer than the default second.
configure({ asyncUtilTimeout: 5_000 });

export const SAVED_KEY = 'squat-back-check:progress';
/** Where the device remembers the region chosen. */
export const REGION_KEY = 'squat-back-check:region';

/** As if the person had chosen this region on an earlier visit. */
export function regionChosenBefore(regionId: string) {
  window.localStorage.setItem(REGION_KEY, regionId);
}

// The app loads the question and result pages while the start page is up; do the same before any test.
await preloadNextPages();

/** The model as the app shows it: in the words of the region the browser's language picks. */
export const model = localiseModel(rawModel, defaultRegion(rawModel.regions, navigator.languages));

/** The articles, lists and FAQ as the app shows them, in the same region's words. */
export const content = localiseContent(rawContent, defaultRegion(rawModel.regions, navigator.languages));

/** Puts the app at `address` (as the address bar would) and renders it. */
export function openApp(address = '/') {
  window.history.replaceState(null, '', address);
  const user = userEvent.setup();
  return { user, ...render(<App />) };
}

/** Forgets everything a previous test left: saved progress and the address. */
export function resetBrowser() {
  window.sessionStorage.clear();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
  document.title = '';
}

export function questionText(id: string): string {
  const question = questionsById(model).get(id);
  if (!question) throw new Error(`no question ${id}`);
  return question.text;
}

export function optionLabel(questionId: string, optionId: string): string {
  const option = questionsById(model)
    .get(questionId)
    ?.options.find((o) => o.id === optionId);
  if (!option) throw new Error(`no option ${questionId}=${optionId}`);
  return option.label;
}

/** The input for an option, found by its label as a person would. */
export function choice(questionId: string, optionId: string): HTMLInputElement {
  const type = questionsById(model).get(questionId)?.type === 'multi' ? 'checkbox' : 'radio';
  return screen.getByRole(type, { name: optionLabel(questionId, optionId) });
}

/** A question's fieldset, named by its legend (the progress caption, then the question). */
export function questionGroup(id: string): HTMLElement {
  return screen.getByRole('group', { name: new RegExp(`${escapeRegExp(questionText(id))}$`) });
}

/** The h1 on screen. */
export function pageHeading(): HTMLElement {
  return screen.getByRole('heading', { level: 1 });
}

/** Checks the question on screen, chooses the options and presses Continue. */
export async function answer(user: UserEvent, questionId: string, ...options: string[]) {
  expect(await screen.findByRole('heading', { level: 1, name: questionText(questionId) })).toBeInTheDocument();
  for (const option of options)
    await user.click(screen.getByText(optionLabel(questionId, option), { selector: 'label' }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

/** Answers from text (`question=option,option&...`), one page at a time. */
export async function answerAll(user: UserEvent, text: string) {
  for (const pair of text.split('&')) {
    const [question = '', options = ''] = pair.split('=');
    await answer(user, question, ...options.split(','));
  }
}

/** Waits for the result page with this disposition's title (in the region's words) as its h1; returns the element carrying its data. */
export async function resultFor(disposition: string, regionId?: string): Promise<HTMLElement> {
  const shown = regionId === undefined ? model : localiseModel(rawModel, regionById(rawModel.regions, regionId));
  const title = shown.dispositions.find((d) => d.id === disposition)?.title ?? `no disposition ${disposition}`;
  const heading = await screen.findByRole('heading', { level: 1, name: new RegExp(`${escapeRegExp(title)}$`) });
  const root = heading.closest<HTMLElement>('[data-disposition]');
  if (!root) throw new Error(`not a result page: ${heading.textContent}`);
  return root;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The "Your answers" list as question → answer text. */
export function yourAnswers(): Record<string, string> {
  const list = screen.getByRole('heading', { name: 'Your answers' }).nextElementSibling as HTMLElement;
  const terms = within(list).getAllByRole('term');
  return Object.fromEntries(terms.map((term) => [term.textContent ?? '', term.nextElementSibling?.textContent ?? '']));
}
