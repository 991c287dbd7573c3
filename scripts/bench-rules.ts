/**
 * `npm run bench:rules`: the rules checker's time on seeded synthetic rule
 * sets of 1,000 and 5,000 rules over 30 questions, and on a 13-question set
 * small enough to enumerate, against plain enumeration of every full path.
 * Prints figures; nothing here is asserted.
 */
import { checkModel } from '../src/checker/check.ts';
import { buildDomain, compatibleWith, toMasks } from '../src/checker/domain.ts';
import type { Condition, TriageModel } from '../src/rules/model.ts';
import { type SyntheticOptions, syntheticLocations, syntheticModel } from './synthetic-rules.ts';

const base = { minOptions: 2, maxOptions: 5, drop: 0.01, widen: 0.01 } as const;

/** This process's CPU time in ms: on a shared machine, time spent waiting for a core is not the checker's. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Best of a few runs: the machine's noise, not the checker's. */
function time<T>(runs: number, work: () => T): { ms: number; result: T } {
  let best = Number.POSITIVE_INFINITY;
  let result = work();
  for (let i = 0; i < runs; i++) {
    const start = cpuMs();
    result = work();
    best = Math.min(best, cpuMs() - start);
  }
  return { ms: best, result };
}

function check(options: SyntheticOptions, runs: number) {
  const model = syntheticModel(options);
  const locations = syntheticLocations(model);
  const { ms, result } = time(runs, () => checkModel(model, locations));
  const count = (kind: string) => result.findings.filter((f) => f.kind === kind).length;
  const overlaps = overlappingPairs(model);
  const atoms = model.rules.reduce((sum, r) => sum + r.when.anyOf.flat().length, 0);
  console.log(
    `${String(model.rules.length).padStart(5)} rules, ${model.questions.length} questions: checker ${ms.toFixed(1).padStart(6)} ms` +
      ` (${atoms} atoms, ${overlaps} overlapping rule pairs; ${result.nodes} regions; ${result.gapRegions} gap regions, ${count('rule-never-fires') + count('rule-never-holds')} rules never fire, ${count('question-never-asked')} questions never asked${count('analysis-incomplete') ? ', INCOMPLETE' : ''})`,
  );
  return { ms, model, result, overlaps, atoms };
}

/**
 * Pairs of rules that can hold on one path (found pair by pair, outside the
 * timing): a widened rule overlaps rules in other branches of the tree, and
 * every overlap is work for any exact analysis of first-hit rules.
 */
function overlappingPairs(model: TriageModel): number {
  const domain = buildDomain(model);
  const rules = model.rules.map((r) => toMasks(domain, r.when));
  let pairs = 0;
  rules.forEach((rule, i) => {
    const meets = compatibleWith(rule, domain.questions.length);
    for (let j = i + 1; j < rules.length; j++) if (meets(rules[j] ?? [])) pairs++;
  });
  return pairs;
}

/** Plain enumeration: every full path, first hit over the rules, as a careful peer would write it. */
function enumerate(model: TriageModel): { paths: number; gaps: number; dead: number } {
  const n = model.questions.length;
  const index = new Map(model.questions.map((q, i) => [q.id, i]));
  const compile = (c: Condition) =>
    c.anyOf.map((clause) =>
      clause.map((a) => {
        const q = model.questions[index.get(a.question) ?? 0];
        const mask = (q?.options ?? []).reduce((m, o, i) => (a.options.includes(o.id) ? m | (1 << i) : m), 0);
        return { q: index.get(a.question) ?? 0, mask };
      }),
    );
  const rules = model.rules.map((r) => compile(r.when));
  const askWhen = model.questions.map((q) => (q.askWhen ? compile(q.askWhen) : null));
  const choices = model.questions.map((q) => {
    const bits = q.options.map((_, i) => 1 << i);
    if (q.type === 'single') return bits;
    const exclusive = q.options.findIndex((o) => o.exclusive);
    const others = bits.filter((_, i) => i !== exclusive);
    const sets = [1 << exclusive];
    for (let s = 1; s < 1 << others.length; s++) sets.push(others.reduce((m, b, i) => (s & (1 << i) ? m | b : m), 0));
    return sets;
  });
  const answer = new Array<number>(n).fill(0);
  const holds = (c: { q: number; mask: number }[][]) => c.some((cl) => cl.every((a) => (answer[a.q] ?? 0) & a.mask));
  const fired = new Set<number>();
  let paths = 0;
  let gaps = 0;
  const visit = (i: number) => {
    if (i === n) {
      paths++;
      const hit = rules.findIndex(holds);
      if (hit < 0) gaps++;
      else fired.add(hit);
      return;
    }
    const condition = askWhen[i];
    if (condition && !holds(condition)) {
      answer[i] = 0;
      visit(i + 1);
      return;
    }
    for (const choice of choices[i] ?? []) {
      answer[i] = choice;
      visit(i + 1);
    }
    answer[i] = 0;
  };
  visit(0);
  return { paths, gaps, dead: rules.length - fired.size };
}

