/**
 * The sweep on hand-made models, leaf by leaf: which regions it cuts the
 * answer space into, in what order, which rule decides each, and how the
 * guard, the budget, the start region and skipping covered regions change
 * that. Also the flat form of the rules its inner loops read.
 */
import { describe, expect, it } from 'vitest';
import { buildDomain, type MaskCondition, toMasks } from '../../src/checker/domain.ts';
import { type Leaf, type Region, type SweepInput, sweep, wholeSpace } from '../../src/checker/sweep.ts';
import { flatten } from '../../src/checker/sweep-rules.ts';
import type { Condition } from '../../src/rules/model.ts';
import { allOf, anyOf, atom, question, tinyModel } from '../support/small-models.ts';

/** pain: a|b|c, where: x|y, both always asked. */
function twoQuestions(rules: readonly Condition[]) {
  const model = tinyModel([question('pain', ['a', 'b', 'c']), question('where', ['x', 'y'])], rules);
  const domain = buildDomain(model);
  return { domain, rules: model.rules.map((r) => toMasks(domain, r.when)) };
}

/** side: left|right, where: x|y, pain: a|b|c, all always asked. */
function threeQuestions(rules: readonly Condition[]) {
  const model = tinyModel(
    [question('side', ['left', 'right']), question('where', ['x', 'y']), question('pain', ['a', 'b', 'c'])],
    rules,
  );
  const domain = buildDomain(model);
  return { domain, rules: model.rules.map((r) => toMasks(domain, r.when)) };
}

type Shown = [string, number[]];

function show(leaf: Leaf): Shown {
  return [leaf.kind === 'decided' ? `r${leaf.rule}` : 'gap', [...leaf.region.comps]];
}

function run(input: Omit<SweepInput, 'onLeaf' | 'budget'> & { budget?: number }, start?: Region) {
  const leaves: Shown[] = [];
  const result = sweep(
    {
      budget: 1000,
      ...input,
      onLeaf: (leaf) => {
        leaves.push(show(leaf));
        return false;
      },
    },
    start,
  );
  return { leaves, nodes: result.nodes, unexplored: result.unexplored.map((r) => [...r.comps]) };
}

