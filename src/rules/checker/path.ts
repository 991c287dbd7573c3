/**
 * The engine's walk for one complete path, on masks and in one pass over the
 * rules: for each rule, the first point (number of questions passed) at which
 * it is true, three-valued, and the first at which it is false. The engine
 * decides at the first point where the first rule not yet false is true, so
 * the questions asked are the answered ones before that point.
 *
 * `walk` in the engine does the same by re-reading every rule after every
 * answer; the property tests hold the two together.
 */
import type { Domain, MaskCondition } from './domain.ts';
import type { Region } from './sweep.ts';

const NEVER = Number.POSITIVE_INFINITY;

export interface PathOutcome {
  /** Indices of the questions asked, in order. */
  readonly asked: readonly number[];
  /** The rule that decides (index into the rules given), or -1 for a gap. */
  readonly rule: number;
}

/** Walks the first complete path in a region of real paths. */
export function walkRegion(domain: Domain, rules: readonly MaskCondition[], region: Region): PathOutcome {
  const point = region.comps.map((comp) => comp & -comp);
  const n = point.length;
  const falseAskAt: number[] = [];
  const when = (condition: MaskCondition): { trueAt: number; falseAt: number } => {
    let trueAt = NEVER;
    let falseAt = 0;
    for (const clause of condition) {
      let clauseTrue = 0;
      let clauseFalse = NEVER;
      for (const atom of clause) {
        const value = point[atom.q] as number;
        const notAsked = value === domain.questions[atom.q]?.notAsked;
        const holds = (value & atom.mask) !== 0;
        clauseTrue = Math.max(clauseTrue, holds ? atom.q + 1 : NEVER);
        // A question that will not be asked counts as false as soon as its ask-when is false.
        const atomFalse = notAsked ? (falseAskAt[atom.q] ?? atom.q) : holds ? NEVER : atom.q + 1;
        clauseFalse = Math.min(clauseFalse, atomFalse);
      }
      trueAt = Math.min(trueAt, clauseTrue);
      falseAt = Math.max(falseAt, clauseFalse);
    }
    return { trueAt, falseAt };
  };
  for (let q = 0; q < n; q++) {
    const askWhen = domain.askWhen[q];
    falseAskAt[q] = askWhen ? when(askWhen).falseAt : NEVER;
  }
  // Rules below the one that decides are never read: read each only when the walk reaches it.
  const outcomes: { trueAt: number; falseAt: number }[] = [];
  const outcome = (i: number) => {
    outcomes[i] ??= when(rules[i] as MaskCondition);
    return outcomes[i];
  };
  let r = 0;
  let at = 0;
  for (; at <= n; at++) {
    while (r < rules.length && outcome(r).falseAt <= at) r++;
    if (r >= rules.length || outcome(r).trueAt <= at) break;
  }
  const asked: number[] = [];
  for (let q = 0; q < Math.min(at, n); q++) {
    if (point[q] !== domain.questions[q]?.notAsked) asked.push(q);
  }
  return { asked, rule: r < rules.length ? r : -1 };
}
