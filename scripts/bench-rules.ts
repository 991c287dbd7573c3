/**
 * `npm run bench:rules`: the rules checker's time on seeded synthetic rule
 * sets of 1,000 and 5,000 rules over 30 questions, and on a 13-question set
 * small enough to enumerate, against plain enumeration of every full path.
 * Prints figures; nothing here is asserted.
 */
import { performance } from 'node:perf_hooks';
import { checkModel } from '../src/rules/checker/check.ts';
import type { Condition, TriageModel } from '../src/rules/model.ts';
import { type SyntheticOptions, syntheticLocations, syntheticModel } from './synthetic-rules.ts';

const base = { minOptions: 2, maxOptions: 5, drop: 0.01, widen: 0.01 } as const;

/** Best of a few runs: the machine's noise, not the checker's. */
function time<T>(runs: number, work: () => T): { ms: number; result: T } {
  let best = Number.POSITIVE_INFINITY;
  let result = work();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = work();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, result };
}

function check(options: SyntheticOptions, runs: number) {
  const model = syntheticModel(options);
  const locations = syntheticLocations(model);
  const { ms, result } = time(runs, () => checkModel(model, locations));
  const count = (kind: string) => result.findings.filter((f) => f.kind === kind).length;
  console.log(
    `${String(model.rules.length).padStart(5)} rules, ${model.questions.length} questions: checker ${ms.toFixed(1)} ms` +
      ` (${result.nodes} regions; ${result.gapRegions} gap regions, ${count('rule-never-fires') + count('rule-never-holds')} rules never fire, ${count('question-never-asked')} questions never asked${count('analysis-incomplete') ? ', INCOMPLETE' : ''})`,
  );
  return { ms, model, result };
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

console.log('Rules checker benchmark (seeded synthetic rule sets; best of several runs)\n');
const small = check({ ...base, seed: 13, questions: 13, rules: 400, minOptions: 3, maxOptions: 4 }, 20);
const enumerated = time(2, () => enumerate(small.model));
console.log(
  `  plain enumeration of the same set: ${enumerated.ms.toFixed(0)} ms over ${enumerated.result.paths.toLocaleString('en-GB')} full paths` +
    ` (${enumerated.result.gaps} gap paths, ${enumerated.result.dead} rules never fire)`,
);
console.log(`  checker is ${(enumerated.ms / small.ms).toFixed(0)}x faster than enumeration (goal: at least 100x)\n`);
const thousand = check({ ...base, seed: 1000, questions: 30, rules: 1000 }, 5);
const fiveThousand = check({ ...base, seed: 5000, questions: 30, rules: 5000 }, 3);
const growth = fiveThousand.ms / thousand.ms;
const ruleGrowth = fiveThousand.model.rules.length / thousand.model.rules.length;
console.log(
  `\ngrowth from ${thousand.model.rules.length} to ${fiveThousand.model.rules.length} rules: time x${growth.toFixed(2)} for rules x${ruleGrowth.toFixed(2)}` +
    ` (${growth <= ruleGrowth * 1.1 ? 'no worse than linear' : 'WORSE than linear'}); goal: 5,000 rules in about a second`,
);
