/**
 * The answers text format used everywhere (share links, the triage command,
 * saved progress): `question=option&question=option,option`, in the order asked.
 */
import type { Question, TriageModel } from '../rules/model.ts';
import { type Answers, answerProblem, shorten } from './answers.ts';
import { questionsById } from './truth.ts';

/** Something wrong with answers text, in words for the person who wrote or opened it. */
export interface AnswersError {
  readonly message: string;
  /** The question the problem is with, when it is about one. */
  readonly question?: string;
}

export type ParsedAnswers =
  | { readonly ok: true; readonly answers: Answers }
  | { readonly ok: false; readonly errors: readonly AnswersError[] };

/** Longer than any real set of answers: a guard against pasted junk, not a limit on people. */
export const MAX_ANSWERS_TEXT = 4000;

/** Parses and validates answers text; a leading `?` is allowed, empty pairs are skipped. */
export function parseAnswers(model: TriageModel, text: string): ParsedAnswers {
  if (text.length > MAX_ANSWERS_TEXT) {
    return {
      ok: false,
      errors: [
        {
          message: `the answers are ${text.length} characters long, more than the ${MAX_ANSWERS_TEXT} any real answers need`,
        },
      ],
    };
  }
  const questions = questionsById(model);
  const errors: AnswersError[] = [];
  const answers: Record<string, readonly string[]> = {};
  const pairs = text
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '');
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    const key = decode(equals < 0 ? pair : pair.slice(0, equals));
    const value = equals < 0 ? null : decode(pair.slice(equals + 1));
    if (key === null || (equals >= 0 && value === null)) {
      errors.push({
        message: `"${shorten(pair)}" has a broken %-escape; answers use plain ids like ${exampleAnswer(model)}`,
      });
      continue;
    }
    const question = questions.get(key);
    if (!question) {
      errors.push({
        message: `there is no question "${shorten(key)}"; questions are ${[...questions.keys()].join(', ')}`,
      });
      continue;
    }
    if (value === null) {
      errors.push({
        question: key,
        message: `"${shorten(pair)}" has no "="; write question=option, for example ${key}=${question.options[0]?.id}`,
      });
      continue;
    }
    if (Object.hasOwn(answers, key)) {
      errors.push({
        question: key,
        message: `question "${key}" is answered twice; give it once${question.type === 'multi' ? ', with its options joined by commas' : ''}`,
      });
      continue;
    }
    const options = checkOptions(question, value.split(','), errors);
    if (options) answers[key] = options;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers };
}

function checkOptions(question: Question, chosen: readonly string[], errors: AnswersError[]): string[] | null {
  const problem = answerProblem(question, chosen);
  if (problem) {
    errors.push({ question: question.id, message: problem });
    return null;
  }
  return question.options.map((o) => o.id).filter((id) => chosen.includes(id));
}

/** One answer as text, to show the format: the first question with its "none of these" option, or its first. */
export function exampleAnswer(model: TriageModel): string {
  const question = model.questions[0];
  const option = question?.options.find((o) => o.exclusive) ?? question?.options[0];
  return question && option ? `${question.id}=${option.id}` : 'question=option';
}

/** Writes answers as text, questions in the order asked and options in their listed order. */
export function writeAnswers(model: TriageModel, answers: Answers): string {
  return model.questions
    .filter((q) => Object.hasOwn(answers, q.id))
    .map((q) => {
      const chosen = answers[q.id] ?? [];
      return `${q.id}=${q.options
        .filter((o) => chosen.includes(o.id))
        .map((o) => o.id)
        .join(',')}`;
    })
    .join('&');
}

/** One line naming every problem: for stderr and for the page that explains a broken link. */
export function describeAnswersErrors(errors: readonly AnswersError[]): string {
  return errors.map((e) => e.message).join('; ');
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
