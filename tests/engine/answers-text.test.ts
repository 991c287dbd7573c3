import { describe, expect, it } from 'vitest';
import {
  describeAnswersErrors,
  exampleAnswer,
  MAX_ANSWERS_TEXT,
  parseAnswers,
  writeAnswers,
} from '../../src/engine/answers-text.ts';
import { model } from '../support/model.ts';

/** The single error message for `text`, or a failure if it parses. */
function problem(text: string): string {
  const parsed = parseAnswers(model, text);
  if (parsed.ok) throw new Error(`"${text}" parsed`);
  return describeAnswersErrors(parsed.errors);
}

describe('the answers text format', () => {
  it('parses single and multi-select answers, with or without a leading "?"', () => {
    const parsed = parseAnswers(model, '?emergency-signs=none&warning-signs=night-pain,fever&location=thighs');
    expect(parsed).toEqual({
      ok: true,
      answers: { 'emergency-signs': ['none'], 'warning-signs': ['fever', 'night-pain'], location: ['thighs'] },
    });
  });

  it('reads empty text as no answers, and skips empty pairs', () => {
    expect(parseAnswers(model, '')).toEqual({ ok: true, answers: {} });
    expect(parseAnswers(model, 'emergency-signs=none&&')).toEqual({
      ok: true,
      answers: { 'emergency-signs': ['none'] },
    });
  });

  it('decodes percent-escapes', () => {
    expect(parseAnswers(model, 'warning-signs=fever%2Cnight-pain')).toEqual({
      ok: true,
      answers: { 'warning-signs': ['fever', 'night-pain'] },
    });
  });

  it('writes answers in the order asked, options in their listed order', () => {
    const text = writeAnswers(model, {
      location: ['thighs'],
      'warning-signs': ['night-pain', 'fever'],
      'emergency-signs': ['none'],
    });
    expect(text).toBe('emergency-signs=none&warning-signs=fever,night-pain&location=thighs');
  });

  it('round-trips every answer of every question', () => {
    for (const question of model.questions) {
      for (const option of question.options) {
        const text = `${question.id}=${option.id}`;
        const parsed = parseAnswers(model, text);
        expect(parsed.ok && writeAnswers(model, parsed.answers)).toBe(text);
      }
    }
  });

  it.each([
    [
      'feeling=sharpp',
      'question "feeling" has no option "sharpp"; options are dull-ache, tight-stiff, sharp, tingling',
    ],
    [
      'feelings=sharp',
      'there is no question "feelings"; questions are emergency-signs, warning-signs, age, location, leg-symptoms, onset, feeling, duration, trend, prior-injury, impact',
    ],
    [
      'location=thighs,buttocks-hips',
      'question "location" takes one answer, not 2 (thighs, buttocks-hips); options are lower-back-middle, lower-back-side, buttocks-hips, thighs, down-the-leg',
    ],
    [
      'emergency-signs=none,faint',
      'option "none" of question "emergency-signs" means none of the others apply, so it cannot be given with faint',
    ],
    ['warning-signs=fever,fever', 'option "fever" of question "warning-signs" is given twice'],
    ['onset=after-training&onset=during-lift', 'question "onset" is answered twice; give it once'],
    [
      'warning-signs=fever&warning-signs=none',
      'question "warning-signs" is answered twice; give it once, with its options joined by commas',
    ],
    ['impact=', 'question "impact" has no answer; options are mild, limits, stops'],
    ['impact', '"impact" has no "="; write question=option, for example impact=mild'],
    ['impact=%E0%A4%A', '"impact=%E0%A4%A" has a broken %-escape; answers use plain ids like emergency-signs=none'],
    [
      `feeling=${'x'.repeat(60)}`,
      `question "feeling" has no option "${'x'.repeat(40)}…"; options are dull-ache, tight-stiff, sharp, tingling`,
    ],
    [
      'feeling=sharp%0Aevil',
      'question "feeling" has no option "sharp\ufffdevil"; options are dull-ache, tight-stiff, sharp, tingling',
    ],
  ])('rejects "%s"', (text, message) => {
    expect(problem(text)).toBe(message);
  });

  it('names every problem at once, in the order written', () => {
    expect(problem('feeling=sharpp&emergency-signs=none,fever')).toBe(
      'question "feeling" has no option "sharpp"; options are dull-ache, tight-stiff, sharp, tingling; ' +
        'question "emergency-signs" has no option "fever"; options are saddle-numbness, bladder-bowel, sex-changes, both-legs, serious-accident, chest-pain, breathless, tummy-pain, dark-urine, hard-muscles, faint, none',
    );
  });

  it('refuses text far longer than any real answers, without reading it', () => {
    expect(problem('a'.repeat(MAX_ANSWERS_TEXT + 1))).toBe(
      `the answers are ${MAX_ANSWERS_TEXT + 1} characters long, more than the ${MAX_ANSWERS_TEXT} any real answers need`,
    );
  });

  it('does not mistake object properties for questions', () => {
    expect(problem('constructor=x')).toMatch(/^there is no question "constructor"/);
    expect(problem('__proto__=x')).toMatch(/^there is no question "__proto__"/);
  });

  it('shows the format with an answer built from the rules: the first question, "none of these" or its first option', () => {
    expect(exampleAnswer(model)).toBe('emergency-signs=none');
    expect(parseAnswers(model, exampleAnswer(model)).ok).toBe(true);
    const singleFirst = { ...model, questions: model.questions.slice(2) };
    expect(exampleAnswer(singleFirst)).toBe('age=under-16');
    expect(exampleAnswer({ ...model, questions: [] })).toBe('question=option');
  });
});
