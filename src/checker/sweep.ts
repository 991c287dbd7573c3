/**
 * The decision table sweep: the categorical form of Calvanese et al.,
 * "Semantics and analysis of DMN decision tables" (BPM 2016).
 *
 * A region gives each question a set of values it may take (its answers,
 * plus "not asked"). Rules are tried first hit: one false on the whole
 * region is dropped, one true on all of it decides the region (a leaf), and
 * one true on part of it splits the region on one of its questions, grouping
 * that question's values by which remaining rules accept them. The question
 * chosen is the one most remaining rules name, so the regions follow the
 * structure of the rules rather than the order of the questions. No answer
 * combination is ever enumerated.
 *
 * The engine decides as soon as a rule is true with every earlier rule
 * false, three-valued; over a complete path that is the first rule true on
 * it, a question not asked matching nothing. So sweeping complete paths gives
 * the engine's outcome for each, and `consistentParts` (consistent-parts.ts)
 * keeps only the paths whose questions are asked exactly when their ask-when
 * holds.
 */
import type { Domain, MaskCondition, QuestionDomain } from './domain.ts';
import { FALSE, type Region, RegionEvaluator, SPLIT, type Status, TRUE, wholeSpace } from './region-evaluator.ts';
import { type Flat, flatten } from './sweep-rules.ts';

export { consistentParts, firstConsistent } from './consistent-parts.ts';
export { type Region, wholeSpace } from './region-evaluator.ts';

export type Leaf =
  /** Rule `rule` (an index into the swept rules) is the first true on every path in the region. */
  | { readonly kind: 'decided'; readonly rule: number; readonly region: Region }
  /** No rule is true on any path in the region. */
  | { readonly kind: 'gap'; readonly region: Region };

export interface SweepInput {
  readonly domain: Domain;
  /** The rules, first hit, as masks. */
  readonly rules: readonly MaskCondition[];
  /** Only paths where this holds are swept. */
  readonly guard?: MaskCondition;
  /** How many regions to visit before giving up. */
  readonly budget: number;
  /** Called for each leaf; return true to stop the sweep. */
  readonly onLeaf: (leaf: Leaf) => boolean | undefined;
  /**
   * Called for a region that some rule holds on throughout, with the rules
   * that can decide its paths (that one last): it has no gap, so when the
   * caller already knows all it needs about those rules (return true), the
   * region is skipped rather than cut into pieces.
   */
  readonly skipCovered?: (deciding: readonly number[]) => boolean;
}

export interface SweepResult {
  readonly nodes: number;
  /** Regions not swept when the budget ran out; empty when the sweep finished or was stopped. */
  readonly unexplored: readonly Region[];
}

/** How many rules ahead to look for one that holds on a whole region. */
const COVER_WINDOW = 16;

interface Node {
  readonly comps: number[];
  readonly rules: readonly number[];
}

