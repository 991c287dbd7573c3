/**
 * Which questions the engine asks on some path. A question is asked when its
 * ask-when holds and the rules, read three-valued over the answers before it,
 * have not yet decided: the first rule not ruled out is still open.
 *
 * Cheap witnesses come first (walking one real path marks every question it
 * asks); a question still unmarked gets an exact sweep over the questions
 * before it, with each rule read as "true already" (T) and "may still be
 * true" (P), tried T0, P0, T1, P1...: a path that first hits a P is one where
 * the engine asks the question.
 */
import { conjoin, type Domain, type MaskAtom, type MaskCondition } from './domain.ts';
import type { Analysis } from './examples.ts';
import { walkRegion } from './path.ts';
import { firstConsistent, type Region, sweep } from './sweep.ts';

const MAX_FRUITLESS_WALKS = 8;

export interface Asked {
  /** For each question, whether some path asks it. */
  readonly asked: readonly boolean[];
  /** False when a sweep ran out of budget (questions may be asked that are not marked). */
  readonly complete: boolean;
  /** The questions the cheap witnesses left unmarked, each settled by an exact search: what the check cost. */
  readonly searched: readonly number[];
}

/** Finds the questions asked on some path, starting from real paths already known. */
export function askedQuestions(
  analysis: Analysis,
  rules: readonly MaskCondition[],
  known: readonly Region[],
  firedRegions: ReadonlyMap<number, Region> = new Map(),
): Asked {
  const { model, domain } = analysis;
  const asked = model.questions.map(() => false);
  const mark = (region: Region) => {
    for (const q of walkRegion(domain, rules, region).asked) asked[q] = true;
  };
  let complete = true;
  const searched: number[] = [];
  // Cheapest witnesses first: a path decided by a rule is asked every answered question before that rule turns true.
  for (const [rule, region] of firedRegions) markBeforeTrue(domain, rules[rule] ?? [], region, asked);
  // Walks are cheap but not free: stop once they stop finding new questions.
  let fruitless = 0;
  for (const region of known) {
    if (asked.every(Boolean) || fruitless >= MAX_FRUITLESS_WALKS) break;
    const before = asked.filter(Boolean).length;
    mark(region);
    fruitless = asked.filter(Boolean).length > before ? 0 : fruitless + 1;
  }
  for (let q = 0; q < asked.length; q++) {
    if (asked[q]) continue;
    searched.push(q);
    const found = exactWitness(analysis, rules, q);
    if (found === 'incomplete') complete = false;
    else if (found) mark(found);
    // A witness proves the question is asked even if the walk from a representative stops early.
    if (found && found !== 'incomplete') asked[q] = true;
  }
  return { asked, complete, searched };
}

/**
 * Marks the questions asked on the first path of `region`, a region of real
 * paths decided by `rule`, up to where the rule turns true: the engine cannot
 * decide before then (an earlier rule true there would be true on the whole
 * path), so it asks every answered question before it. One rule's atoms
 * only, where a walk reads every rule above it.
 */
function markBeforeTrue(domain: Domain, rule: MaskCondition, region: Region, asked: boolean[]): void {
  let trueAt = -1;
  for (const clause of rule) {
    let at = 0;
    for (const atom of clause) {
      const value = (region.comps[atom.q] as number) & -(region.comps[atom.q] as number);
      at = (value & atom.mask) !== 0 ? Math.max(at, atom.q + 1) : Number.POSITIVE_INFINITY;
    }
    if (at !== Number.POSITIVE_INFINITY && (trueAt < 0 || at < trueAt)) trueAt = at;
  }
  for (let q = 0; q < trueAt; q++) {
    const comp = region.comps[q] as number;
    if ((comp & -comp) !== domain.questions[q]?.notAsked) asked[q] = true;
  }
}

function exactWitness(analysis: Analysis, rules: readonly MaskCondition[], q: number): Region | null | 'incomplete' {
  const { domain } = analysis;
  const possible = new Map<number, MaskCondition>();
  /** "May still be true" for an atom on a question not reached yet: unless its ask-when is already false. */
  const mayBeAsked = (p: number): MaskCondition => {
    const known = possible.get(p);
    if (known) return known;
    const askWhen = domain.askWhen[p];
    const result = askWhen ? mayHold(askWhen) : [[]];
    possible.set(p, result);
    return result;
  };
  const mayHold = (condition: MaskCondition): MaskCondition =>
    condition.flatMap((clause) => {
      const before: MaskAtom[] = clause.filter((a) => a.q < q);
      return clause.filter((a) => a.q >= q).reduce<MaskCondition>((acc, a) => conjoin(acc, mayBeAsked(a.q)), [before]);
    });
  const decided = (condition: MaskCondition): MaskCondition => condition.filter((c) => c.every((a) => a.q < q));
  const list = rules.flatMap((rule) => [decided(rule), mayHold(rule)]);
  let found: Region | null = null;
  const result = sweep({
    domain,
    rules: list,
    ...(domain.askWhen[q] ? { guard: domain.askWhen[q] as MaskCondition } : {}),
    budget: analysis.budget,
    // Only "already true" entries can decide there: the question is not asked on those paths.
    skipCovered: (deciding) => deciding.every((entry) => entry % 2 === 0),
    onLeaf: (leaf) => {
      if (leaf.kind !== 'decided' || leaf.rule % 2 === 0) return false;
      found = firstConsistent(domain, leaf.region, analysis.budget);
      return found !== null;
    },
  });
  return found ?? (result.unexplored.length > 0 ? 'incomplete' : null);
}
