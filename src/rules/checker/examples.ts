/**
 * Concrete answers for findings: a path from a region, completed where a
 * condition still depends on questions the path never reached.
 */
import type { Answers } from '../../engine/answers.ts';
import { writeAnswers } from '../../engine/answers-text.ts';
import type { TriageModel } from '../model.ts';
import type { Domain, MaskCondition } from './domain.ts';
import { regionExample } from './regions.ts';
import { type Region, sweep } from './sweep.ts';

/** Everything a sweep-based analysis needs. */
export interface Analysis {
  readonly model: TriageModel;
  readonly domain: Domain;
  readonly budget: number;
}

/**
 * A region of the answer space, from `start`, where `condition` holds for
 * every path, or null when it can hold on none (or the budget ran out first).
 */
export function regionWhere(analysis: Analysis, condition: MaskCondition, start?: Region): Region | null {
  let found: Region | null = null;
  sweep({
    domain: analysis.domain,
    rules: [condition],
    ...(start ? { start } : {}),
    budget: analysis.budget,
    onLeaf: (leaf) => {
      if (!found && leaf.kind === 'decided') found = leaf.region;
    },
  });
  return found;
}

/** The answers for a leaf whose guard may still be undecided: completed so the guard holds, or null. */
export function guardedExample(
  analysis: Analysis,
  region: Region,
  guard: MaskCondition,
  status: boolean | 'undecided',
): Answers | null {
  const where = status === true ? region : regionWhere(analysis, guard, region);
  return where ? regionExample(analysis.domain, where) : null;
}

/** Answers as text. */
export function answersText(analysis: Analysis, answers: Answers): string {
  return writeAnswers(analysis.model, answers);
}
