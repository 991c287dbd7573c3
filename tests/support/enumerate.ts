/**
 * Plain enumeration, the slow way the checker must agree with: every full
 * answer path of a model, each run through the engine.
 */
import type { Answers } from '../../src/engine/answers.ts';
import { walk } from '../../src/engine/decide.ts';
import type { Condition, Question, TriageModel } from '../../src/rules/model.ts';

/** Every answer a question can take: each option, or for multi-select the exclusive option alone or any set of the others. */
export function answerChoices(question: Question): string[][] {
  if (question.type === 'single') return question.options.map((o) => [o.id]);
  const others = question.options.filter((o) => !o.exclusive).map((o) => o.id);
  const choices = question.options.filter((o) => o.exclusive).map((o) => [o.id]);
  for (let set = 1; set < 1 << others.length; set++) choices.push(others.filter((_, i) => set & (1 << i)));
  return choices;
}

/** Whether a condition holds over complete answers, a question not answered counting as no match. */
export function holds(condition: Condition, answers: Answers): boolean {
  return condition.anyOf.some((clause) =>
    clause.every((atom) => (answers[atom.question] ?? []).some((o) => atom.options.includes(o))),
  );
}

/** Every full path: each question whose ask-when holds is answered, in every way it can be. */
export function fullAnswers(model: TriageModel): Answers[] {
  const all: Answers[] = [];
  const visit = (i: number, answers: Record<string, readonly string[]>) => {
    const question = model.questions[i];
    if (!question) {
      all.push({ ...answers });
      return;
    }
    if (question.askWhen && !holds(question.askWhen, answers)) {
      visit(i + 1, answers);
      return;
    }
    for (const choice of answerChoices(question)) {
      answers[question.id] = choice;
      visit(i + 1, answers);
    }
    delete answers[question.id];
  };
  visit(0, {});
  return all;
}

export interface Enumerated {
  readonly answers: Answers;
  /** The rule the engine decides, or null for a gap. */
  readonly rule: string | null;
  readonly asked: readonly string[];
}

/** Every full path with what the engine makes of it. */
export function enumerate(model: TriageModel): Enumerated[] {
  return fullAnswers(model).map((answers) => {
    const path = walk(model, answers);
    if (path.step.kind === 'ask') throw new Error(`a full path is still open: ${JSON.stringify(answers)}`);
    return { answers, rule: path.step.kind === 'decided' ? path.step.rule.id : null, asked: path.asked };
  });
}
