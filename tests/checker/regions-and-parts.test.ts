/**
 * How a condition stands on a region (true throughout, false throughout, or
 * split on a named question), the whole answer space, and the parts of a
 * region that hold only real paths, on hand-made models.
 */
import { describe, expect, it } from 'vitest';
import { buildDomain } from '../../src/checker/domain.ts';
import { FALSE, type Region, RegionEvaluator, SPLIT, TRUE, wholeSpace } from '../../src/checker/region-evaluator.ts';
import { consistentParts, firstConsistent } from '../../src/checker/sweep.ts';
import { allOf, anyOf, atom, question, tinyModel } from '../support/small-models.ts';

function on(comps: number[]) {
  const evaluator = new RegionEvaluator();
  evaluator.comps = comps;
  return evaluator;
}

describe('a condition on a region', () => {
  it('is false with no clause and true with an empty clause', () => {
    const evaluator = on([3]);
    expect(evaluator.status([])).toBe(FALSE);
    expect(evaluator.status([[]])).toBe(TRUE);
    expect(evaluator.splitAt).toBe(-1);
  });

  it('is true when an atom takes every value left, false when it takes none, and split otherwise', () => {
    const evaluator = on([0b011, 0b110]);
    expect(evaluator.status([[{ q: 0, mask: 0b111 }]])).toBe(TRUE);
    expect(evaluator.status([[{ q: 0, mask: 0b011 }]])).toBe(TRUE);
    expect(evaluator.status([[{ q: 0, mask: 0b100 }]])).toBe(FALSE);
    expect(evaluator.status([[{ q: 1, mask: 0b010 }]])).toBe(SPLIT);
    expect(evaluator.splitAt).toBe(1);
    expect(evaluator.status([[{ q: 0, mask: 0b001 }]])).toBe(SPLIT);
    expect(evaluator.splitAt).toBe(0);
  });

  it('is false when one atom of the only clause is false, even after a split atom', () => {
    const evaluator = on([0b11, 0b11]);
    expect(
      evaluator.status([
        [
          { q: 0, mask: 0b01 },
          { q: 1, mask: 0b100 },
        ],
      ]),
    ).toBe(FALSE);
    expect(evaluator.splitAt).toBe(-1);
  });

  it('splits on the first split atom of the first clause that can still hold', () => {
    const evaluator = on([0b11, 0b11, 0b11]);
    const condition = [
      [
        { q: 0, mask: 0b01 },
        { q: 2, mask: 0b100 },
      ],
      [
        { q: 2, mask: 0b10 },
        { q: 1, mask: 0b01 },
      ],
      [{ q: 0, mask: 0b01 }],
    ];
    expect(evaluator.status(condition)).toBe(SPLIT);
    expect(evaluator.splitAt).toBe(2);
  });

  it('splits on the first split atom of a clause, and on the first clause that splits', () => {
    const evaluator = on([0b11, 0b11]);
    expect(
      evaluator.status([
        [
          { q: 0, mask: 0b01 },
          { q: 1, mask: 0b01 },
        ],
      ]),
    ).toBe(SPLIT);
    expect(evaluator.splitAt).toBe(0);
    expect(evaluator.status([[{ q: 0, mask: 0b01 }], [{ q: 1, mask: 0b01 }]])).toBe(SPLIT);
    expect(evaluator.splitAt).toBe(0);
  });

  it('is true when a later clause holds throughout, whatever earlier clauses do', () => {
    const evaluator = on([0b11, 0b11]);
    expect(evaluator.status([[{ q: 0, mask: 0b01 }], [{ q: 1, mask: 0b11 }]])).toBe(TRUE);
    expect(evaluator.status([[{ q: 0, mask: 0b100 }], [{ q: 1, mask: 0b11 }]])).toBe(TRUE);
  });
});

describe('the whole answer space', () => {
  it('lets every question take every answer, and "not asked" only where it has an ask-when', () => {
    const model = tinyModel([
      question('pain', ['a', 'b', 'c']),
      question('where', ['x', 'y'], allOf(atom('pain', 'a'))),
    ]);
    expect(wholeSpace(buildDomain(model))).toEqual({ comps: [0b0111, 0b111] });
  });
});

/** pain: a|b|c always; where: x|y asked when pain is a or b; deep: u|v asked when where is y. */
function chain() {
  return buildDomain(
    tinyModel([
      question('pain', ['a', 'b', 'c']),
      question('where', ['x', 'y'], allOf(atom('pain', 'a', 'b'))),
      question('deep', ['u', 'v'], allOf(atom('where', 'y'))),
    ]),
  );
}

