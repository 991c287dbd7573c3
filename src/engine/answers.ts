import type { Question } from '../rules/model.ts';

/**
 * A person's answers: for each question answered, the option ids chosen
 * (exactly one for a single-choice question).
 */
export type Answers = Readonly<Record<string, readonly string[]>>;

/** The answers with one question's answer set or replaced. */
export function withAnswer(answers: Answers, question: string, options: readonly string[]): Answers {
  return { ...answers, [question]: [...options] };
}

/** Whether `question` has an answer, without trusting the object's prototype. */
export function hasAnswer(answers: Answers, question: string): boolean {
  return Object.hasOwn(answers, question);
}

/** The answer to `question`, if there is one. */
export function answerTo(answers: Answers, question: string): readonly string[] | undefined {
  return hasAnswer(answers, question) ? answers[question] : undefined;
}

/**
 * What is wrong with choosing `chosen` for `question`, or null when it is a
 * valid answer: one option for single-choice, known options, none repeated,
 * and an exclusive option only on its own.
 */
export function answerProblem(question: Question, chosen: readonly string[]): string | null {
  const ids = question.options.map((o) => o.id);
  const allowed = `options are ${ids.join(', ')}`;
  if (chosen.every((option) => option === '')) return `question "${question.id}" has no answer; ${allowed}`;
  const unknown = chosen.find((option) => !ids.includes(option));
  if (unknown !== undefined) return `question "${question.id}" has no option "${shorten(unknown)}"; ${allowed}`;
  if (question.type === 'single' && chosen.length > 1) {
    return `question "${question.id}" takes one answer, not ${chosen.length} (${chosen.join(', ')}); ${allowed}`;
  }
  const repeated = chosen.find((option, i) => chosen.indexOf(option) !== i);
  if (repeated !== undefined) return `option "${repeated}" of question "${question.id}" is given twice`;
  const exclusive = question.options.find((o) => o.exclusive && chosen.includes(o.id));
  if (exclusive && chosen.length > 1) {
    const others = chosen.filter((option) => option !== exclusive.id).join(', ');
    return `option "${exclusive.id}" of question "${question.id}" means none of the others apply, so it cannot be given with ${others}`;
  }
  return null;
}

/** Keeps echoed input short and on one line. */
export function shorten(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing control characters is the point
  const line = text.replace(/[\u0000-\u001f\u007f]/g, '\ufffd');
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
