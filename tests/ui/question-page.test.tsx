// @vitest-environment jsdom
/** The question pages: answers kept on back, the exclusive option, errors, focus, progress and the body map. */
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { model } from '../../src/ui/triage/triage-context.ts';
import {
  answer,
  answerAll,
  choice,
  openApp,
  optionLabel,
  pageHeading,
  questionGroup,
  questionText,
  resetBrowser,
  resultFor,
  UI_TIMEOUT,
} from './harness.tsx';

const FIRST = model.questions[0]?.id ?? '';

async function startNow() {
  const app = openApp('/');
  await app.user.click(screen.getByRole('button', { name: /start now/i }));
  return app;
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(user: UserEvent, target: HTMLElement) {
  for (let i = 0; i < 40 && document.activeElement !== target; i++) await user.tab();
  expect(target).toHaveFocus();
}

describe('question pages', { timeout: UI_TIMEOUT }, () => {
  beforeEach(resetBrowser);

  it('take a person to a result and back to a question with the keyboard alone', async () => {
    const { user } = openApp('/');
    await tabTo(user, screen.getByRole('button', { name: /start now/i }));
    await user.keyboard('{Enter}');
    await tabTo(user, choice(FIRST, 'none'));
    await user.keyboard(' ');
    await tabTo(user, screen.getByRole('button', { name: 'Continue' }));
    await user.keyboard('{Enter}');
    expect(pageHeading()).toHaveTextContent(questionText('warning-signs'));
    await tabTo(user, choice('warning-signs', 'fever'));
    await user.keyboard(' ');
    await tabTo(user, screen.getByRole('button', { name: 'Continue' }));
    await user.keyboard('{Enter}');
    expect(await resultFor('urgent')).toHaveAttribute('data-rule', 'warning-sign');
    // The result page loads lazily; its heading takes focus once it has rendered.
    await waitFor(() => expect(pageHeading()).toHaveFocus());
    // "Your answers" opens with the keyboard too.
    await tabTo(user, screen.getByText('Check or change your answers').closest('summary') as HTMLElement);
    await user.keyboard('{Enter}');
    await tabTo(user, screen.getByRole('link', { name: /^Change do any of these other symptoms/ }));
    await user.keyboard('{Enter}');
    expect(pageHeading()).toHaveTextContent(questionText('warning-signs'));
    expect(choice('warning-signs', 'fever')).toBeChecked();
  });

  it('renders the question as the legend and h1, with name and value from the rules', async () => {
    await startNow();
    const group = questionGroup(FIRST);
    expect(within(group).getByRole('heading', { level: 1, name: questionText(FIRST) })).toBeInTheDocument();
    for (const option of model.questions[0]?.options ?? []) {
      const input = choice(FIRST, option.id);
      expect(input).toHaveAttribute('name', FIRST);
      expect(input).toHaveAttribute('value', option.id);
    }
    expect(window.location.pathname).toBe(`/questions/${FIRST}`);
    expect(document.title).toMatch(new RegExp(`^${questionText(FIRST).replace('?', '\\?')}`));
  });

  it('moves focus to the new page heading after each step', async () => {
    const { user } = await startNow();
    expect(pageHeading()).toHaveFocus();
    await answer(user, 'emergency-signs', 'none');
    expect(pageHeading()).toHaveTextContent(questionText('warning-signs'));
    expect(pageHeading()).toHaveFocus();
  });

  it('goes back with the Back link, the earlier answer still chosen', async () => {
    const { user } = await startNow();
    await answerAll(user, 'emergency-signs=none&warning-signs=none&age=20-to-49&location=thighs');
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(pageHeading()).toHaveTextContent(questionText('location'));
    expect(choice('location', 'thighs')).toBeChecked();
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(choice('age', '20-to-49')).toBeChecked();
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(choice('warning-signs', 'none')).toBeChecked();
    expect(choice('warning-signs', 'fever')).not.toBeChecked();
  });

  it("follows the browser's back and forward buttons", async () => {
    const { user } = await startNow();
    await answerAll(user, 'emergency-signs=none&warning-signs=none');
    expect(window.location.pathname).toBe('/questions/age');
    window.history.back();
    expect(await screen.findByRole('heading', { level: 1, name: questionText('warning-signs') })).toHaveFocus();
    expect(choice('warning-signs', 'none')).toBeChecked();
    window.history.forward();
    expect(await screen.findByRole('heading', { level: 1, name: questionText('age') })).toBeInTheDocument();
  });

  it('clears the other options when "none" is chosen, and "none" when another is', async () => {
    const { user } = await startNow();
    await user.click(screen.getByText(optionLabel(FIRST, 'chest-pain')));
    await user.click(screen.getByText(optionLabel(FIRST, 'faint')));
    await user.click(screen.getByText(optionLabel(FIRST, 'none')));
    expect(choice(FIRST, 'none')).toBeChecked();
    expect(choice(FIRST, 'chest-pain')).not.toBeChecked();
    expect(choice(FIRST, 'faint')).not.toBeChecked();
    await user.click(screen.getByText(optionLabel(FIRST, 'bladder-bowel')));
    expect(choice(FIRST, 'bladder-bowel')).toBeChecked();
    expect(choice(FIRST, 'none')).not.toBeChecked();
    expect(screen.getByText('or')).toBeInTheDocument();
  });

  it('shows an error summary that takes focus and links to the first option, and the same message by the field', async () => {
    const { user } = await startNow();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    const message = model.questions[0]?.error ?? '';
    const link = within(summary).getByRole('link', { name: message });
    expect(document.title).toMatch(/^Error: /);
    const group = questionGroup(FIRST);
    expect(group).toHaveAccessibleDescription(expect.stringContaining(`Error: ${message}`));
    await user.click(link);
    expect(choice(FIRST, model.questions[0]?.options[0]?.id ?? '')).toHaveFocus();
    expect(pageHeading()).toHaveTextContent(questionText(FIRST));

    await user.click(screen.getByText(optionLabel(FIRST, 'none')));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: questionText('warning-signs') })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.title).not.toMatch(/^Error: /);
  });

  it('counts questions with no total, as paths run from 1 to 11 questions', async () => {
    const { user } = await startNow();
    expect(screen.getByText('Question 1')).toBeInTheDocument();
    await answerAll(
      user,
      'emergency-signs=none&warning-signs=none&age=20-to-49&location=thighs&leg-symptoms=no&onset=after-training&feeling=dull-ache&duration=under-3-days',
    );
    expect(screen.getByText('Question 9')).toBeInTheDocument();
    expect(screen.queryByText(/of up to/)).toBeNull();
  });

  it('lets the body map choose a place, and lights it with the chosen radio', async () => {
    const { user } = await startNow();
    await answerAll(user, 'emergency-signs=none&warning-signs=none&age=20-to-49');
    const map = model.bodyMap;
    if (!map) throw new Error('the rules have no body map');
    const region = (option: string) =>
      screen.getByText(optionLabel(map.question, option), { selector: 'title' }).parentElement;
    const drawing = region('thighs')?.closest('svg');
    expect(drawing).toHaveAttribute('aria-hidden', 'true');
    await user.click(region('thighs') as Element);
    expect(choice(map.question, 'thighs')).toBeChecked();
    await user.click(screen.getByText(optionLabel(map.question, 'lower-back-side'), { selector: 'label' }));
    await waitFor(() => expect(region('lower-back-side')).toHaveClass('body-map__region--chosen'));
    expect(region('thighs')).not.toHaveClass('body-map__region--chosen');
    // The stripe for pain that spreads down the leg is a region like the others.
    await user.click(region('down-the-leg')?.querySelector('path') as Element);
    expect(choice(map.question, 'down-the-leg')).toBeChecked();
    expect(region('down-the-leg')).toHaveClass('body-map__region--chosen');
  });

  it("names each place on the drawing in the rules' words, and a name chooses its place", async () => {
    const { user } = await startNow();
    await answerAll(user, 'emergency-signs=none&warning-signs=none&age=20-to-49');
    const map = model.bodyMap;
    if (!map) throw new Error('the rules have no body map');
    const drawing = document.querySelector('svg.body-map');
    const labels = [...(drawing?.querySelectorAll('.body-map__label') ?? [])];
    const lines = (group: Element) => [...group.querySelectorAll('tspan')].map((t) => t.textContent);
    expect(labels.map(lines)).toEqual(map.regions.map((r) => r.label.lines));
    expect([...(drawing?.querySelectorAll('.body-map__caption') ?? [])].map(lines)).toEqual(
      map.captions.map((c) => c.lines),
    );
    const thighs = map.regions.findIndex((r) => r.option === 'thighs');
    const label = labels[thighs];
    if (!label) throw new Error('no label for the thighs');
    expect(label.querySelectorAll('line')).toHaveLength(map.regions[thighs]?.label.leaders.length ?? -1);
    await user.click(label.querySelector('text') as Element);
    expect(choice(map.question, 'thighs')).toBeChecked();
    expect(label).toHaveClass('body-map__label--chosen');
  });

  it('puts the drawing before the answers, so a phone shows it above them', async () => {
    const { user } = await startNow();
    await answerAll(user, 'emergency-signs=none&warning-signs=none&age=20-to-49');
    const map = model.bodyMap;
    if (!map) throw new Error('the rules have no body map');
    const drawing = document.querySelector('svg.body-map');
    const first = choice(map.question, model.questions.find((q) => q.id === map.question)?.options[0]?.id ?? '');
    expect(drawing?.compareDocumentPosition(first)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    // Hidden from screen readers, and nothing in it takes focus: the radios are the control.
    expect(drawing).toHaveAttribute('aria-hidden', 'true');
    expect(drawing?.querySelectorAll('[tabindex], a, button, input')).toHaveLength(0);
  });
});