function partsOf(domain: ReturnType<typeof chain>, region: Region, budget = 100) {
  const parts: number[][] = [];
  const finished = consistentParts(domain, region, budget, (part) => {
    parts.push([...part.comps]);
    return false;
  });
  return { parts, finished };
}

describe('the real paths in a region', () => {
  it('cuts the whole space where each ask-when is settled, answering exactly the questions it asks', () => {
    const domain = chain();
    expect(partsOf(domain, wholeSpace(domain))).toEqual({
      parts: [
        [0b011, 0b10, 0b011],
        [0b011, 0b01, 0b100],
        [0b100, 0b100, 0b100],
      ],
      finished: true,
    });
  });

  it('finds none where a question is skipped though its ask-when holds, or answered though it does not', () => {
    const domain = chain();
    expect(partsOf(domain, { comps: [0b001, 0b100, 0b111] })).toEqual({ parts: [], finished: true });
    expect(partsOf(domain, { comps: [0b100, 0b010, 0b111] })).toEqual({ parts: [], finished: true });
    expect(firstConsistent(domain, { comps: [0b001, 0b100, 0b111] }, 100)).toBe(null);
  });

  it('keeps a region of real paths as it is', () => {
    const domain = chain();
    expect(partsOf(domain, { comps: [0b001, 0b10, 0b01] })).toEqual({ parts: [[0b001, 0b10, 0b01]], finished: true });
  });

  it('stops at the first part when told to, and gives that part as the first real path region', () => {
    const domain = chain();
    const seen: number[][] = [];
    const stopped = consistentParts(domain, wholeSpace(domain), 100, (part) => {
      seen.push([...part.comps]);
      return true;
    });
    expect({ stopped, seen }).toEqual({ stopped: true, seen: [[0b011, 0b10, 0b011]] });
    expect(firstConsistent(domain, wholeSpace(domain), 100)).toEqual({ comps: [0b011, 0b10, 0b011] });
  });

  it('says so when the budget runs out, counting each region it looks at', () => {
    const domain = chain();
    const whole = wholeSpace(domain);
    // Regions looked at: the whole space, pain=a|b (split on where), where=y, then where=x, then pain=c.
    expect(partsOf(domain, whole, 1)).toEqual({ parts: [], finished: false });
    expect(partsOf(domain, whole, 2)).toEqual({ parts: [], finished: false });
    expect(partsOf(domain, whole, 3)).toEqual({ parts: [[0b011, 0b10, 0b011]], finished: false });
    expect(partsOf(domain, whole, 4)).toEqual({
      parts: [
        [0b011, 0b10, 0b011],
        [0b011, 0b01, 0b100],
      ],
      finished: false,
    });
    expect(partsOf(domain, whole, 5).finished).toBe(true);
    expect(firstConsistent(domain, whole, 2)).toBe(null);
  });

  it('splits on the values of the atom that cuts the region, not on atoms that take all or none of them', () => {
    // On mood=tense and pain=a|b, only the last clause can hold: where is asked exactly when pain is a.
    const domain = buildDomain(
      tinyModel([
        question('mood', ['tense', 'calm']),
        question('pain', ['a', 'b', 'c']),
        question(
          'where',
          ['x', 'y'],
          anyOf([atom('pain', 'c')], [atom('pain', 'a', 'b'), atom('mood', 'calm')], [atom('pain', 'a')]),
        ),
      ]),
    );
    expect(partsOf(domain, { comps: [0b01, 0b011, 0b111] }).parts).toEqual([
      [0b01, 0b001, 0b011],
      [0b01, 0b010, 0b100],
    ]);
  });

  it('splits on the values the ask-when takes, not on another atom that splits the region', () => {
    // where is asked when mood is calm and pain is c, or when pain is a; on pain=a|b only the second clause can hold.
    const domain = buildDomain(
      tinyModel([
        question('mood', ['tense', 'calm']),
        question('pain', ['a', 'b', 'c']),
        question('where', ['x', 'y'], anyOf([atom('mood', 'calm'), atom('pain', 'c')], [atom('pain', 'a')])),
      ]),
    );
    expect(partsOf(domain, { comps: [0b11, 0b011, 0b111] }).parts).toEqual([
      [0b11, 0b001, 0b011],
      [0b11, 0b010, 0b100],
    ]);
  });
});
