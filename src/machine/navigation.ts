/**
 * Where the wizard goes next, as pure functions of the answers: the machine's
 * guards and actions both call these, so they cannot disagree.
 */
import { type Answers, answerProblem, withAnswer } from '../engine/answers.ts';
import { type Walk, walk } from '../engine/decide.ts';
import { questionsById } from '../engine/truth.ts';
import type { TriageModel } from '../rules/model.ts';

/** The page on screen: the start page, a question, the result, or a gap in the rules. */
export type Page = 'start' | 'question' | 'result' | 'gap';

/** Where the wizard stands once it has answers: a question, the result, or a gap in the rules. */
export interface Place {
  readonly page: Exclude<Page, 'start'>;
  /** The question shown, when the page is a question. */
  readonly current: string | null;
  /** The answers on the path, and those after the next question that count once the path reaches them. */
  readonly answers: Answers;
}

/** Where a set of answers leads on its own: the next open question, or the end. */
export function placeFor(model: TriageModel, answers: Answers): Place {
  return placeAtEnd(walk(model, answers));
}

function placeAtEnd(path: Walk): Place {
  if (path.step.kind === 'ask') {
    return { page: 'question', current: path.step.question.id, answers: { ...path.answers, ...path.pending } };
  }
  return { page: path.step.kind === 'decided' ? 'result' : 'gap', current: null, answers: path.answers };
}

/**
 * After an answer: stepping through, the question after this one on the path
 * (already answered ones show their answer); changing from the result, the
 * next question still open, else the result.
 */
export function placeAfterAnswer(
  model: TriageModel,
  answers: Answers,
  question: string,
  options: readonly string[],
  changing: boolean,
): Place {
  const path = walk(model, withAnswer(answers, question, options));
  const end = placeAtEnd(path);
  if (changing) return end;
  // The pending answers come after the next question, so the end's answers ask what this path asked: no second walk.
  const following = path.asked[path.asked.indexOf(question) + 1];
  return following === undefined ? end : { page: 'question', current: following, answers: end.answers };
}

/** The question before `current` on the path, or null at the first. */
export function previousQuestion(model: TriageModel, answers: Answers, current: string | null): string | null {
  const asked = walk(model, answers).asked;
  const index = asked.findIndex((id) => id === current);
  const before = index < 0 ? asked.length : index;
  return asked[before - 1] ?? null;
}

/** Whether `question` was asked on the path, so it can be changed. */
export function isOnPath(model: TriageModel, answers: Answers, question: string): boolean {
  return walk(model, answers).asked.includes(question);
}

/** Whether `options` is a valid answer to `question`. */
export function isValidAnswer(model: TriageModel, question: string, options: readonly string[]): boolean {
  const q = questionsById(model).get(question);
  return q !== undefined && answerProblem(q, options) === null;
}

/** The first question on the path, shown when the person starts (with its answer, if they gave one). */
export function firstQuestion(model: TriageModel, answers: Answers): string | null {
  return walk(model, answers).asked[0] ?? placeFor(model, answers).current;
}

/** Whether `question` can be shown as it stands: answered on the path, or the next one to answer. */
export function canVisit(model: TriageModel, answers: Answers, question: string): boolean {
  return isOnPath(model, answers, question) || placeFor(model, answers).current === question;
}
