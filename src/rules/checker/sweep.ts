/**
 * The decision table sweep (the categorical form of Calvanese et al.,
 * "Semantics and analysis of DMN decision tables", BPM 2016), run the way the
 * engine walks: questions in order, rules first hit, three-valued.
 *
 * A node is a region: for each question already passed, the set of values it
 * may still take (or "not asked"), plus the rules not yet ruled out on it.
 * The first such rule is either true on the whole region (a leaf it decides),
 * undecided on all of it (ask the next question: the region grows a
 * component), or true on part of it: then the region is split on one
 * question, grouping its values by which remaining rules accept them. No
 * single answer combination is ever enumerated.
 */
import type { Domain, MaskCondition } from './domain.ts';

const FALSE = 0;
const TRUE = 1;
const UNDECIDED = 2;
const SPLIT = 3;
type Status = 0 | 1 | 2 | 3;

/** A region: `comps[q]` for each question before `k`; later ones are not reached yet. */
export interface Region {
  readonly comps: readonly number[];
  readonly k: number;
}

export type Leaf =
  /** Rule `rule` (an index into the swept rules) decides every path in the region. */
  | { readonly kind: 'decided'; readonly rule: number; readonly region: Region; readonly guard: boolean | 'undecided' }
  /** No rule decides these paths. */
  | { readonly kind: 'gap'; readonly region: Region; readonly guard: boolean | 'undecided' };

export interface SweepInput {
  readonly domain: Domain;
  /** The rules, first hit, as masks. */
  readonly rules: readonly MaskCondition[];
  /** Only paths on which this can hold are swept. */
  readonly guard?: MaskCondition;
  /** Where to start; by default before the first question. */
  readonly start?: Region;
  /** How many nodes to visit before giving up. */
  readonly budget: number;
  readonly onLeaf: (leaf: Leaf) => void;
}

export interface SweepResult {
  /** Questions asked on some path. */
  readonly asked: readonly boolean[];
  readonly nodes: number;
  /** Regions not swept when the budget ran out; empty when the analysis is complete. */
  readonly unexplored: readonly Region[];
}

interface Node {
  comps: number[];
  k: number;
  rules: readonly number[];
}

/** Sweeps the answer space, reporting every leaf region; the leaves never overlap. */
export function sweep(input: SweepInput): SweepResult {
  const { domain, rules, guard } = input;
  const askWhen = domain.askWhen;
  const n = domain.questions.length;
  const asked = new Array<boolean>(n).fill(false);
  let atomQ = -1;
  let atomMask = 0;
  let comps: number[] = [];
  let k = 0;

  const atomStatus = (q: number, mask: number): Status => {
    if (q < k) {
      const c = comps[q] as number;
      if ((c & mask) === 0) return FALSE;
      if ((c & ~mask) === 0) return TRUE;
      atomQ = q;
      atomMask = mask;
      return SPLIT;
    }
    const a = isAsked(q);
    return a === FALSE || a === SPLIT ? a : UNDECIDED;
  };
  const status = (condition: MaskCondition): Status => {
    let result: Status = FALSE;
    let split = false;
    let splitAt = -1;
    let splitWith = 0;
    for (const clause of condition) {
      let c: Status = TRUE;
      let clauseQ = -1;
      let clauseMask = 0;
      for (const atom of clause) {
        const s = atomStatus(atom.q, atom.mask);
        if (s === FALSE) {
          c = FALSE;
          break;
        }
        if (s === SPLIT && clauseQ < 0) {
          clauseQ = atomQ;
          clauseMask = atomMask;
        } else if (s === UNDECIDED) c = UNDECIDED;
      }
      if (c === FALSE) continue;
      if (clauseQ >= 0) {
        // Only a clause that can still hold is worth splitting for.
        if (!split) {
          splitAt = clauseQ;
          splitWith = clauseMask;
        }
        split = true;
      } else if (c === TRUE) return TRUE;
      else result = UNDECIDED;
    }
    if (!split) return result;
    atomQ = splitAt;
    atomMask = splitWith;
    return SPLIT;
  };
  const isAsked = (q: number): Status => {
    const condition = askWhen[q];
    return condition ? status(condition) : TRUE;
  };

  const stack: Node[] = [
    { comps: [...(input.start?.comps ?? [])], k: input.start?.k ?? 0, rules: rules.map((_, i) => i) },
  ];
  let nodes = 0;
  const unexplored: Region[] = [];

  const split = (node: Node, from: number) => {
    // Read at once: the status call that asked for the split left its atom here.
    const q = atomQ;
    const masks = new Set<number>([atomMask]);
    for (let i = from; i < node.rules.length; i++) {
      for (const clause of rules[node.rules[i] as number] ?? []) {
        for (const atom of clause) if (atom.q === q) masks.add(atom.mask);
      }
    }
    const groups = new Map<string, number>();
    const c = node.comps[q] as number;
    for (let v = 0; v < 31; v++) {
      if (!(c & (1 << v))) continue;
      let signature = '';
      for (const mask of masks) signature += mask & (1 << v) ? '1' : '0';
      groups.set(signature, (groups.get(signature) ?? 0) | (1 << v));
    }
    // Pushed in reverse so the first group is swept first, keeping leaves in answer order.
    for (const group of [...groups.values()].reverse()) {
      comps = [...node.comps];
      comps[q] = group;
      k = node.k;
      const kept = node.rules.slice(from).filter((r) => status(rules[r] as MaskCondition) !== FALSE);
      stack.push({ comps, k, rules: kept });
    }
  };

  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (nodes >= input.budget) {
      unexplored.push({ comps: node.comps, k: node.k }, ...stack.map((s) => ({ comps: s.comps, k: s.k })));
      break;
    }
    comps = node.comps;
    k = node.k;
    let guardStatus: Status = guard ? UNDECIDED : TRUE;
    let from = 0;
    for (;;) {
      nodes++;
      if (guardStatus !== TRUE && guard) {
        guardStatus = status(guard);
        if (guardStatus === FALSE) break;
        if (guardStatus === SPLIT) {
          split(node, from);
          break;
        }
      }
      let s: Status = FALSE;
      while (from < node.rules.length) {
        s = status(rules[node.rules[from] as number] as MaskCondition);
        if (s !== FALSE) break;
        from++;
      }
      const guardValue = guardStatus === TRUE ? true : 'undecided';
      const region = (): Region => ({ comps: comps.slice(0, k), k });
      if (from >= node.rules.length) {
        input.onLeaf({ kind: 'gap', region: region(), guard: guardValue });
        break;
      }
      if (s === TRUE) {
        input.onLeaf({ kind: 'decided', rule: node.rules[from] as number, region: region(), guard: guardValue });
        break;
      }
      if (s === SPLIT) {
        split(node, from);
        break;
      }
      // Undecided: the engine asks the next question whose ask-when holds.
      if (k >= n) {
        input.onLeaf({ kind: 'gap', region: region(), guard: guardValue });
        break;
      }
      const a = isAsked(k);
      if (a === SPLIT) {
        split(node, from);
        break;
      }
      const d = domain.questions[k];
      if (a === TRUE) asked[k] = true;
      comps[k] = a === TRUE ? (d?.answered ?? 0) : (d?.notAsked ?? 0);
      k++;
      node.k = k;
    }
  }
  return { asked, nodes, unexplored };
}