describe('the sweep, leaf by leaf', () => {
  it('cuts the space into the regions each first true rule decides, and the gaps between them', () => {
    const { domain, rules } = twoQuestions([
      allOf(atom('pain', 'a'), atom('where', 'x')),
      allOf(atom('pain', 'a', 'b')),
      allOf(atom('where', 'y')),
    ]);
    expect(run({ domain, rules })).toEqual({
      leaves: [
        ['r0', [0b001, 0b01]],
        ['r1', [0b001, 0b10]],
        ['r1', [0b010, 0b11]],
        ['gap', [0b100, 0b01]],
        ['r2', [0b100, 0b10]],
      ],
      nodes: 8,
      unexplored: [],
    });
  });

  it('decides the whole space at once when the first rule holds throughout', () => {
    const { domain, rules } = twoQuestions([allOf(atom('pain', 'a', 'b', 'c')), allOf(atom('pain', 'a'))]);
    expect(run({ domain, rules })).toEqual({ leaves: [['r0', [0b111, 0b11]]], nodes: 1, unexplored: [] });
  });

  it('reports the whole space as one gap when no rule can hold', () => {
    const { domain, rules } = twoQuestions([anyOf()]);
    expect(run({ domain, rules })).toEqual({ leaves: [['gap', [0b111, 0b11]]], nodes: 1, unexplored: [] });
  });

  it('splits first on the question most open rules can be split on', () => {
    // The first rule splits on pain first, but three rules name where.
    const { domain, rules } = twoQuestions([
      allOf(atom('pain', 'a'), atom('where', 'x')),
      allOf(atom('where', 'x')),
      allOf(atom('where', 'y')),
    ]);
    expect(run({ domain, rules })).toEqual({
      leaves: [
        ['r0', [0b001, 0b01]],
        ['r1', [0b110, 0b01]],
        ['r2', [0b111, 0b10]],
      ],
      nodes: 5,
      unexplored: [],
    });
  });

  it('splits on the question of the first open rule when another is named as often', () => {
    const { domain, rules } = twoQuestions([allOf(atom('where', 'x'), atom('pain', 'a')), allOf(atom('pain', 'b'))]);
    expect(run({ domain, rules }).leaves).toEqual([
      ['r0', [0b001, 0b01]],
      ['gap', [0b001, 0b10]],
      ['r1', [0b010, 0b11]],
      ['gap', [0b100, 0b11]],
    ]);
  });

  it('counts only atoms that split the region when choosing where to split', () => {
    // On where=x, pain is split by the first rule; the later rules name where, already settled, twice.
    const { domain, rules } = twoQuestions([
      allOf(atom('where', 'x'), atom('pain', 'a')),
      allOf(atom('where', 'x', 'y'), atom('pain', 'b')),
      allOf(atom('where', 'x', 'y')),
    ]);
    expect(run({ domain, rules }).leaves).toEqual([
      ['r0', [0b001, 0b01]],
      ['r2', [0b001, 0b10]],
      ['r1', [0b010, 0b11]],
      ['r2', [0b100, 0b11]],
    ]);
  });

  it('groups the values no rule tells apart into one region', () => {
    const model = tinyModel(
      [question('pain', ['a', 'b', 'c', 'd', 'e'])],
      [allOf(atom('pain', 'a', 'c')), allOf(atom('pain', 'c', 'd'))],
    );
    const domain = buildDomain(model);
    const rules = model.rules.map((r) => toMasks(domain, r.when));
    expect(run({ domain, rules }).leaves).toEqual([
      ['r0', [0b00001]],
      ['gap', [0b10010]],
      ['r0', [0b00100]],
      ['r1', [0b01000]],
    ]);
  });

  it('keeps "not asked" apart from every answer', () => {
    const model = tinyModel(
      [question('pain', ['a', 'b']), question('where', ['x', 'y'], allOf(atom('pain', 'a')))],
      [allOf(atom('pain', 'b')), allOf(atom('where', 'x', 'y'))],
    );
    const domain = buildDomain(model);
    const rules = model.rules.map((r) => toMasks(domain, r.when));
    expect(run({ domain, rules }).leaves).toEqual([
      ['r1', [0b01, 0b011]],
      ['gap', [0b01, 0b100]],
      ['r0', [0b10, 0b111]],
    ]);
  });

  it('reads a rule of several clauses again after each split', () => {
    const { domain, rules } = twoQuestions([
      anyOf([atom('pain', 'a')], [atom('where', 'y')]),
      allOf(atom('pain', 'b', 'c')),
    ]);
    expect(run({ domain, rules }).leaves).toEqual([
      ['r0', [0b001, 0b11]],
      ['r1', [0b110, 0b01]],
      ['r0', [0b110, 0b10]],
    ]);
  });

  it('stops at the first leaf it is told to', () => {
    const { domain, rules } = twoQuestions([allOf(atom('pain', 'a')), allOf(atom('pain', 'b'))]);
    const leaves: Shown[] = [];
    const result = sweep({
      domain,
      rules,
      budget: 1000,
      onLeaf: (leaf) => {
        leaves.push(show(leaf));
        return leaf.kind === 'decided' && leaf.rule === 1;
      },
    });
    expect({ leaves, nodes: result.nodes, unexplored: result.unexplored }).toEqual({
      leaves: [
        ['r0', [0b001, 0b11]],
        ['r1', [0b010, 0b11]],
      ],
      nodes: 3,
      unexplored: [],
    });
  });

  it('stops at a gap it is told to', () => {
    const { domain, rules } = twoQuestions([allOf(atom('pain', 'b')), allOf(atom('pain', 'c'))]);
    const leaves: Shown[] = [];
    sweep({
      domain,
      rules,
      budget: 1000,
      onLeaf: (leaf) => {
        leaves.push(show(leaf));
        return leaf.kind === 'gap';
      },
    });
    expect(leaves).toEqual([['gap', [0b001, 0b11]]]);
  });

  it('gives back the regions not swept when the budget runs out, the one in hand first', () => {
    const { domain, rules } = twoQuestions([
      allOf(atom('pain', 'a'), atom('where', 'x')),
      allOf(atom('pain', 'a', 'b')),
      allOf(atom('where', 'y')),
    ]);
    expect(run({ domain, rules, budget: 3 })).toEqual({
      leaves: [['r0', [0b001, 0b01]]],
      nodes: 4,
      unexplored: [
        [0b001, 0b10],
        [0b100, 0b11],
        [0b010, 0b11],
      ],
    });
    expect(run({ domain, rules, budget: 8 }).unexplored).toEqual([]);
    expect(run({ domain, rules, budget: 7 }).unexplored).toEqual([[0b100, 0b10]]);
  });

  it('sweeps only the start region when given one', () => {
    const { domain, rules } = twoQuestions([allOf(atom('pain', 'a'), atom('where', 'x')), allOf(atom('pain', 'b'))]);
    expect(run({ domain, rules }, { comps: [0b011, 0b01] }).leaves).toEqual([
      ['r0', [0b001, 0b01]],
      ['r1', [0b010, 0b01]],
    ]);
    expect(run({ domain, rules }, { comps: [0b100, 0b11] }).leaves).toEqual([['gap', [0b100, 0b11]]]);
  });

  it('does not cut a region by a rule that cannot hold anywhere in the start region', () => {
    // Within side=left, the second rule never holds, so after the split on where it must not cut pain.
    const { domain, rules } = threeQuestions([
      allOf(atom('where', 'x'), atom('pain', 'a')),
      allOf(atom('side', 'right'), atom('where', 'x'), atom('pain', 'b')),
      allOf(atom('where', 'x')),
      allOf(atom('where', 'y')),
    ]);
    expect(run({ domain, rules }, { comps: [0b01, 0b11, 0b111] }).leaves).toEqual([
      ['r0', [0b01, 0b01, 0b001]],
      ['r2', [0b01, 0b01, 0b110]],
      ['r3', [0b01, 0b10, 0b111]],
    ]);
  });

  it('passes over the rules false on a region before choosing where to split it', () => {
    // On side=left the first two rules are false; only where is left to split on, though they name pain twice.
    const { domain, rules } = threeQuestions([
      allOf(atom('side', 'right'), atom('pain', 'a')),
      allOf(atom('side', 'right'), atom('pain', 'b')),
      allOf(atom('where', 'x')),
    ]);
    expect(run({ domain, rules }, { comps: [0b01, 0b11, 0b111] }).leaves).toEqual([
      ['r2', [0b01, 0b01, 0b111]],
      ['gap', [0b01, 0b10, 0b111]],
    ]);
  });

  it('drops a rule of several clauses once a split makes it false, before choosing the next split', () => {
    // On pain=c the second rule is false; if kept, it would cut side before where.
    const { domain, rules } = threeQuestions([
      allOf(atom('pain', 'c'), atom('where', 'x')),
      anyOf([atom('pain', 'a'), atom('side', 'left')], [atom('pain', 'b'), atom('side', 'right')]),
      allOf(atom('where', 'x', 'y')),
    ]);
    expect(run({ domain, rules }).leaves).toEqual([
      ['r1', [0b01, 0b11, 0b001]],
      ['r2', [0b10, 0b11, 0b001]],
      ['r2', [0b01, 0b11, 0b010]],
      ['r1', [0b10, 0b11, 0b010]],
      ['r0', [0b11, 0b01, 0b100]],
      ['r2', [0b11, 0b10, 0b100]],
    ]);
  });

  it('does not count atoms false on the whole region when choosing where to split', () => {
    // On side=left and pain=a, every atom on side or pain is false; only where can be split.
    const { domain, rules } = threeQuestions([
      anyOf([atom('side', 'right'), atom('pain', 'b')], [atom('where', 'x')]),
      anyOf([atom('side', 'right'), atom('pain', 'b')], [atom('where', 'y')]),
      allOf(atom('side', 'right'), atom('pain', 'b')),
    ]);
    expect(run({ domain, rules }, { comps: [0b01, 0b11, 0b001] })).toEqual({
      leaves: [
        ['r0', [0b01, 0b01, 0b001]],
        ['r1', [0b01, 0b10, 0b001]],
      ],
      nodes: 3,
      unexplored: [],
    });
  });

  it('splits on the question of the first open rule when it is named as often as a later one', () => {
    const { domain, rules } = twoQuestions([
      allOf(atom('pain', 'a'), atom('where', 'x')),
      allOf(atom('where', 'x', 'y')),
    ]);
    expect(run({ domain, rules }).leaves).toEqual([
      ['r0', [0b001, 0b01]],
      ['r1', [0b001, 0b10]],
      ['r1', [0b110, 0b11]],
    ]);
  });
});

