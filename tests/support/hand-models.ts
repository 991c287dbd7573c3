/**
 * Small triage models written out by hand, for checker tests that need one
 * exact shape: questions by id and options, rules as maps of answers.
 */

import { EMPTY_START_PAGE, SYNTHETIC_VERSION } from '../../scripts/synthetic-rules.ts';
import type { Condition, Question, Rule, TriageModel } from '../../src/rules/model.ts';

/** A condition: each map is one clause, each entry one atom. */
export function when(...clauses: Record<string, string[]>[]): Condition {
  return {
    anyOf: clauses.map((clause) => Object.entries(clause).map(([question, options]) => ({ question, options }))),
  };
}

/** A single-choice question with the given options, asked always or when `askWhen` holds. */
export function single(id: string, options: string[], askWhen: Condition | null = null): Question {
  return {
    id,
    type: 'single',
    text: id,
    options: options.map((o) => ({ id: o, label: o, exclusive: false })),
    askWhen,
  };
}

/** A rule leading to `disposition`, showing article `guidance` and `related`. */
export function rule(
  id: string,
  condition: Condition,
  disposition = 'red',
  guidance = 'a',
  related: string[] = [],
): Rule {
  return { id, when: condition, disposition, guidance, related, reason: id };
}

/** A model of these questions and rules, with the dispositions named. */
export function tinyModel(questions: Question[], rules: Rule[], dispositions = ['red']): TriageModel {
  return {
    questions,
    dispositions: dispositions.map((id) => ({ id, careCard: 'self-care', title: id, summary: id })),
    rules,
    regions: [],
    startPage: EMPTY_START_PAGE,
    version: SYNTHETIC_VERSION,
  };
}
