/**
 * The proof that the sweep is right: on random small models, what the checker
 * says equals what plain enumeration of every full path through the engine
 * finds, down to which region each single path falls in.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askedQuestions } from '../../src/checker/asked.ts';
import { checkModel } from '../../src/checker/check.ts';
import { sweepCoverage } from '../../src/checker/coverage.ts';
import { buildDomain, type Domain, toMasks } from '../../src/checker/domain.ts';
import { type Leaf, sweep } from '../../src/checker/sweep.ts';
import { parseAnswers } from '../../src/engine/answers-text.ts';
import { walk } from '../../src/engine/decide.ts';
import type { TriageModel } from '../../src/rules/model.ts';
import { enumerate, holds } from '../support/enumerate.ts';
import { runs } from '../support/mutation.ts';
import { fakeLocations, randomModel } from '../support/random-model.ts';

const RUNS = runs(300);

/** Which checker value a real answer is: the exclusive option, or the set of option groups it touches. */
function checkerValue(model: TriageModel, domain: Domain, q: number, answer: readonly string[] | undefined): number {
  const d = domain.questions[q];
  if (!d) throw new Error('no such question');
  if (answer === undefined) return d.notAsked;
  const atoms = [...model.rules.map((r) => r.when), ...model.questions.flatMap((x) => (x.askWhen ? [x.askWhen] : []))]
    .flatMap((c) => c.anyOf.flat())
    .filter((a) => a.question === d.question.id);
  const key = (options: readonly string[]) => {
    const exclusive = d.question.options.find((o) => o.exclusive && options.includes(o.id));
    if (exclusive) return 'exclusive';
    const signatures = options.map((o) => atoms.map((a) => (a.options.includes(o) ? 1 : 0)).join(''));
    return [...new Set(signatures)].sort().join('|');
  };
  const v = d.values.findIndex((value) => key(value) === key(answer));
  if (v < 0) throw new Error(`no value for ${answer.join(',')}`);
  return 1 << v;
}

function contains(leaf: Leaf, values: readonly number[]): boolean {
  return leaf.region.comps.every((comp, q) => (comp & (values[q] as number)) !== 0);
}

