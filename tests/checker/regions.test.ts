/**
 * Regions as people read them (regions.ts): one example path, the region
 * notation, and merging regions that differ in one question.
 */
import { describe, expect, it } from 'vitest';
import { buildDomain, type Domain } from '../../src/checker/domain.ts';
import { mergeRegions, regionExample, regionText } from '../../src/checker/regions.ts';
import { tinyModel, when } from '../support/tiny-model.ts';

/** q0 with a, b and c; q1 with x and y, asked when q0 is b; q2 multi-select, fever and rash told apart. */
function domain(): Domain {
  const model = tinyModel(
    [
      { id: 'q0', options: ['a', 'b', 'c'] },
      { id: 'q1', options: ['x', 'y'], askWhen: when({ q0: 'b' }) },
      { id: 'q2', options: ['fever', 'rash', 'none'], multi: true },
    ],
    [
      { id: 'r0', when: when({ q2: 'fever' }), to: 'red' },
      { id: 'r1', when: when({ q2: 'rash' }), to: 'amber' },
      { id: 'r2', when: when({ q0: ['a', 'b', 'c'] }), to: 'green' },
    ],
  );
  return buildDomain(model);
}

const ALL0 = 0b111;
const SKIP1 = 0b100;
/** q2's values: none, fever, rash, fever and rash. */
const ALL2 = 0b1111;

describe('the example path of a region', () => {
  it('answers each question with its first value, and leaves out one that may be skipped', () => {
    const d = domain();
    expect(d.questions[2]?.values).toEqual([['none'], ['fever'], ['rash'], ['fever', 'rash']]);
    expect(regionExample(d, { comps: [0b110, 0b10, 0b1100] })).toEqual({ q0: ['b'], q1: ['y'], q2: ['rash'] });
    expect(regionExample(d, { comps: [0b001, SKIP1, 0b1000] })).toEqual({ q0: ['a'], q2: ['fever', 'rash'] });
    expect(regionExample(d, { comps: [0b100, 0b11 | SKIP1, ALL2] })).toEqual({ q0: ['c'], q2: ['none'] });
  });
});

describe('region notation', () => {
  it('is empty for the whole answer space, and for answers any value may take', () => {
    const d = domain();
    expect(regionText(d, { comps: [ALL0, 0b11 | SKIP1, ALL2] })).toBe('');
    expect(regionText(d, { comps: [ALL0, 0b11, ALL2] })).toBe('');
  });

  it('lists the values a question may take, "-" for not asked, multi-select sets with commas', () => {
    const d = domain();
    expect(regionText(d, { comps: [0b011, SKIP1, 0b1010] })).toBe('q0=a|b&q1=-&q2=fever|fever,rash');
    expect(regionText(d, { comps: [0b100, 0b01 | SKIP1, ALL2] })).toBe('q0=c&q1=x|-');
  });
});

describe('merging regions', () => {
  it('merges regions that differ in one question only', () => {
    expect(mergeRegions([{ comps: [1, 1] }, { comps: [1, 2] }])).toEqual([{ comps: [1, 3] }]);
    expect(mergeRegions([{ comps: [1, 1] }, { comps: [2, 2] }])).toEqual([{ comps: [1, 1] }, { comps: [2, 2] }]);
    expect(mergeRegions([])).toEqual([]);
  });

  it('keeps merging on other questions after a merge, in the order the regions came', () => {
    expect(mergeRegions([{ comps: [1, 1] }, { comps: [2, 1] }, { comps: [3, 2] }])).toEqual([{ comps: [3, 3] }]);
    expect(mergeRegions([{ comps: [1, 1] }, { comps: [1, 2] }, { comps: [2, 3] }])).toEqual([{ comps: [3, 3] }]);
    expect(mergeRegions([{ comps: [1, 1, 4] }, { comps: [1, 2, 4] }, { comps: [2, 1, 4] }])).toEqual([
      { comps: [3, 1, 4] },
      { comps: [1, 2, 4] },
    ]);
  });

  it('tells apart regions whose other questions only sum to the same hash, and still merges their twins', () => {
    // The merge buckets regions by a sum of per-question hashes (this one is regions.ts's): find two
    // pairs of values for questions 1 and 2 with the same sum, so two unlike regions share a bucket.
    const share = (i: number, comp: number) => Math.imul((Math.imul(i + 1, 0x9e3779b1) ^ comp) >>> 0, 0x01000193);
    const seen = new Map<number, [number, number]>();
    let clash: [[number, number], [number, number]] | undefined;
    for (let c1 = 1; c1 <= 512 && !clash; c1++) {
      for (let c2 = 1; c2 <= 1024; c2++) {
        const sum = (share(1, c1) + share(2, c2)) | 0;
        const other = seen.get(sum);
        if (other) {
          clash = [other, [c1, c2]];
          break;
        }
        seen.set(sum, [c1, c2]);
      }
    }
    if (!clash) throw new Error('no two pairs share a hash');
    const [[a1, a2], [b1, b2]] = clash;
    const first = { comps: [1, a1, a2] };
    const unlike = { comps: [2, b1, b2] };
    const twin = { comps: [4, a1, a2] };
    expect(mergeRegions([first, unlike, twin])).toEqual([{ comps: [5, a1, a2] }, { comps: [2, b1, b2] }]);
  });

  it('leaves the regions it is given as they were', () => {
    const regions = [{ comps: [1, 1] }, { comps: [2, 1] }];
    mergeRegions(regions);
    expect(regions).toEqual([{ comps: [1, 1] }, { comps: [2, 1] }]);
  });
});
