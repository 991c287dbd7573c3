/**
 * The checker's walk of one path (path.ts) against the engine's, path by
 * path: the same questions asked, in order, and the same rule deciding.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDomain, type Domain, toMasks } from '../../src/checker/domain.ts';
import { walkRegion } from '../../src/checker/path.ts';
import type { Answers } from '../../src/engine/answers.ts';
import type { TriageModel } from '../../src/rules/model.ts';
import { enumerate } from '../support/enumerate.ts';
import { randomModel } from '../support/random-model.ts';
import { tinyModel, when } from '../support/tiny-model.ts';

/** The region of one full path of single-choice questions, with every value above each answer's added. */
function pathRegion(model: TriageModel, domain: Domain, answers: Answers, widen: boolean): number[] {
  return model.questions.map((question, q) => {
    const d = domain.questions[q];
    if (!d) throw new Error('no such question');
    const answer = answers[question.id]?.[0];
    const bit = answer === undefined ? d.notAsked : 1 << question.options.findIndex((o) => o.id === answer);
    // The walk takes each question's lowest value: higher ones change nothing.
    return widen ? (d.answered | d.notAsked) & ~(bit - 1) : bit;
  });
}

/** What the checker's walk and the engine's walk make of every full path, side by side. */
function bothWalks(model: TriageModel) {
  const domain = buildDomain(model);
  const rules = model.rules.map((r) => toMasks(domain, r.when));
  return enumerate(model).flatMap((path) =>
    [false, true].map((widen) => {
      const outcome = walkRegion(domain, rules, { comps: pathRegion(model, domain, path.answers, widen) });
      return {
        checker: {
          asked: outcome.asked.map((q) => model.questions[q]?.id),
          rule: model.rules[outcome.rule]?.id ?? null,
        },
        engine: { asked: path.asked, rule: path.rule },
      };
    }),
  );
}

function expectSameWalks(model: TriageModel): void {
  for (const { checker, engine } of bothWalks(model)) expect(checker).toEqual(engine);
}

