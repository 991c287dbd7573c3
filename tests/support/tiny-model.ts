/**
 * Small hand-made triage models for precise checker tests: a few questions
 * with short option lists, and rules over them, written in a line or two.
 */
import { EMPTY_START_PAGE, SYNTHETIC_VERSION } from '../../scripts/synthetic-rules.ts';
import type { Condition, Question, Rule, TriageModel } from '../../src/rules/model.ts';

export interface TinyQuestion {
  readonly id: string;
  /** Option ids; by default a and b. A multi-select question's option "none" is its exclusive one. */
  readonly options?: readonly string[];
  readonly multi?: boolean;
  readonly askWhen?: Condition | null;
}

export interface TinyRule {
  readonly id: string;
  readonly when: Condition;
  /** The disposition it leads to. */
  readonly to: string;
}

/** A condition from clauses written as objects: `when({ a: 'x', b: ['y', 'z'] }, { c: 'w' })`. */
export function when(...clauses: Readonly<Record<string, string | readonly string[]>>[]): Condition {
  return {
    anyOf: clauses.map((clause) =>
      Object.entries(clause).map(([question, options]) => ({
        question,
        options: typeof options === 'string' ? [options] : [...options],
      })),
    ),
  };
}

/** A model of the questions and rules given, with dispositions red, amber and green (most urgent first). */
export function tinyModel(
  questions: readonly TinyQuestion[],
  rules: readonly TinyRule[],
  dispositions: readonly string[] = ['red', 'amber', 'green'],
): TriageModel {
  return {
    questions: questions.map(
      (q): Question => ({
        id: q.id,
        type: q.multi ? 'multi' : 'single',
        text: `Question ${q.id}`,
        options: (q.options ?? ['a', 'b']).map((id) => ({
          id,
          label: id,
          exclusive: q.multi === true && id === 'none',
        })),
        askWhen: q.askWhen ?? null,
      }),
    ),
    dispositions: dispositions.map((id) => ({ id, careCard: 'self-care', title: id, summary: id })),
    rules: rules.map(
      (r): Rule => ({ id: r.id, when: r.when, disposition: r.to, guidance: 'advice', related: [], reason: 'because' }),
    ),
    regions: [],
    startPage: EMPTY_START_PAGE,
    version: SYNTHETIC_VERSION,
  };
}
