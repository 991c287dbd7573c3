/**
 * The parts of a region that hold only real paths: each question with an
 * ask-when is answered exactly when its ask-when holds, and not asked
 * otherwise. The sweep's leaves can hold paths no person could take; these
 * keep the ones they can.
 */
import type { Domain, MaskAtom, MaskCondition, QuestionDomain } from './domain.ts';
import { type Region, RegionEvaluator, SPLIT, TRUE } from './region-evaluator.ts';

/**
 * The parts of a region where every path is a real one: each question with
 * an ask-when is answered exactly when it holds. Calls `onPart` for each
 * (they never overlap); stops when it returns true. Returns false when the
 * budget ran out first.
 */
export function consistentParts(
  domain: Domain,
  region: Region,
  budget: number,
  onPart: (part: Region) => boolean | undefined,
): boolean {
  const evaluator = new RegionEvaluator();
  const stack: { comps: number[]; q: number }[] = [{ comps: [...region.comps], q: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    if (nodes++ >= budget) return false;
    const { comps, q: from } = stack.pop() as { comps: number[]; q: number };
    evaluator.comps = comps;
    let q = from;
    let alive = true;
    for (; q < comps.length; q++) {
      const askWhen = domain.askWhen[q];
      if (!askWhen) continue;
      const d = domain.questions[q] as QuestionDomain;
      const status = evaluator.status(askWhen);
      if (status === SPLIT) break;
      comps[q] = (comps[q] as number) & (status === TRUE ? d.answered : d.notAsked);
      if (comps[q] === 0) {
        alive = false;
        break;
      }
    }
    if (!alive) continue;
    if (q >= comps.length) {
      if (onPart({ comps })) return true;
      continue;
    }
    const at = evaluator.splitAt;
    const comp = comps[at] as number;
    // The ask-when of q splits the region on `at`: one of its atoms there takes some of the values left, not all.
    const { mask } = (domain.askWhen[q] as MaskCondition)
      .flat()
      .find((a) => a.q === at && comp & a.mask && comp & ~a.mask) as MaskAtom;
    for (const part of [comp & ~mask, comp & mask]) {
      const next = [...comps];
      next[at] = part;
      stack.push({ comps: next, q });
    }
  }
  return true;
}

/** The first real path region inside `region`, or null when it holds none. */
export function firstConsistent(domain: Domain, region: Region, budget: number): Region | null {
  let found: Region | null = null;
  consistentParts(domain, region, budget, (part) => {
    found = part;
    return true;
  });
  return found;
}