describe('the walk of one path', () => {
  it('decides as soon as the first rule still open holds, asking nothing after', () => {
    const model = tinyModel(
      [{ id: 'q0', options: ['a', 'b', 'c'] }, { id: 'q1' }, { id: 'q2' }],
      [
        { id: 'r0', when: when({ q0: 'a' }), to: 'red' },
        { id: 'r1', when: when({ q0: 'b', q2: 'a' }, { q1: 'b' }), to: 'amber' },
        { id: 'r2', when: when({ q2: 'b' }), to: 'green' },
      ],
    );
    const walks = bothWalks(model);
    expect(walks.map((w) => w.checker)).toEqual(walks.map((w) => w.engine));
    // q0=a decides at once; q0=b,q1=b decides before q2; q0=c,q1=a,q2=a is a gap after every question.
    expect(walks.map((w) => w.checker)).toContainEqual({ asked: ['q0'], rule: 'r0' });
    expect(walks.map((w) => w.checker)).toContainEqual({ asked: ['q0', 'q1'], rule: 'r1' });
    expect(walks.map((w) => w.checker)).toContainEqual({ asked: ['q0', 'q1', 'q2'], rule: null });
  });

  it('counts an atom on a skipped question false as soon as its ask-when is', () => {
    const model = tinyModel(
      [{ id: 'q0' }, { id: 'q1' }, { id: 'q2', askWhen: when({ q0: 'b' }) }, { id: 'q3' }],
      [
        { id: 'r0', when: when({ q2: 'a' }), to: 'red' },
        { id: 'r1', when: when({ q0: 'a' }), to: 'green' },
        { id: 'r2', when: when({ q3: ['a', 'b'] }), to: 'amber' },
      ],
    );
    expectSameWalks(model);
    const domain = buildDomain(model);
    const rules = model.rules.map((r) => toMasks(domain, r.when));
    const skipped = 1 << 2;
    expect(walkRegion(domain, rules, { comps: [0b01, 0b01, skipped, 0b01] })).toEqual({ asked: [0], rule: 1 });
    expect(walkRegion(domain, rules, { comps: [0b10, 0b01, 0b10, 0b01] })).toEqual({ asked: [0, 1, 2, 3], rule: 2 });
  });

  it('waits for a later answer that could still make an earlier rule hold', () => {
    const model = tinyModel(
      [{ id: 'q0' }, { id: 'q1', askWhen: when({ q0: 'a' }) }, { id: 'q2' }, { id: 'q3' }],
      [
        { id: 'r0', when: when({ q0: 'a', q3: 'a' }, { q1: 'b', q2: 'b' }), to: 'red' },
        { id: 'r1', when: when({ q2: 'a' }), to: 'amber' },
        { id: 'r2', when: when({ q0: 'b' }), to: 'green' },
      ],
    );
    expectSameWalks(model);
    const domain = buildDomain(model);
    const rules = model.rules.map((r) => toMasks(domain, r.when));
    expect(walkRegion(domain, rules, { comps: [0b01, 0b10, 0b01, 0b10] })).toEqual({ asked: [0, 1, 2, 3], rule: 1 });
  });

  it('settles a skipped question by the first false atom of a clause and the last false clause of its ask-when', () => {
    const skippedBy = (askWhen: ReturnType<typeof when>) =>
      tinyModel(
        [{ id: 'q0' }, { id: 'q1' }, { id: 'q2', askWhen }, { id: 'q3' }],
        [
          { id: 'r0', when: when({ q2: 'a' }), to: 'red' },
          { id: 'r1', when: when({ q0: 'a' }), to: 'green' },
          { id: 'r2', when: when({ q3: ['a', 'b'] }), to: 'amber' },
        ],
      );
    const path = { comps: [0b01, 0b01, 0b100, 0b01] };
    // Both atoms must hold: the ask-when is false once q0 is "a", so r1 decides after q0.
    const both = skippedBy(when({ q0: 'b', q1: 'b' }));
    // Either clause may hold: the ask-when is false only once q1 is "a" too, so r1 decides after q1.
    const either = skippedBy(when({ q0: 'b' }, { q1: 'b' }));
    for (const [model, asked] of [
      [both, [0]],
      [either, [0, 1]],
    ] as const) {
      expectSameWalks(model);
      const domain = buildDomain(model);
      const rules = model.rules.map((r) => toMasks(domain, r.when));
      expect(walkRegion(domain, rules, path)).toEqual({ asked, rule: 1 });
    }
  });

  it('asks the first question even when a later rule holds on every path, while an earlier one may still', () => {
    const model = tinyModel(
      [{ id: 'q0' }, { id: 'q1', askWhen: when({ q0: 'b' }) }],
      [
        { id: 'r0', when: when({ q1: 'a' }), to: 'red' },
        { id: 'r1', when: { anyOf: [[]] }, to: 'green' },
      ],
    );
    expectSameWalks(model);
    const domain = buildDomain(model);
    const rules = model.rules.map((r) => toMasks(domain, r.when));
    expect(walkRegion(domain, rules, { comps: [0b01, 0b100] })).toEqual({ asked: [0], rule: 1 });
  });

  it('counts an ask-when on a skipped question false as soon as that question is known to be skipped', () => {
    const model = tinyModel(
      [{ id: 'q0' }, { id: 'q1' }, { id: 'q2', askWhen: when({ q0: 'b' }) }, { id: 'q3', askWhen: when({ q2: 'a' }) }],
      [
        { id: 'r0', when: when({ q3: 'a' }), to: 'red' },
        { id: 'r1', when: when({ q0: 'a' }), to: 'green' },
        { id: 'r2', when: when({ q1: ['a', 'b'] }), to: 'amber' },
      ],
    );
    expectSameWalks(model);
    const domain = buildDomain(model);
    const rules = model.rules.map((r) => toMasks(domain, r.when));
    expect(walkRegion(domain, rules, { comps: [0b01, 0b01, 0b100, 0b100] })).toEqual({ asked: [0], rule: 1 });
  });

  it('gives rule -1 for a gap, after every question on the path', () => {
    const model = tinyModel([{ id: 'q0' }, { id: 'q1' }], [{ id: 'r0', when: when({ q0: 'a', q1: 'a' }), to: 'red' }]);
    const domain = buildDomain(model);
    const rules = model.rules.map((r) => toMasks(domain, r.when));
    expect(walkRegion(domain, rules, { comps: [0b01, 0b10] })).toEqual({ asked: [0, 1], rule: -1 });
    expect(walkRegion(domain, rules, { comps: [0b10, 0b01] })).toEqual({ asked: [0], rule: -1 });
  });

  it('agrees with the engine on every full path of small random models', () => {
    const models = fc.sample(randomModel, { seed: 11, numRuns: 120 });
    const single = models.filter((m) => m.questions.every((q) => q.type === 'single'));
    expect(single.length).toBeGreaterThan(10);
    for (const model of single) expectSameWalks(model);
  });
});
