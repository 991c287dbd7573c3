/**
 * The share link parser under random and hostile text: it never throws, and
 * gives either valid answers or plain, short, one-line errors.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerProblem } from '../../src/engine/answers.ts';
import { MAX_ANSWERS_TEXT, parseAnswers, writeAnswers } from '../../src/engine/answers-text.ts';
import { answersTextArb, validAnswersArb } from '../support/hostile-answers.ts';
import { model } from '../support/model.ts';
import { runs } from '../support/mutation.ts';

const RUNS = { numRuns: runs(2000) };

describe('parseAnswers, given any text', () => {
  it('never throws, and returns answers or errors', () => {
    fc.assert(
      fc.property(fc.oneof(answersTextArb(model), fc.string({ unit: 'binary' })), (text) => {
        const parsed = parseAnswers(model, text);
        expect(typeof parsed.ok).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('accepts only answers that name real questions with a valid choice of their options', () => {
    fc.assert(
      fc.property(answersTextArb(model), (text) => {
        const parsed = parseAnswers(model, text);
        if (!parsed.ok) return;
        for (const [id, options] of Object.entries(parsed.answers)) {
          const question = model.questions.find((q) => q.id === id);
          expect(question, id).toBeDefined();
          if (question) expect(answerProblem(question, options)).toBeNull();
        }
      }),
      RUNS,
    );
  });

  it('explains every refusal in a short line a person can read', () => {
    fc.assert(
      fc.property(answersTextArb(model), (text) => {
        const parsed = parseAnswers(model, text);
        if (parsed.ok) return;
        expect(parsed.errors.length).toBeGreaterThan(0);
        for (const { message } of parsed.errors) {
          expect(message.length).toBeGreaterThan(10);
          // Long enough to list a question's options, short enough never to echo a huge link back.
          expect(message.length).toBeLessThan(600);
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is that none get through
          expect(message).not.toMatch(/[\u0000-\u001f\u007f]/);
        }
      }),
      RUNS,
    );
  });

  it('refuses text longer than any real answers', () => {
    fc.assert(
      fc.property(fc.string({ minLength: MAX_ANSWERS_TEXT + 1, maxLength: MAX_ANSWERS_TEXT * 3 }), (text) => {
        expect(parseAnswers(model, text).ok).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it('reads back exactly what writeAnswers wrote, in any order of the pairs', () => {
    fc.assert(
      fc.property(validAnswersArb(model), fc.integer(), (answers, seed) => {
        const pairs = writeAnswers(model, answers).split('&');
        const shuffled = [...pairs].sort((a, b) => ((a.length * seed) % 7) - ((b.length * seed) % 7)).join('&');
        const parsed = parseAnswers(model, shuffled);
        expect(parsed).toEqual({ ok: true, answers });
      }),
      RUNS,
    );
  });
});