describe('the sweep under a guard', () => {
  it('sweeps only the paths where the guard holds, cutting on the guard first', () => {
    const { domain, rules } = twoQuestions([
      allOf(atom('pain', 'a'), atom('where', 'x')),
      allOf(atom('pain', 'a', 'b')),
      allOf(atom('where', 'y')),
    ]);
    const guard = toMasks(domain, allOf(atom('where', 'y')));
    expect(run({ domain, rules, guard })).toEqual({
      leaves: [
        ['r1', [0b011, 0b10]],
        ['r2', [0b100, 0b10]],
      ],
      nodes: 5,
      unexplored: [],
    });
  });

  it('cuts on the question the guard splits before any the rules split more often', () => {
    const { domain, rules } = twoQuestions([allOf(atom('pain', 'a')), allOf(atom('pain', 'b'))]);
    const guard = toMasks(domain, allOf(atom('where', 'y')));
    expect(run({ domain, rules, guard })).toEqual({
      leaves: [
        ['r0', [0b001, 0b10]],
        ['r1', [0b010, 0b10]],
        ['gap', [0b100, 0b10]],
      ],
      nodes: 6,
      unexplored: [],
    });
  });

  it('cuts on the guard values even where no rule tells them apart', () => {
    const { domain, rules } = twoQuestions([allOf(atom('where', 'x', 'y'))]);
    const guard = toMasks(domain, allOf(atom('pain', 'a', 'b')));
    expect(run({ domain, rules, guard }).leaves).toEqual([['r0', [0b011, 0b11]]]);
  });

  it('sweeps nothing when the guard never holds', () => {
    const { domain, rules } = twoQuestions([allOf(atom('where', 'x', 'y'))]);
    expect(run({ domain, rules, guard: [] })).toEqual({ leaves: [], nodes: 1, unexplored: [] });
  });

  it('sweeps everything under a guard that always holds', () => {
    const { domain, rules } = twoQuestions([allOf(atom('pain', 'a'))]);
    expect(run({ domain, rules, guard: [[]] }).leaves).toEqual([
      ['r0', [0b001, 0b11]],
      ['gap', [0b110, 0b11]],
    ]);
  });
});

