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