/** Sweeps the region (the whole space by default), reporting leaves that never overlap and together cover it. */
export function sweep(input: SweepInput, start: Region = wholeSpace(input.domain)): SweepResult {
  const { domain, rules, guard } = input;
  const evaluator = new RegionEvaluator();
  const width = domain.questions.length;
  evaluator.comps = start.comps;
  // Only a rule that can hold somewhere stays true to the shortcut: kept exactly while its atom on the split meets the part.
  const flat = flatten(rules, width, (rule) => evaluator.status(rule) !== FALSE);
  const { mentions, maskOn, slow } = flat;
  const counts = new Int32Array(width);
  const stack: Node[] = [{ comps: [...start.comps], rules: rules.map((_, i) => i) }];
  let nodes = 0;

  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (nodes++ >= input.budget) return { nodes, unexplored: [node, ...stack].map((n) => ({ comps: n.comps })) };
    evaluator.comps = node.comps;
    const guardStatus = guard ? evaluator.status(guard) : TRUE;
    if (guardStatus === FALSE) continue;
    let from = 0;
    let status: Status = FALSE;
    if (guardStatus !== SPLIT) {
      for (; from < node.rules.length; from++) {
        status = evaluator.status(rules[node.rules[from] as number] as MaskCondition);
        if (status !== FALSE) break;
      }
      const region = { comps: node.comps };
      if (from >= node.rules.length) {
        if (input.onLeaf({ kind: 'gap', region })) break;
        continue;
      }
      if (status === TRUE) {
        if (input.onLeaf({ kind: 'decided', rule: node.rules[from] as number, region })) break;
        continue;
      }
    }
    const remaining = from === 0 ? node.rules : node.rules.slice(from);
    if (guardStatus !== SPLIT && input.skipCovered) {
      // A cover, when there is one, is almost always among the next few rules; looking further costs more than it saves.
      const near = remaining.slice(0, COVER_WINDOW);
      // The first of them splits the region, so a cover is never it.
      const cover = near.findIndex((r) => evaluator.status(rules[r] as MaskCondition) === TRUE);
      if (cover > 0 && input.skipCovered(remaining.slice(0, cover + 1))) continue;
    }
    const q =
      guardStatus === SPLIT ? evaluator.splitAt : busiestQuestion(evaluator.splitAt, flat, remaining, node, counts);
    const parts = groups(domain, flat, remaining, q, node.comps[q] as number, guard);
    for (let g = parts.length - 1; g >= 0; g--) {
      const group = parts[g] as number;
      const comps = [...node.comps];
      comps[q] = group;
      evaluator.comps = comps;
      const kept: number[] = [];
      for (const r of remaining) {
        const at = r * width + q;
        if (mentions[at] === 0) kept.push(r);
        else if (slow[r] === 0) {
          if ((group & (maskOn[at] as number)) !== 0) kept.push(r);
        } else if (evaluator.status(rules[r] as MaskCondition) !== FALSE) kept.push(r);
      }
      stack.push({ comps, rules: kept });
    }
  }
  return { nodes, unexplored: [] };
}

/**
 * The question the most remaining rules can be split on (an atom true for
 * some of its values here and false for others). Splitting there first keeps
 * rules that share it together, as a decision tree would, so a rule that
 * overlaps many others is cut up late, among few rules, not early among all.
 * Ties go to `first`, the question the first open rule is split on.
 */
function busiestQuestion(
  first: number,
  flat: Flat,
  remaining: readonly number[],
  node: Node,
  counts: Int32Array,
): number {
  const { start, atomQ, atomMask } = flat;
  const comps = node.comps;
  counts.fill(0);
  for (const r of remaining) {
    const end = start[r + 1] as number;
    for (let a = start[r] as number; a < end; a++) {
      const q = atomQ[a] as number;
      const mask = atomMask[a] as number;
      const comp = comps[q] as number;
      if ((comp & mask) !== 0 && (comp & ~mask) !== 0) counts[q] = (counts[q] as number) + 1;
    }
  }
  let best = first;
  for (let q = 0; q < counts.length; q++) if ((counts[q] as number) > (counts[best] as number)) best = q;
  return best;
}

/**
 * The values of question `q` in `comp`, grouped by which remaining atoms
 * accept them ("not asked" alone), in the order of each group's first value.
 */
function groups(
  domain: Domain,
  flat: Flat,
  remaining: readonly number[],
  q: number,
  comp: number,
  guard: MaskCondition | undefined,
): number[] {
  const { start, atomQ, atomMask, mentions, width } = flat;
  const notAsked = (domain.questions[q] as QuestionDomain).notAsked & comp;
  // Refine the values, mask by mask: two values end in one part exactly when every mask takes both or neither.
  let parts = [comp & ~notAsked];
  const seen = new Set<number>();
  const refine = (mask: number) => {
    const m = mask & comp;
    if (seen.has(m)) return;
    seen.add(m);
    const next: number[] = [];
    for (const part of parts) {
      const inside = part & m;
      if (inside !== 0) next.push(inside);
      if ((part & ~m) !== 0) next.push(part & ~m);
    }
    parts = next;
  };
  for (const r of remaining) {
    if (mentions[r * width + q] === 0) continue;
    const end = start[r + 1] as number;
    for (let a = start[r] as number; a < end; a++) if (atomQ[a] === q) refine(atomMask[a] as number);
  }
  if (guard) for (const clause of guard) for (const atom of clause) if (atom.q === q) refine(atom.mask);
  // The question is split here, so some answer is left: the parts are never empty.
  if (notAsked !== 0) parts.push(notAsked);
  return parts.sort((a, b) => (a & -a) - (b & -b));
}
