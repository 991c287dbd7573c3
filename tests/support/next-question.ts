/** The question the answers ask next, for tests that follow a person through. */
import type { Answers } from '../../src/engine/answers.ts';
import { walk } from '../../src/engine/decide.ts';
import type { Question, TriageModel } from '../../src/rules/model.ts';

/** The next question to ask, or null once the result is decided (or the rules decide nothing). */
export function nextQuestion(model: TriageModel, answers: Answers): Question | null {
  const { step } = walk(model, answers);
  return step.kind === 'ask' ? step.question : null;
}
