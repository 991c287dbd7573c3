/**
 * Regions of the answer space and how a condition stands on one: true on
 * every path in it, false on every path, or true on some and false on others
 * (a split, with the question to split on). The sweep and the search for
 * real paths (`consistent-parts.ts`) share it.
 */
import type { Domain, MaskCondition } from './domain.ts';

/** A region: for each question, a mask of the values it may take. */
export interface Region {
  readonly comps: readonly number[];
}

export const FALSE = 0;
export const TRUE = 1;
export const SPLIT = 2;
export type Status = 0 | 1 | 2;

/**
 * Evaluates conditions on regions; on SPLIT, `splitAt` names a question on
 * which the condition is true for some values and false for others.
 */
export class RegionEvaluator {
  splitAt = -1;
  comps: readonly number[] = [];

  status(condition: MaskCondition): Status {
    let split = -1;
    for (const clause of condition) {
      let clauseStatus: Status = TRUE;
      let clauseSplit = -1;
      for (const atom of clause) {
        const comp = this.comps[atom.q] as number;
        if ((comp & atom.mask) === 0) {
          clauseStatus = FALSE;
          break;
        }
        if ((comp & ~atom.mask) !== 0) {
          clauseStatus = SPLIT;
          if (clauseSplit < 0) clauseSplit = atom.q;
        }
      }
      if (clauseStatus === TRUE) return TRUE;
      // Only a clause that can still hold is worth splitting for.
      if (clauseStatus === SPLIT && split < 0) split = clauseSplit;
    }
    if (split < 0) return FALSE;
    this.splitAt = split;
    return SPLIT;
  }
}

/** The whole answer space: every answer, and "not asked" where a question has an ask-when. */
export function wholeSpace(domain: Domain): Region {
  return { comps: domain.questions.map((d, q) => d.answered | (domain.askWhen[q] ? d.notAsked : 0)) };
}