describe('the sweep against plain enumeration', () => {
  it('puts every full path in exactly one leaf, with the outcome the engine gives it, and asks the same questions', () => {
    fc.assert(
      fc.property(randomModel, (model) => {
        const domain = buildDomain(model);
        const leaves: Leaf[] = [];
        const result = sweep({
          domain,
          rules: model.rules.map((r) => toMasks(domain, r.when)),
          budget: 100_000,
          onLeaf: (leaf) => {
            leaves.push(leaf);
            return false;
          },
        });
        expect(result.unexplored).toEqual([]);
        const paths = enumerate(model);
        for (const path of paths) {
          const values = model.questions.map((q, i) => checkerValue(model, domain, i, path.answers[q.id]));
          const holding = leaves.filter((leaf) => contains(leaf, values));
          expect(holding).toHaveLength(1);
          const leaf = holding[0] as Leaf;
          expect(leaf.kind === 'decided' ? model.rules[leaf.rule]?.id : null).toBe(path.rule);
        }
        const expected = model.questions.map((q) => paths.some((p) => p.asked.includes(q.id)));
        const analysis = { model, domain, budget: 100_000 };
        const coverage = sweepCoverage(analysis);
        expect(coverage.asked).toEqual(expected);
        // The merged gap regions hold exactly the paths no rule decides, each once.
        for (const path of paths) {
          const values = model.questions.map((q, i) => checkerValue(model, domain, i, path.answers[q.id]));
          const inGaps = coverage.gaps.filter((gap) => gap.comps.every((c, q) => (c & (values[q] as number)) !== 0));
          expect(inGaps.length).toBe(path.rule === null ? 1 : 0);
        }
        // Without any known path, every answer rests on the exact sweep alone.
        const rules = model.rules.map((r) => toMasks(domain, r.when));
        expect(askedQuestions(analysis, rules, []).asked).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('finds the same gaps, dead rules, masking rules and unasked questions', () => {
    fc.assert(
      fc.property(randomModel, (model) => {
        const paths = enumerate(model);
        const { findings } = checkModel(model, fakeLocations(model));
        const of = (...kinds: string[]) => findings.filter((f) => kinds.includes(f.kind));

        expect(of('gap').length > 0).toBe(paths.some((p) => p.rule === null));
        for (const gap of of('gap')) {
          const parsed = parseAnswers(model, gap.example ?? '');
          expect(parsed.ok && walk(model, parsed.answers).step.kind).toBe('gap');
        }

        const fired = new Set(paths.map((p) => p.rule));
        const dead = model.rules.filter((r) => !fired.has(r.id)).map((r) => `rules/routing.yaml:${line(model, r.id)}`);
        expect(of('rule-never-fires', 'rule-never-holds').map((f) => `${f.file}:${f.line}`)).toEqual(dead);
        for (const f of of('rule-never-fires', 'rule-never-holds')) {
          const rule = model.rules[f.line - 1];
          if (!rule) throw new Error('no rule at that line');
          const maskers = new Set(paths.filter((p) => holds(rule.when, p.answers)).map((p) => p.rule));
          expect(f.kind === 'rule-never-holds').toBe(maskers.size === 0);
          expect(f.maskedBy ?? []).toEqual(model.rules.filter((r) => maskers.has(r.id)).map((r) => r.id));
          const where = paths.filter((p) => holds(rule.when, p.answers));
          const covering = (f.maskedBy ?? []).filter((id) =>
            where.every((p) => holds(model.rules.find((r) => r.id === id)?.when ?? { anyOf: [] }, p.answers)),
          );
          expect(f.coveredBy ?? []).toEqual(covering);
          if (f.example !== undefined) {
            const parsed = parseAnswers(model, f.example);
            if (!parsed.ok) throw new Error(f.example);
            const decided = walk(model, parsed.answers).step;
            expect(decided.kind === 'decided' && decided.rule.id).toBe(f.coveredBy?.[0] ?? f.maskedBy?.[0]);
          }
        }

        const unasked = model.questions.filter((q) => !paths.some((p) => p.asked.includes(q.id)));
        const flagged = of('question-never-asked', 'ask-when-never-holds');
        expect(flagged.map((f) => f.line)).toEqual(unasked.map((q) => model.questions.indexOf(q) + 1));
        for (const f of flagged) {
          const question = model.questions[f.line - 1];
          const canHold = paths.some((p) => !question?.askWhen || holds(question.askWhen, p.answers));
          expect(f.kind === 'ask-when-never-holds').toBe(!canHold);
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('finds exactly the outcomes that break an invariant', () => {
    const invariantArb = randomModel.chain((model) =>
      fc.record({
        model: fc.constant(model),
        when: fc.constantFrom(...model.rules.map((r) => r.when)),
        allowed: fc.subarray(['red', 'amber', 'green'], { minLength: 1 }),
      }),
    );
    fc.assert(
      fc.property(invariantArb, ({ model, when, allowed }) => {
        const invariant = { id: 'promise', when, dispositions: allowed, reason: 'r', location: at() };
        const { findings } = checkModel(model, fakeLocations(model), [invariant]);
        const broken = findings.filter((f) => f.kind === 'invariant-broken');
        const expected = new Set(
          enumerate(model)
            .filter((p) => holds(when, p.answers))
            .filter((p) => p.rule === null || !allowed.includes(ruleTo(model, p.rule)))
            .map((p) => p.rule ?? 'gap'),
        );
        const reported = broken.map((f) => f.message.match(/rule "([^"]+)"/)?.[1] ?? 'gap');
        expect(new Set(reported)).toEqual(expected);
        for (const f of broken) {
          const parsed = parseAnswers(model, f.example ?? '');
          if (!parsed.ok) throw new Error(String(f.example));
          expect(holds(when, parsed.answers)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});

function line(model: TriageModel, ruleId: string): number {
  return model.rules.findIndex((r) => r.id === ruleId) + 1;
}

function ruleTo(model: TriageModel, ruleId: string): string {
  return model.rules.find((r) => r.id === ruleId)?.disposition ?? '';
}

function at() {
  return { file: 'rules/invariants.yaml', line: 1, column: 1 };
}
