// @vitest-environment jsdom
/**
 * A person's journey to every rule's result, clicking labels from the start
 * page: the shortest path to each rule comes from the machine's graph, so a
 * new rule gets a journey without a new test.
 */

import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { model } from '../../src/ui/triage/triage-context.ts';
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
import { journeysToEachRule } from './journeys.ts';

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
    const why = screen.getByRole('region', { name: 'Why we suggest this' });
    expect(within(why).getByText(rule?.reason ?? '')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: content.articles[journey.guidance]?.title ?? '' }),
    ).toBeInTheDocument();

    const asked = Object.keys(yourAnswers());
    expect(asked).toEqual(journey.steps.map((s) => questionText(s.question)));
    const last = journey.steps.at(-1);
    if (last)
      expect(yourAnswers()[questionText(last.question)]).toBe(optionLabel(last.question, last.options[0] ?? ''));

    const doNow = screen.getByRole('region', { name: 'What to do now' });
    for (const line of content.whatToDoNow[journey.disposition]?.do ?? ['(no list)']) {
      expect(within(doNow).getByText(line)).toBeInTheDocument();
    }
    // Right under the care card: after the page heading, before anything else.
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.compareDocumentPosition(doNow) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(doNow.compareDocumentPosition(why) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const emergency = model.dispositions.find((d) => d.id === journey.disposition)?.careCard === 'emergency';
    const safetyNet = screen.queryByRole('region', { name: /get help sooner/i });
    if (emergency) expect(safetyNet).toBeNull();
    else expect(safetyNet).toBeInTheDocument();
  });
});
