// @vitest-environment jsdom
/**
 * A person's journey to every rule's result, clicking labels from the start
 * page: the shortest path to each rule comes from the machine's graph, so a
 * new rule gets a journey without a new test.
 */

import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { model } from '../../src/ui/triage/triage-context.ts';
import { journeysToEachRule } from '../support/machine-paths.ts';
import {
  answer,
  content,
  openApp,
  optionLabel,
  questionText,
  resetBrowser,
  resultFor,
  model as shown,
  UI_TIMEOUT,
  yourAnswers,
} from './harness.tsx';

const journeys = journeysToEachRule(model);

describe('a journey to each result', { timeout: UI_TIMEOUT }, () => {
  beforeEach(resetBrowser);

  it('covers every rule', () => {
    expect(journeys.map((j) => j.rule)).toEqual(model.rules.map((r) => r.id));
  });

  it.each(journeys.map((j) => [j.rule, j] as const))('reaches %s', async (_rule, journey) => {
    const { user } = openApp('/');
    await user.click(screen.getByRole('button', { name: /start now/i }));
    for (const step of journey.steps) await answer(user, step.question, ...step.options);

    const result = await resultFor(journey.disposition);
    expect(result).toHaveAttribute('data-rule', journey.rule);
    expect(result).toHaveAttribute('data-guidance', journey.guidance);
    expect(window.location.pathname).toBe('/result');

    const rule = shown.rules.find((r) => r.id === journey.rule);
    const emergency = model.dispositions.find((d) => d.id === journey.disposition)?.careCard === 'emergency';
    // Why: a section on most results; behind a tap on an emergency result, which must stay short.
    const why = (screen.getByText('Why we suggest this').closest('section, details') ?? document.body) as HTMLElement;
    expect(why.tagName).toBe(emergency ? 'DETAILS' : 'SECTION');
    expect(within(why).getByText(rule?.reason ?? '')).toBeInTheDocument();
    const guide = content.articles[journey.guidance];
    expect(screen.getByRole('heading', { level: 2, name: guide?.title ?? '' })).toBeInTheDocument();
    expect(screen.getByText(guide?.summary ?? '(none)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Read the full guide: ${guide?.title}` })).toHaveAttribute(
      'href',
      `/guidance/${journey.guidance}?from=%2Fresult`,
    );
    // The guidance in short, never in full.
    expect(screen.queryByRole('heading', { name: 'Where this advice comes from' })).toBeNull();

    const asked = Object.keys(yourAnswers());
    expect(asked).toEqual(journey.steps.map((s) => questionText(s.question)));
    const last = journey.steps.at(-1);
    if (last)
      expect(yourAnswers()[questionText(last.question)]).toBe(optionLabel(last.question, last.options[0] ?? ''));

    const doNow = screen.getByRole('region', { name: 'What to do now' });
    for (const line of content.whatToDoNow[journey.disposition]?.do ?? ['(no list)']) {
      expect(within(doNow).getByText(line)).toBeInTheDocument();
    }
    // In the order of an NHS 111 online result: care card, what to do now, guidance, safety net, why, answers.
    const inOrder = [
      screen.getByRole('heading', { level: 1 }),
      doNow,
      screen.getByRole('heading', { level: 2, name: guide?.title ?? '' }),
      ...(emergency ? [] : [screen.getByRole('region', { name: /get help sooner/i })]),
      why,
      screen.getByRole('heading', { name: 'Your answers' }),
      screen.getByRole('button', { name: 'Start again with different symptoms' }),
    ];
    for (let i = 1; i < inOrder.length; i++) {
      expect(inOrder[i - 1]?.compareDocumentPosition(inOrder[i] as Node), `${i}`).toBe(
        Node.DOCUMENT_POSITION_FOLLOWING,
      );
    }

    // Safety-netting once, and never on an emergency result.
    expect(screen.queryAllByRole('region', { name: /get help sooner/i })).toHaveLength(emergency ? 0 : 1);
    expect(visibleWords()).toBeLessThanOrEqual(emergency ? 250 : 600);
  });

  it('keeps an emergency result short even with every emergency sign ticked', async () => {
    const signs = model.questions[0]?.options.filter((o) => !o.exclusive).map((o) => o.id) ?? [];
    openApp(`/?${model.questions[0]?.id}=${signs.join(',')}`);
    await resultFor('emergency');
    expect(signs.length).toBeGreaterThan(10);
    expect(visibleWords()).toBeLessThanOrEqual(250);
  });
});

/** Words a person sees in `main`: not what a closed <details> holds, nor text hidden for screen readers only. */
function visibleWords(): number {
  const main = document.querySelector('main')?.cloneNode(true) as HTMLElement;
  for (const hidden of main.querySelectorAll('details:not([open]) > :not(summary), .visually-hidden')) hidden.remove();
  return (main.textContent ?? '').split(/\s+/).filter((word) => /[a-z0-9]/i.test(word)).length;
}
