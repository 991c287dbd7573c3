/**
 * Hand-made triage models for the checker's unit tests: questions and rules
 * written in a line each, so a test states its whole answer space.
 */
import { EMPTY_START_PAGE, SYNTHETIC_VERSION } from '../../scripts/synthetic-rules.ts';
import type { Atom, Condition, Question, Rule, TriageModel } from '../../src/rules/model.ts';

/** A question: single choice unless `multi`; options ending in "none" are exclusive. */
export function question(
  id: string,
  options: readonly string[],
  askWhen: Condition | null = null,
  multi = false,
): Question {
  return {
    id,
    type: multi ? 'multi' : 'single',
    text: id,
    options: options.map((o) => ({ id: o, label: o, exclusive: multi && o.endsWith('none') })),
    askWhen,
  };
}

/** An atom: `question` takes one of `options`. */
export function atom(question: string, ...options: string[]): Atom {
  return { question, options };
}

/** A condition: any of the clauses, each all of its atoms. */
export function anyOf(...clauses: Atom[][]): Condition {
  return { anyOf: clauses };
}

/** A condition of one clause. */
export function allOf(...atoms: Atom[]): Condition {
  return { anyOf: [atoms] };
}

/** A model of these questions and rules (rule i is "r<i>", all to one disposition). */
export function tinyModel(questions: readonly Question[], rules: readonly Condition[] = []): TriageModel {
  return {
    questions: [...questions],
    dispositions: [{ id: 'green', careCard: 'self-care', title: 'green', summary: 'green' }],
    rules: rules.map(
      (when, i): Rule => ({ id: `r${i}`, when, disposition: 'green', guidance: 'g', related: [], reason: 'r' }),
    ),
    regions: [],
    startPage: EMPTY_START_PAGE,
    version: SYNTHETIC_VERSION,
  };
}
