/**
 * The decision: walks the rules first-hit over the answers on the path, and
 * either decides a result or names the next question to ask.
 */
import type { Question, Rule, TriageModel } from '../rules/model.ts';
import { type Answers, answerTo, hasAnswer } from './answers.ts';
import { Evaluator } from './truth.ts';

/** An answer that helped decide the result: the options of it that the rule matched. */
export interface DecidingAnswer {
  readonly question: string;
  readonly options: readonly string[];
}

export type Step =
  /** The result is still open: ask this question next. */
  | { readonly kind: 'ask'; readonly question: Question }
  /** A rule holds and every rule before it is ruled out. */
  | { readonly kind: 'decided'; readonly rule: Rule; readonly because: readonly DecidingAnswer[] }
  /** Every rule is ruled out: the rules have a gap here (the rules checker refuses this). */
  | { readonly kind: 'gap' };

/**
 * What happens next for answers that are all on the path: the result, if the
 * first rule not ruled out holds, or else the next question.
 */
export function step(model: TriageModel, answers: Answers): Step {
  const evaluator = new Evaluator(model, answers);
  for (const rule of model.rules) {
    const truth = evaluator.condition(rule.when);
    if (truth === false) continue;
    if (truth === true) return { kind: 'decided', rule, because: decidingAnswers(evaluator, rule, answers) };
    const question = model.questions.find((q) => !hasAnswer(answers, q.id) && evaluator.isAsked(q.id) === true);
    return question ? { kind: 'ask', question } : { kind: 'gap' };
  }
  return { kind: 'gap' };
}

function decidingAnswers(evaluator: Evaluator, rule: Rule, answers: Answers): DecidingAnswer[] {
  const clause = rule.when.anyOf.find((atoms) => atoms.every((atom) => evaluator.atom(atom) === true)) ?? [];
  return clause.map((atom) => ({
    question: atom.question,
    options: (answerTo(answers, atom.question) ?? []).filter((option) => atom.options.includes(option)),
  }));
}

/** The path a set of answers takes: which were asked, which change nothing, and where it ends. */
export interface Walk {
  /** Question ids answered on the path, in the order asked. */
  readonly asked: readonly string[];
  /** The answers on the path, and only those. */
  readonly answers: Answers;
  /**
   * While the result is open: answers to questions after the next one, which
   * count only if the path reaches them (a person who changed an earlier
   * answer is not asked again what they already said).
   */
  readonly pending: Answers;
  /** Question ids answered but off the path (after the result, or skipped), in question order. */
  readonly ignored: readonly string[];
  readonly step: Step;
}

/**
 * Follows the answers from the first question: each is used only if its
 * question is the one asked next, so answers off the path can never count.
 */
export function walk(model: TriageModel, answers: Answers): Walk {
  const onPath: Record<string, readonly string[]> = {};
  const asked: string[] = [];
  let next = step(model, onPath);
  while (next.kind === 'ask') {
    const answer = answerTo(answers, next.question.id);
    if (!answer) break;
    onPath[next.question.id] = answer;
    asked.push(next.question.id);
    next = step(model, onPath);
  }
  const pending: Record<string, readonly string[]> = {};
  if (next.kind === 'ask') {
    const evaluator = new Evaluator(model, onPath);
    const later = model.questions.slice(model.questions.indexOf(next.question) + 1);
    for (const question of later) {
      const answer = answerTo(answers, question.id);
      if (answer && evaluator.isAsked(question.id) !== false) pending[question.id] = answer;
    }
  }
  const ignored = model.questions
    .map((q) => q.id)
    .filter((id) => hasAnswer(answers, id) && !asked.includes(id) && !hasAnswer(pending, id));
  return { asked, answers: onPath, pending, ignored, step: next };
}

/** The result the answers lead to, or null while it is still open. */
export function decide(model: TriageModel, answers: Answers): Extract<Step, { kind: 'decided' }> | null {
  const { step: end } = walk(model, answers);
  return end.kind === 'decided' ? end : null;
}
