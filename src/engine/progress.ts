/**
 * How far through the questions a person is, in a number that stays true
 * when later answers skip questions or end the path early: the question's
 * place on the path, and no total, since the path's length is not known
 * until the result is decided.
 */
import type { TriageModel } from '../rules/model.ts';
import type { Answers } from './answers.ts';
import { walk } from './decide.ts';

export interface Progress {
  /** This question's place on the path, from 1. */
  readonly number: number;
}

/** Where `question` stands on the path the answers take; null when it is not on it or next. */
export function progressAt(model: TriageModel, answers: Answers, question: string): Progress | null {
  const path = walk(model, answers);
  const index = path.asked.indexOf(question);
  const next = path.step.kind === 'ask' ? path.step.question.id : null;
  if (index < 0 && question !== next) return null;
  return { number: (index < 0 ? path.asked.length : index) + 1 };
}