describe('skipping regions already covered', () => {
  it('offers a region some later rule holds on throughout, with the rules that can decide it, and skips it when told', () => {
    const { domain, rules } = twoQuestions([
      allOf(atom('pain', 'a'), atom('where', 'x')),
      allOf(atom('pain', 'b')),
      allOf(atom('where', 'x', 'y')),
    ]);
    const offered: number[][] = [];
    const skipped = run({
      domain,
      rules,
      skipCovered: (deciding) => {
        offered.push([...deciding]);
        return true;
      },
    });
    expect({ offered, leaves: skipped.leaves }).toEqual({ offered: [[0, 1, 2]], leaves: [] });

    const kept: number[][] = [];
    const swept = run({
      domain,
      rules,
      skipCovered: (deciding) => {
        kept.push([...deciding]);
        return false;
      },
    });
    expect(kept).toEqual([
      [0, 1, 2],
      [0, 2],
    ]);
    expect(swept.leaves).toEqual([
      ['r0', [0b001, 0b01]],
      ['r2', [0b001, 0b10]],
      ['r1', [0b010, 0b11]],
      ['r2', [0b100, 0b11]],
    ]);
  });

  it('offers only the rules up to the first that covers the region', () => {
    const { domain, rules } = twoQuestions([
      allOf(atom('pain', 'a')),
      allOf(atom('where', 'x')),
      allOf(atom('where', 'x', 'y')),
      allOf(atom('pain', 'a', 'b', 'c')),
    ]);
    const offered: number[][] = [];
    run({
      domain,
      rules,
      skipCovered: (deciding) => {
        offered.push([...deciding]);
        return true;
      },
    });
    expect(offered).toEqual([[0, 1, 2]]);
  });

  it('looks for a covering rule among the next 16 open rules only', () => {
    const split = allOf(atom('pain', 'a'));
    const cover = allOf(atom('pain', 'a', 'b', 'c'));
    const offers = (before: number) => {
      const { domain, rules } = twoQuestions([...new Array(before).fill(split), cover]);
      const offered: number[] = [];
      run({
        domain,
        rules,
        skipCovered: (deciding) => {
          offered.push(deciding.length);
          return true;
        },
      });
      return offered;
    };
    expect(offers(15)).toEqual([16]);
    expect(offers(16)).toEqual([]);
  });

  it('offers a region only once the guard holds on all of it', () => {
    const { domain, rules } = twoQuestions([allOf(atom('pain', 'a')), allOf(atom('pain', 'a', 'b', 'c'))]);
    const offered: number[][] = [];
    const result = run({
      domain,
      rules,
      guard: toMasks(domain, allOf(atom('where', 'x'))),
      skipCovered: (deciding) => {
        offered.push([...deciding]);
        return true;
      },
    });
    expect(offered).toEqual([[0, 1]]);
    expect(result.leaves).toEqual([]);

    const declined: number[][] = [];
    const swept = run({
      domain,
      rules,
      guard: toMasks(domain, allOf(atom('where', 'x'))),
      skipCovered: (deciding) => {
        declined.push([...deciding]);
        return false;
      },
    });
    expect(declined).toEqual([[0, 1]]);
    expect(swept.leaves).toEqual([
      ['r0', [0b001, 0b01]],
      ['r1', [0b110, 0b01]],
    ]);
  });
});

