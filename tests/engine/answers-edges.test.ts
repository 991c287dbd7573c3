/**
 * The edges of reading answers and explaining a refusal: lengths at the
 * limit, where a `?` may stand, a pair that starts with "=", and messages
 * that list what was given.
 */
import { describe, expect, it } from 'vitest';
import { answerProblem, shorten } from '../../src/engine/answers.ts';
import { MAX_ANSWERS_TEXT, parseAnswers } from '../../src/engine/answers-text.ts';
import { defaultRegion } from '../../src/engine/region.ts';
import { model } from '../support/model.ts';

const messages = (text: string) => {
  const parsed = parseAnswers(model, text);
  return parsed.ok ? [] : parsed.errors.map((e) => e.message);
};

const question = (id: string) => {
  const found = model.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};

describe('reading answers text at its edges', () => {
  it('refuses for its length only text longer than the limit', () => {
    const atLimit = messages('x'.repeat(MAX_ANSWERS_TEXT));
    expect(atLimit).toHaveLength(1);
    expect(atLimit[0]).toMatch(/^there is no question "x+…"/);
    expect(messages('x'.repeat(MAX_ANSWERS_TEXT + 1))[0]).toMatch(/characters long, more than the 4000/);
  });

  it('allows a "?" only at the very start', () => {
    expect(parseAnswers(model, '?emergency-signs=none').ok).toBe(true);
    expect(messages('emergency-signs=none?')).toEqual([
      expect.stringMatching(/^question "emergency-signs" has no option "none\?"/),
    ]);
  });

  it('reads a pair that starts with "=" as a question with no name', () => {
    expect(messages('=none')).toEqual([expect.stringMatching(/^there is no question ""; questions are /)]);
  });
});

describe('explaining a refused answer', () => {
  it('lists every other option given with an exclusive one, separated by commas', () => {
    const signs = question('warning-signs');
    const exclusive = signs.options.find((o) => o.exclusive);
    const others = signs.options.filter((o) => !o.exclusive).slice(0, 2);
    if (!exclusive || others.length < 2) throw new Error('warning-signs needs an exclusive option and two others');
    const [first, second] = others.map((o) => o.id);
    expect(answerProblem(signs, [exclusive.id, first ?? '', second ?? ''])).toBe(
      `option "${exclusive.id}" of question "warning-signs" means none of the others apply, so it cannot be given with ${first}, ${second}`,
    );
  });

  it('shortens only text longer than 40 characters', () => {
    expect(shorten('x'.repeat(40))).toBe('x'.repeat(40));
    expect(shorten('x'.repeat(41))).toBe(`${'x'.repeat(40)}…`);
  });
});

it('needs at least one region to choose from', () => {
  expect(() => defaultRegion([], ['en-GB'])).toThrow('the model has no regions');
});
