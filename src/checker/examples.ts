/**
 * Concrete answers for findings: real paths found inside regions.
 */
import type { Answers } from '../engine/answers.ts';
import { writeAnswers } from '../engine/answers-text.ts';
import type { TriageModel } from '../rules/model.ts';
import type { Domain, MaskCondition } from './domain.ts';
import { walkRegion } from './path.ts';
import { regionExample } from './regions.ts';
import { firstConsistent, type Region, sweep } from './sweep.ts';

/** Everything a sweep-based analysis needs. */
export interface Analysis {
  readonly model: TriageModel;
  readonly domain: Domain;
  readonly budget: number;
}

/** A region of real paths where `condition` holds on every one, or null when it holds on none. */
export function regionWhere(analysis: Analysis, condition: MaskCondition): Region | null {
  let found: Region | null = null;
  sweep({
    domain: analysis.domain,
    rules: [condition],
    budget: analysis.budget,
    onLeaf: (leaf) => {
      if (leaf.kind === 'decided') found = firstConsistent(analysis.domain, leaf.region, analysis.budget);
      return found !== null;
    },
  });
  return found;
}

/** The first complete path in a region of real paths, as answers text. */
export function exampleText(analysis: Analysis, region: Region): string {
  return writeAnswers(analysis.model, regionExample(analysis.domain, region));
}

/** The answers on the path the engine takes through the first complete path in a region: what a person would be asked. */
export function pathText(analysis: Analysis, rules: readonly MaskCondition[], region: Region): string {
  const full = regionExample(analysis.domain, region);
  const asked = new Set(walkRegion(analysis.domain, rules, region).asked.map((q) => analysis.model.questions[q]?.id));
  return answersText(analysis, Object.fromEntries(Object.entries(full).filter(([id]) => asked.has(id))));
}

/** Answers as text. */
export function answersText(analysis: Analysis, answers: Answers): string {
  return writeAnswers(analysis.model, answers);
}
