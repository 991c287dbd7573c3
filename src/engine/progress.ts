/**
 * How far through the questions a person is, in numbers that stay true when
 * later answers skip questions or end the path early.
 */
import type { TriageModel } from '../rules/model.ts';
import type { Answers } from './answers.ts';
import { walk } from './decide.ts';
import { Evaluator } from './truth.ts';

export interface Progress {
  /** This question's place on the path, from 1. */
  readonly number: number;
  /** The most questions the path can have, given the answers before this one; the result may come sooner. */
  readonly most: number;
}

/** Where `question` stands on the path the answers take; null when it is not on it or next. */
export function progressAt(model: TriageModel, answers: Answers, question: string): Progress | null {
  const path = walk(model, answers);
  const index = path.asked.indexOf(question);
  const next = path.step.kind === 'ask' ? path.step.question.id : null;
  if (index < 0 && question !== next) return null;
  const before = index < 0 ? path.asked : path.asked.slice(0, index);
  const given = Object.fromEntries(before.map((id) => [id, path.answers[id] ?? []]));
  // Questions are asked in order until the result is decided, so every later
  // question that could still be asked is one more the path might need.
  const evaluator = new Evaluator(model, given);
  const position = model.questions.findIndex((q) => q.id === question);
  const later = model.questions.slice(position + 1).filter((q) => evaluator.isAsked(q.id) !== false).length;
  return { number: before.length + 1, most: before.length + 1 + later };
}
