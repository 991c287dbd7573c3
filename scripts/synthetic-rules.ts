/**
 * Seeded synthetic rule sets for the checker's benchmark: a random decision
 * tree over many questions (some asked only on one branch, some
 * multi-select), one rule per leaf, then some rules dropped (gaps) and some
 * widened (masking the rules after them).
 */
import type { Atom, ModelLocations, Question, Rule, RulesVersion, StartPage, TriageModel } from '../src/rules/model.ts';

export interface SyntheticOptions {
  readonly seed: number;
  readonly questions: number;
  readonly rules: number;
  readonly minOptions: number;
  readonly maxOptions: number;
  /** Share of rules dropped, and share widened. */
  readonly drop: number;
  readonly widen: number;
}

const DISPOSITIONS = ['level-1', 'level-2', 'level-3', 'level-4'];

/** A small fast seeded generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Leaf {
  readonly path: ReadonlyMap<number, readonly string[]>;
}

/** Builds the rule set. */
export function syntheticModel(options: SyntheticOptions): TriageModel {
  const rand = random(options.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const questions: Question[] = [];
  for (let i = 0; i < options.questions; i++) {
    const multi = i % 10 === 0;
    const count = int(options.minOptions, options.maxOptions);
    const ids = Array.from({ length: count }, (_, o) => `q${i}-o${o}`);
    if (multi) ids[count - 1] = `q${i}-none`;
    const parent = i >= 3 && rand() < 0.3 ? int(0, i - 1) : -1;
    const parentQ = questions[parent];
    const askWhen =
      parentQ && parentQ.type === 'single'
        ? { anyOf: [[{ question: parentQ.id, options: [parentQ.options[0]?.id ?? ''] }]] }
        : null;
    questions.push({
      id: `q${i}`,
      type: multi ? 'multi' : 'single',
      text: `Question ${i}`,
      options: ids.map((id, o) => ({ id, label: id, exclusive: multi && o === count - 1 })),
      askWhen,
    });
  }

  // Grow the tree by splitting random leaves until there are enough.
  const leaves: Leaf[] = [{ path: new Map() }];
  for (let guard = 0; leaves.length < options.rules && guard < options.rules * 50; guard++) {
    const at = int(0, leaves.length - 1);
    const leaf = leaves[at] as Leaf;
    const open = questions.flatMap((q, i) => (leaf.path.has(i) || !askedOn(q, leaf, questions) ? [] : [i]));
    if (open.length === 0) continue;
    const qi = open[int(0, open.length - 1)] as number;
    const q = questions[qi] as Question;
    const groups = q.type === 'multi' ? multiGroups(q) : singleGroups(q, rand);
    leaves.splice(at, 1, ...groups.map((g) => ({ path: new Map([...leaf.path, [qi, g]]) })));
  }
  const ordered = [...leaves].sort((a, b) => compareLeaves(a, b, questions));

  let rules: Rule[] = ordered.map((leaf, i) => ({
    id: `rule-${i}`,
    when: {
      anyOf: [[...leaf.path].sort(([a], [b]) => a - b).map(([q, o]): Atom => ({ question: `q${q}`, options: o }))],
    },
    disposition: DISPOSITIONS[int(0, DISPOSITIONS.length - 1)] as string,
    guidance: 'advice',
    related: [],
    reason: 'synthetic',
  }));
  rules = rules.filter(() => rand() >= options.drop);
  rules = rules.map((rule) => {
    const clause = rule.when.anyOf[0] ?? [];
    if (rand() >= options.widen || clause.length < 2) return rule;
    const dropAt = int(0, clause.length - 1);
    return { ...rule, when: { anyOf: [clause.filter((_, i) => i !== dropAt)] } };
  });
  return {
    questions,
    dispositions: DISPOSITIONS.map((id) => ({ id, careCard: 'self-care', title: id, summary: id })),
    rules,
    regions: [],
    startPage: EMPTY_START_PAGE,
    version: SYNTHETIC_VERSION,
  };
}

/** A start page for models made only to be checked, which no one reads. */
/** The version made-up models carry. */
export const SYNTHETIC_VERSION: RulesVersion = { version: '0.0.0', changed: '2026-01-01' };

export const EMPTY_START_PAGE: StartPage = {
  title: 'Check',
  lead: 'Check.',
  emergency: 'Call.',
  useIf: { intro: 'Use it if:', items: ['you can'] },
  doNotUseIf: { intro: 'Do not use it if:', items: ['you cannot'] },
  notes: [],
};

/** Whether the tree may split on `q` below `leaf`: always asked, or its ask-when settled true on the path. */
function askedOn(q: Question, leaf: Leaf, questions: readonly Question[]): boolean {
  const atom = q.askWhen?.anyOf[0]?.[0];
  if (!atom) return true;
  const parent = questions.findIndex((x) => x.id === atom.question);
  const chosen = leaf.path.get(parent);
  return chosen?.every((o) => atom.options.includes(o)) ?? false;
}

function multiGroups(q: Question): string[][] {
  const none = q.options.filter((o) => o.exclusive).map((o) => o.id);
  return [none, q.options.filter((o) => !o.exclusive).map((o) => o.id)];
}

function singleGroups(q: Question, rand: () => number): string[][] {
  const groups: string[][] = [];
  for (const o of q.options) {
    const last = groups.at(-1);
    if (last && rand() < 0.3) last.push(o.id);
    else groups.push([o.id]);
  }
  return groups.length > 1 ? groups : [[q.options[0]?.id ?? ''], q.options.slice(1).map((o) => o.id)];
}

/** Depth-first order: leaves sharing a longer path prefix stay together. */
function compareLeaves(a: Leaf, b: Leaf, questions: readonly Question[]): number {
  const key = (leaf: Leaf) =>
    [...leaf.path.entries()].map(([q, o]) => questions[q]?.options.findIndex((x) => x.id === o[0]) ?? 0);
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < Math.min(ka.length, kb.length); i++) if (ka[i] !== kb[i]) return (ka[i] ?? 0) - (kb[i] ?? 0);
  return ka.length - kb.length;
}

/** Made-up locations, one line per item, for findings on a model built in memory; files are named in `dir`. */
export function syntheticLocations(model: TriageModel, dir = 'synthetic'): ModelLocations {
  const lines = (file: string, ids: readonly string[]) =>
    Object.fromEntries(ids.map((id, i) => [id, { file: `${dir}/${file}`, line: i + 1, column: 1 }]));
  return {
    questions: lines(
      'questions.yaml',
      model.questions.map((q) => q.id),
    ),
    rules: lines(
      'routing.yaml',
      model.rules.map((r) => r.id),
    ),
    dispositions: lines(
      'dispositions.yaml',
      model.dispositions.map((d) => d.id),
    ),
    articles: lines('guidance', [...new Set(model.rules.flatMap((r) => [r.guidance, ...r.related]))]),
  };
}
