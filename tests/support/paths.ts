/**
 * Every distinct answer path through a model: each single-choice question
 * takes each option, each multi-select takes its exclusive option or one
 * other option at a time.
 */
import type { Answers } from '../../src/engine/answers.ts';
import { type Step, step } from '../../src/engine/decide.ts';
import type { TriageModel } from '../../src/rules/model.ts';

export interface AnswerPath {
  readonly answers: Answers;
  /** Question ids in the order they were asked. */
  readonly asked: readonly string[];
  readonly end: Exclude<Step, { kind: 'ask' }>;
}

export function allPaths(model: TriageModel): AnswerPath[] {
  const paths: AnswerPath[] = [];
  const visit = (answers: Answers, asked: readonly string[]) => {
    const next = step(model, answers);
    if (next.kind !== 'ask') {
      paths.push({ answers, asked, end: next });
      return;
    }
    for (const option of next.question.options) {
      visit({ ...answers, [next.question.id]: [option.id] }, [...asked, next.question.id]);
    }
  };
  visit({}, []);
  return paths;
}
