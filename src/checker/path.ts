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

/** Rules as flat runs of atoms (clauses within rules), made once a rule list: walks are many, rules do not change. */
interface FlatRules {
  /** Rule r's clauses are [ruleStart[r], ruleStart[r + 1]); clause c's atoms are [clauseStart[c], clauseStart[c + 1]). */
  readonly ruleStart: Int32Array;
  readonly clauseStart: Int32Array;
  readonly atomQ: Int32Array;
  readonly atomMask: Int32Array;
}

const flatRules = new WeakMap<readonly MaskCondition[], FlatRules>();

function flat(rules: readonly MaskCondition[]): FlatRules {
  const known = flatRules.get(rules);
  if (known) return known;
  const clauses = rules.reduce((sum, rule) => sum + rule.length, 0);
  const atoms = rules.reduce((sum, rule) => sum + rule.reduce((n, clause) => n + clause.length, 0), 0);
  const made = {
    ruleStart: new Int32Array(rules.length + 1),
    clauseStart: new Int32Array(clauses + 1),
    atomQ: new Int32Array(atoms),
    atomMask: new Int32Array(atoms),
  };
  let c = 0;
  let a = 0;
  rules.forEach((rule, r) => {
    made.ruleStart[r] = c;
    for (const clause of rule) {
      made.clauseStart[c++] = a;
      for (const atom of clause) {
        made.atomQ[a] = atom.q;
        made.atomMask[a++] = atom.mask;
      }
    }
  });
  made.ruleStart[rules.length] = c;
  made.clauseStart[clauses] = a;
  flatRules.set(rules, made);
  return made;
}

/** Walks the first complete path in a region of real paths. */
export function walkRegion(domain: Domain, rules: readonly MaskCondition[], region: Region): PathOutcome {
  const point = region.comps.map((comp) => comp & -comp);
  const n = point.length;
  const notAsked = domain.questions.map((d) => d.notAsked);
  const falseAskAt: number[] = [];
  /** When an atom is false on the path, three-valued (a true atom is true from q + 1). */
  const atomFalse = (q: number, mask: number) => {
    const value = point[q] as number;
    // A question that will not be asked counts as false as soon as its ask-when is false.
    if (value === notAsked[q]) return falseAskAt[q] ?? q;
    return value & mask ? NEVER : q + 1;
  };
  const askFalseAt = (condition: MaskCondition): number => {
    let falseAt = 0;
    for (const clause of condition) {
      let clauseFalse = NEVER;
      for (const atom of clause) clauseFalse = Math.min(clauseFalse, atomFalse(atom.q, atom.mask));
      falseAt = Math.max(falseAt, clauseFalse);
    }
    return falseAt;
  };
  for (let q = 0; q < n; q++) {
    const askWhen = domain.askWhen[q];
    falseAskAt[q] = askWhen ? askFalseAt(askWhen) : NEVER;
  }
  const { ruleStart, clauseStart, atomQ, atomMask } = flat(rules);
  // Rules below the one that decides are never read: read each only when the walk reaches it.
  const trueAt = new Float64Array(rules.length).fill(-1);
  const falseAt = new Float64Array(rules.length);
  const read = (r: number) => {
    if ((trueAt[r] as number) >= 0) return;
    let ruleTrue = NEVER;
    let ruleFalse = 0;
    for (let c = ruleStart[r] as number; c < (ruleStart[r + 1] as number); c++) {
      let clauseTrue = 0;
      let clauseFalse = NEVER;
      for (let a = clauseStart[c] as number; a < (clauseStart[c + 1] as number); a++) {
        // atomTrue and atomFalse, written out: this loop reads every rule above the one that decides.
        const q = atomQ[a] as number;
        const value = point[q] as number;
        if (value & (atomMask[a] as number)) {
          if (q + 1 > clauseTrue) clauseTrue = q + 1;
          continue;
        }
        clauseTrue = NEVER;
        const atFalse = value === notAsked[q] ? (falseAskAt[q] ?? q) : q + 1;
        if (atFalse < clauseFalse) clauseFalse = atFalse;
      }
      ruleTrue = Math.min(ruleTrue, clauseTrue);
      ruleFalse = Math.max(ruleFalse, clauseFalse);
    }
    trueAt[r] = ruleTrue;
    falseAt[r] = ruleFalse;
  };
  let r = 0;
  let at = 0;
  for (; at <= n; at++) {
    for (; r < rules.length; r++) {
      read(r);
      if ((falseAt[r] as number) > at) break;
    }
    if (r >= rules.length || (trueAt[r] as number) <= at) break;
  }
  const asked: number[] = [];
  for (let q = 0; q < Math.min(at, n); q++) {
    if (point[q] !== notAsked[q]) asked.push(q);
  }
  return { asked, rule: r < rules.length ? r : -1 };
}
