/**
 * The rules as the sweep reads them in its inner loops: flat typed arrays,
 * made once a sweep, so a region costs reads of numbers, not of objects.
 */
import type { MaskCondition } from './domain.ts';

/**
 * The rules flattened for the sweep's inner loops: each rule's atoms (every
 * clause) in one run of typed arrays, and for a rule of one clause, its mask
 * on each question (0 where it names none), so a split is read from one atom.
 */
export interface Flat {
  readonly width: number;
  /** Rule r's atoms are at [start[r], start[r + 1]). */
  readonly start: Int32Array;
  readonly atomQ: Int32Array;
  readonly atomMask: Int32Array;
  /** maskOn[r * width + q]: the mask of single-clause rule r on q, or 0. */
  readonly maskOn: Int32Array;
  /** Rules whose status after a split on a question they name needs a full reading: several clauses, or false from the start. */
  readonly slow: Uint8Array;
  /** mentions[r * width + q]: whether rule r names question q; a split on q can only rule out those. */
  readonly mentions: Uint8Array;
}

/** Flattens the rules; `canHold` says whether a rule can hold anywhere in the region swept. */
export function flatten(
  rules: readonly MaskCondition[],
  width: number,
  canHold: (rule: MaskCondition) => boolean,
): Flat {
  let total = 0;
  for (const rule of rules) for (const clause of rule) total += clause.length;
  const start = new Int32Array(rules.length + 1);
  const atomQ = new Int32Array(total);
  const atomMask = new Int32Array(total);
  const maskOn = new Int32Array(rules.length * width);
  const slow = new Uint8Array(rules.length);
  const mentions = new Uint8Array(rules.length * width);
  let at = 0;
  rules.forEach((rule, r) => {
    start[r] = at;
    slow[r] = rule.length !== 1 || !canHold(rule) ? 1 : 0;
    for (const clause of rule) {
      for (const atom of clause) {
        atomQ[at] = atom.q;
        atomMask[at] = atom.mask;
        at++;
        mentions[r * width + atom.q] = 1;
        if (rule.length === 1) maskOn[r * width + atom.q] = atom.mask;
      }
    }
  });
  start[rules.length] = at;
  return { width, start, atomQ, atomMask, maskOn, slow, mentions };
}