describe('the rules, flattened for the sweep', () => {
  it("lays out each rule's atoms in a row, with the masks of one-clause rules by question", () => {
    const rules: MaskCondition[] = [
      [
        [
          { q: 0, mask: 0b01 },
          { q: 2, mask: 0b10 },
        ],
      ],
      [[{ q: 1, mask: 0b11 }], [{ q: 2, mask: 0b01 }]],
      [],
      [[{ q: 1, mask: 0b100 }]],
    ];
    const flat = flatten(rules, 3, (rule) => rule !== rules[3]);
    expect({
      width: flat.width,
      start: [...flat.start],
      atomQ: [...flat.atomQ],
      atomMask: [...flat.atomMask],
      maskOn: [...flat.maskOn],
      slow: [...flat.slow],
      mentions: [...flat.mentions],
    }).toEqual({
      width: 3,
      start: [0, 2, 4, 4, 5],
      atomQ: [0, 2, 1, 2, 1],
      atomMask: [0b01, 0b10, 0b11, 0b01, 0b100],
      maskOn: [0b01, 0, 0b10, 0, 0, 0, 0, 0, 0, 0, 0b100, 0],
      slow: [0, 1, 1, 1],
      mentions: [1, 0, 1, 0, 1, 1, 0, 0, 0, 0, 1, 0],
    });
  });

  it('asks whether each rule can hold exactly once, and only for one-clause rules', () => {
    const asked: MaskCondition[] = [];
    const rules: MaskCondition[] = [[[{ q: 0, mask: 1 }]], [[{ q: 0, mask: 1 }], [{ q: 0, mask: 2 }]]];
    flatten(rules, 1, (rule) => {
      asked.push(rule);
      return true;
    });
    expect(asked).toEqual([rules[0]]);
  });
});

describe('the whole space the sweep starts from', () => {
  it('is the default start region', () => {
    const { domain, rules } = twoQuestions([allOf(atom('pain', 'a'))]);
    expect(run({ domain, rules }, wholeSpace(domain))).toEqual(run({ domain, rules }));
  });
});