console.log('Rules checker benchmark (seeded synthetic rule sets; CPU time, best of several runs)\n');
const small = check({ ...base, seed: 13, questions: 13, rules: 400, minOptions: 3, maxOptions: 4 }, 20);
const enumerated = time(2, () => enumerate(small.model));
console.log(
  `  plain enumeration of the same set: ${enumerated.ms.toFixed(0)} ms over ${enumerated.result.paths.toLocaleString('en-GB')} full paths` +
    ` (${enumerated.result.gaps} gap paths, ${enumerated.result.dead} rules never fire)`,
);
console.log(`  checker is ${(enumerated.ms / small.ms).toFixed(0)}x faster than enumeration (goal: at least 100x)\n`);
// Three seeds a size: one tree can be much easier or harder than another of the same size.
const seeds = [1, 2, 3];
const thousand = seeds.map((seed) => check({ ...base, seed: 1000 + seed, questions: 30, rules: 1000 }, 10));
const fiveThousand = seeds.map((seed) => check({ ...base, seed: 5000 + seed, questions: 30, rules: 5000 }, 6));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[1] ?? 0;
type Run = ReturnType<typeof check>;
const at = (runs: Run[], of: (r: Run) => number) => median(runs.map(of));
const ms = (r: Run) => r.ms;
console.log(
  `\nmedian time: ${at(thousand, ms).toFixed(1)} ms at 1,000 rules, ${at(fiveThousand, ms).toFixed(1)} ms at 5,000 rules (goal: 5,000 rules in about a second)`,
);
// Growth against several measures of size: the rules alone undersell the 5,000-rule sets,
// whose deeper tree gives longer rules (more atoms) and whose widened rules overlap far more others.
const grew = (of: (r: Run) => number) => at(fiveThousand, of) / at(thousand, of);
const timeGrowth = grew(ms);
const versus = (name: string, growth: number) =>
  `${name} x${growth.toFixed(2)} (${timeGrowth <= growth ? 'no worse than linear' : 'worse than linear'} in ${name})`;
const measures: [string, number, string][] = [
  ['rules', grew((r) => r.model.rules.length), ''],
  ['atoms', grew((r) => r.atoms), ': the size of the input'],
  ['regions', grew((r) => r.result.nodes), ": the sweep's own work"],
];
console.log(`growth from 1,000 to 5,000 rules: time x${timeGrowth.toFixed(2)} for`);
for (const [name, growth, note] of measures) console.log(`  ${versus(name, growth)}${note}`);
console.log(`  overlapping rule pairs x${grew((r) => r.overlaps).toFixed(2)}`);
const perAtom = (runs: Run[]) => at(runs, (r) => (r.ms * 1000) / r.atoms);
console.log(
  `time per atom: ${perAtom(thousand).toFixed(2)} µs at 1,000 rules, ${perAtom(fiveThousand).toFixed(2)} µs at 5,000 rules`,
);

// The same trees with rules dropped but none widened: no overlaps, so the work is the tree's alone.
console.log('\nwithout widened rules (no overlaps):');
const plainSmall = check({ ...base, widen: 0, seed: 1001, questions: 30, rules: 1000 }, 10);
const plainLarge = check({ ...base, widen: 0, seed: 5001, questions: 30, rules: 5000 }, 6);
const plainGrowth = (of: (r: Run) => number) => (of(plainLarge) / of(plainSmall)).toFixed(2);
console.log(
  `growth from 1,000 to 5,000 rules: time x${plainGrowth(ms)} for rules x${plainGrowth((r) => r.model.rules.length)}, atoms x${plainGrowth((r) => r.atoms)}, regions x${plainGrowth((r) => r.result.nodes)}`,
);
