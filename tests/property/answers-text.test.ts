/**
 * The share link parser under random and hostile text: it accepts only text
 * it reads in full, and refuses the rest with plain, short, one-line errors
 * that name the question and option at fault.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerProblem } from '../../src/engine/answers.ts';
import { MAX_ANSWERS_TEXT, parseAnswers, writeAnswers } from '../../src/engine/answers-text.ts';
import type { Question, TriageModel } from '../../src/rules/model.ts';
import { answersTextArb, anyText, validAnswersArb } from '../support/hostile-answers.ts';
import { model } from '../support/model.ts';
import { runs } from '../support/mutation.ts';

const RUNS = { numRuns: runs(2000) };

type Fault = 'unknown option' | 'no answer' | 'two for one' | 'exclusive and others';

/** One `question=options` pair, and what is wrong with it, if anything. */
interface Pair {
  readonly question: string;
  readonly options: readonly string[];
  readonly fault: Fault | null;
  /** The option a faulty pair's error must name. */
  readonly culprit?: string;
}

/** A pair for `question`: a valid answer, or one with a single known fault. */
function pairArb(model: TriageModel, question: Question): fc.Arbitrary<Pair> {
  const ids = question.options.map((o) => o.id);
  const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.id);
  const others = question.options.filter((o) => !o.exclusive).map((o) => o.id);
  const pair = (options: readonly string[], fault: Fault | null, culprit?: string): Pair => ({
    question: question.id,
    options,
    fault,
    ...(culprit === undefined ? {} : { culprit }),
  });
  const strangers = [...new Set(model.questions.flatMap((q) => q.options.map((o) => o.id)))].filter(
    (id) => !ids.includes(id),
  );
  const choices: fc.Arbitrary<Pair>[] = [
    question.type === 'single'
      ? fc.constantFrom(...ids).map((id) => pair([id], null))
      : fc.subarray(others, { minLength: 1 }).map((chosen) => pair(chosen, null)),
    fc.constant(pair([''], 'no answer')),
    fc.constantFrom('not-an-option', ...strangers).map((unknown) => pair([unknown], 'unknown option', unknown)),
  ];
  if (question.type === 'single' && ids.length > 1) {
    choices.push(fc.subarray(ids, { minLength: 2, maxLength: 2 }).map((two) => pair(two, 'two for one')));
  }
  for (const none of question.type === 'multi' && others.length > 0 ? exclusive : []) {
    choices.push(fc.constant(pair([none], null)));
    choices.push(
      fc.subarray(others, { minLength: 1 }).map((chosen) => pair([none, ...chosen], 'exclusive and others', none)),
    );
  }
  return fc.oneof(...choices);
}

/** Pairs for some of the questions, each at most once, in any order. */
function pairsArb(model: TriageModel): fc.Arbitrary<Pair[]> {
  return fc
    .shuffledSubarray([...model.questions], { minLength: 1 })
    .chain((questions) => fc.tuple(...questions.map((q) => pairArb(model, q))));
}

/** A name that looks like a question id but is none of them. */
const strangerArb = fc.stringMatching(/^[a-z][a-z-]{0,11}$/).filter((id) => !model.questions.some((q) => q.id === id));

describe('parseAnswers, given any text', () => {
  it('accepts text only with an answer for every pair in it, and writes those answers back as the same', () => {
    fc.assert(
      fc.property(fc.oneof(answersTextArb(model), anyText()), (text) => {
        const parsed = parseAnswers(model, text);
        if (!parsed.ok) {
          expect(parsed.errors.length).toBeGreaterThan(0);
          return;
        }
        // Nothing in accepted text is dropped or made up: one answer for each pair, under the pair's own name.
        const pairs = text
          .replace(/^\?/, '')
          .split('&')
          .filter((pair) => pair !== '');
        const names = pairs.map((pair) => decodeURIComponent(pair.slice(0, pair.indexOf('='))));
        expect(Object.keys(parsed.answers).sort()).toEqual([...new Set(names)].sort());
        expect(names.length).toBe(Object.keys(parsed.answers).length);
        expect(parseAnswers(model, writeAnswers(model, parsed.answers))).toEqual(parsed);
      }),
      RUNS,
    );
  });

  it('refuses exactly the pairs at fault, naming the question and the option in each', () => {
    fc.assert(
      fc.property(pairsArb(model), fc.option(strangerArb), (pairs, stranger) => {
        const text = [
          ...pairs.map((p) => `${p.question}=${p.options.join(',')}`),
          ...(stranger ? [`${stranger}=x`] : []),
        ].join('&');
        const parsed = parseAnswers(model, text);
        const faulty = pairs.filter((p) => p.fault !== null);
        expect(parsed.ok, text).toBe(faulty.length === 0 && stranger === null);
        if (parsed.ok) {
          expect(Object.keys(parsed.answers).sort()).toEqual(pairs.map((p) => p.question).sort());
          return;
        }
        const named = parsed.errors.flatMap((e) => (e.question === undefined ? [] : [e.question]));
        expect(named.sort(), text).toEqual(faulty.map((p) => p.question).sort());
        for (const pair of faulty) {
          const message = parsed.errors.find((e) => e.question === pair.question)?.message;
          expect(message, text).toContain(`"${pair.question}"`);
          if (pair.fault === 'unknown option' || pair.fault === 'exclusive and others') {
            expect(message, text).toContain(`"${pair.culprit}"`);
          }
        }
        const unnamed = parsed.errors.filter((e) => e.question === undefined).map((e) => e.message);
        expect(unnamed, text).toEqual(stranger ? [expect.stringContaining(`"${stranger}"`)] : []);
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
