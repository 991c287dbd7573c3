/**
 * Three-valued evaluation of conditions over the answers given so far: a
 * condition is true, false, or undecided until more questions are answered.
 */
import type { Atom, Condition, Question, TriageModel } from '../rules/model.ts';
import { type Answers, answerTo } from './answers.ts';

export type Truth = boolean | 'undecided';

/** Kleene "and": false wins, then undecided. */
function all(values: Iterable<Truth>): Truth {
  let result: Truth = true;
  for (const value of values) {
    if (value === false) return false;
    if (value === 'undecided') result = 'undecided';
  }
  return result;
}

/** Kleene "or": true wins, then undecided. */
function any(values: Iterable<Truth>): Truth {
  let result: Truth = false;
  for (const value of values) {
    if (value === true) return true;
    if (value === 'undecided') result = 'undecided';
  }
  return result;
}

const byId = new WeakMap<TriageModel, ReadonlyMap<string, Question>>();

/** The model's questions by id, built once per model. */
export function questionsById(model: TriageModel): ReadonlyMap<string, Question> {
  let map = byId.get(model);
  if (!map) {
    map = new Map(model.questions.map((q) => [q.id, q]));
    byId.set(model, map);
  }
  return map;
}

/** Evaluates conditions against one set of answers on the path. */
export class Evaluator {
  private readonly questions: ReadonlyMap<string, Question>;
  private readonly asked = new Map<string, Truth>();

  constructor(
    model: TriageModel,
    private readonly answers: Answers,
  ) {
    this.questions = questionsById(model);
  }

  /** Whether the whole condition holds. */
  condition(condition: Condition): Truth {
    return any(condition.anyOf.map((clause) => all(clause.map((atom) => this.atom(atom)))));
  }

  /** Whether a question is asked on this path: true, false (skipped), or not yet known. */
  isAsked(questionId: string): Truth {
    const known = this.asked.get(questionId);
    if (known !== undefined) return known;
    const askWhen = this.questions.get(questionId)?.askWhen;
    const result = askWhen ? this.condition(askWhen) : true;
    this.asked.set(questionId, result);
    return result;
  }

  /** A question named by a condition: false when it will never be asked, undecided until answered. */
  atom(atom: Atom): Truth {
    const answer = answerTo(this.answers, atom.question);
    if (answer) return answer.some((option) => atom.options.includes(option));
    return this.isAsked(atom.question) === false ? false : 'undecided';
  }
}
