/**
 * The checker's answer space on hand-made models: the values each question
 * gets, conditions as masks over them, and the joins and tests the sweeps
 * build from those masks.
 */
import { describe, expect, it } from 'vitest';
import { buildDomain, compatibleWith, conjoin, MAX_VALUES, toMasks } from '../../src/checker/domain.ts';
import { allOf, anyOf, atom, question, tinyModel } from '../support/small-models.ts';

const options = (n: number, prefix = 'o') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('the answer values of each question', () => {
  it('gives a single-choice question one value per option, and "not asked" the next bit', () => {
    const model = tinyModel(
      [question('pain', ['a', 'b', 'c']), question('where', ['x', 'y'], allOf(atom('pain', 'a', 'b')))],
      [allOf(atom('pain', 'a'))],
    );
    const domain = buildDomain(model);
    expect(domain.questions.map(({ values, answered, notAsked }) => ({ values, answered, notAsked }))).toEqual([
      { values: [['a'], ['b'], ['c']], answered: 0b111, notAsked: 0b1000 },
      { values: [['x'], ['y']], answered: 0b11, notAsked: 0b100 },
    ]);
    expect(domain.questions.map((d) => d.question)).toEqual(model.questions);
    expect([...domain.indexOf]).toEqual([
      ['pain', 0],
      ['where', 1],
    ]);
    expect(domain.askWhen).toEqual([null, [[{ q: 0, mask: 0b011 }]]]);
    expect(domain.tooLarge).toEqual([]);
  });

  it('gives a multi-select question its exclusive option, then every set of the option groups the rules tell apart', () => {
    const signs = question('signs', ['fever', 'rash', 'ache', 'cramp', 'none'], null, true);
    const model = tinyModel([signs], [allOf(atom('signs', 'fever', 'rash')), allOf(atom('signs', 'rash'))]);
    const domain = buildDomain(model);
    expect(domain.questions[0]?.values).toEqual([
      ['none'],
      ['fever'],
      ['rash'],
      ['fever', 'rash'],
      ['ache'],
      ['fever', 'ache'],
      ['rash', 'ache'],
      ['fever', 'rash', 'ache'],
    ]);
    expect(domain.questions[0]?.answered).toBe(0xff);
    expect(domain.questions[0]?.notAsked).toBe(0x100);
    expect(toMasks(domain, allOf(atom('signs', 'fever', 'rash')))).toEqual([[{ q: 0, mask: 0b11101110 }]]);
    expect(toMasks(domain, allOf(atom('signs', 'rash')))).toEqual([[{ q: 0, mask: 0b11001100 }]]);
    expect(toMasks(domain, allOf(atom('signs', 'none')))).toEqual([[{ q: 0, mask: 0b1 }]]);
  });

  it('tells options apart by the ask-conditions as well as the rules', () => {
    const model = tinyModel(
      [
        question('signs', ['fever', 'ache', 'cramp', 'none'], null, true),
        question('worse', ['yes', 'no'], allOf(atom('signs', 'ache'))),
      ],
      [allOf(atom('signs', 'fever'))],
    );
    expect(buildDomain(model).questions[0]?.values).toEqual([
      ['none'],
      ['fever'],
      ['ache'],
      ['fever', 'ache'],
      ['cramp'],
      ['fever', 'cramp'],
      ['ache', 'cramp'],
      ['fever', 'ache', 'cramp'],
    ]);
  });

  it('keeps every option set apart when a question has more options than bits in a number', () => {
    // Options 0 and 32 would share a bit if the key were taken modulo 32.
    const many = options(34);
    const model = tinyModel(
      [question('many', [...many, 'none'], null, true)],
      [allOf(atom('many', 'o0')), allOf(atom('many', 'o32'))],
    );
    const { questions, tooLarge } = buildDomain(model);
    expect(questions[0]?.values).toEqual([
      ['none'],
      ['o0'],
      ['o1'],
      ['o0', 'o1'],
      ['o32'],
      ['o0', 'o32'],
      ['o1', 'o32'],
      ['o0', 'o1', 'o32'],
    ]);
    expect(tooLarge).toEqual([]);
  });

  it('keeps apart option sets whose names run together alike on a question of many options', () => {
    // "a" then "bc" and "ab" then "c" read the same if names were joined with nothing between them.
    const many = ['a', 'bc', 'ab', 'c', ...options(30)];
    const model = tinyModel(
      [question('many', [...many, 'none'], null, true)],
      [allOf(atom('many', 'a', 'bc')), allOf(atom('many', 'ab', 'c'))],
    );
    expect(buildDomain(model).questions[0]?.values).toEqual([
      ['none'],
      ['a'],
      ['ab'],
      ['a', 'ab'],
      ['o0'],
      ['a', 'o0'],
      ['ab', 'o0'],
      ['a', 'ab', 'o0'],
    ]);
  });

  it('passes over conditions on questions the model does not have', () => {
    const model = tinyModel(
      [question('pain', ['a', 'b']), question('where', ['x', 'y'], allOf(atom('gone', 'x'), atom('pain', 'a')))],
      [anyOf([atom('nowhere', 'a')], [atom('pain', 'b')])],
    );
    const domain = buildDomain(model);
    expect(domain.questions.map((d) => d.values)).toEqual([
      [['a'], ['b']],
      [['x'], ['y']],
    ]);
    expect(domain.askWhen).toEqual([null, [[{ q: 0, mask: 0b01 }]]]);
  });

  it('takes a single-choice question of exactly 30 options whole', () => {
    const model = tinyModel([question('wide', options(MAX_VALUES))]);
    const { questions, tooLarge } = buildDomain(model);
    expect(tooLarge).toEqual([]);
    expect(questions[0]?.values).toHaveLength(30);
    expect(questions[0]?.answered).toBe(0x3fffffff);
    expect(questions[0]?.notAsked).toBe(0x40000000);
  });

  it('names a single-choice question of 31 options too large, keeping its first 30 values', () => {
    const model = tinyModel([question('small', ['a']), question('wide', options(MAX_VALUES + 1))]);
    const { questions, tooLarge } = buildDomain(model);
    expect(tooLarge).toEqual(['wide']);
    expect(questions[1]?.values).toEqual(options(30).map((o) => [o]));
    expect(questions[1]?.answered).toBe(0x3fffffff);
    expect(questions[1]?.notAsked).toBe(0x40000000);
    expect(questions[0]).toMatchObject({ answered: 1, notAsked: 2 });
  });

  it('names a multi-select question of five groups too large, keeping its first 30 answer sets', () => {
    const five = options(5);
    const model = tinyModel(
      [question('signs', [...five, 'none'], null, true)],
      five.map((o) => allOf(atom('signs', o))),
    );
    const { questions, tooLarge } = buildDomain(model);
    expect(tooLarge).toEqual(['signs']);
    const values = questions[0]?.values ?? [];
    expect(values).toHaveLength(30);
    expect(values.slice(0, 5)).toEqual([['none'], ['o0'], ['o1'], ['o0', 'o1'], ['o2']]);
    expect(values[29]).toEqual(['o0', 'o2', 'o3', 'o4']);
  });

  it('gives up on a multi-select question of 21 option groups without listing its answer sets', () => {
    const twentyOne = options(21);
    const model21 = tinyModel(
      [question('signs', [...twentyOne, 'none'], null, true)],
      twentyOne.map((o) => allOf(atom('signs', o))),
    );
    const domain21 = buildDomain(model21);
    expect(domain21.tooLarge).toEqual(['signs']);
    expect(domain21.questions[0]?.values).toEqual(new Array(30).fill([]));
  });
});

describe('conditions as masks', () => {
  it('gives each atom the values holding one of its options, and drops atoms on unknown questions', () => {
    const model = tinyModel([question('pain', ['a', 'b', 'c']), question('where', ['x', 'y'])]);
    const domain = buildDomain(model);
    const condition = anyOf(
      [atom('pain', 'a', 'c'), atom('nowhere', 'x'), atom('where', 'y', 'unknown')],
      [atom('where', 'x')],
      [atom('nowhere', 'x')],
    );
    expect(toMasks(domain, condition)).toEqual([
      [
        { q: 0, mask: 0b101 },
        { q: 1, mask: 0b10 },
      ],
      [{ q: 1, mask: 0b1 }],
      [],
    ]);
  });

  it('reads the values of a fresh domain, not those of another with the same questions', () => {
    const first = buildDomain(tinyModel([question('pain', ['a', 'b'])]));
    const second = buildDomain(tinyModel([question('pain', ['b', 'a'])]));
    expect(toMasks(first, allOf(atom('pain', 'a')))).toEqual([[{ q: 0, mask: 1 }]]);
    expect(toMasks(second, allOf(atom('pain', 'a')))).toEqual([[{ q: 0, mask: 2 }]]);
  });
});

describe('joining conditions', () => {
  it('joins every pair of clauses, intersecting the masks of a question both name', () => {
    const a = [[{ q: 0, mask: 0b011 }], [{ q: 1, mask: 0b001 }]];
    const b = [
      [
        { q: 0, mask: 0b110 },
        { q: 2, mask: 0b1 },
      ],
    ];
    expect(conjoin(a, b)).toEqual([
      [
        { q: 0, mask: 0b010 },
        { q: 2, mask: 0b1 },
      ],
      [
        { q: 1, mask: 0b001 },
        { q: 0, mask: 0b110 },
        { q: 2, mask: 0b1 },
      ],
    ]);
  });

  it('drops a pair of clauses that disagree on a question', () => {
    expect(conjoin([[{ q: 0, mask: 1 }]], [[{ q: 0, mask: 2 }]])).toEqual([]);
    expect(
      conjoin(
        [
          [
            { q: 0, mask: 1 },
            { q: 1, mask: 1 },
          ],
        ],
        [[{ q: 0, mask: 2 }]],
      ),
    ).toEqual([]);
    expect(conjoin([[{ q: 0, mask: 1 }], [{ q: 0, mask: 2 }]], [[{ q: 0, mask: 2 }]])).toEqual([[{ q: 0, mask: 2 }]]);
  });

  it('keeps the clauses of one side when the other is a single empty clause', () => {
    expect(conjoin([[]], [[{ q: 1, mask: 5 }]])).toEqual([[{ q: 1, mask: 5 }]]);
    expect(conjoin([], [[{ q: 1, mask: 5 }]])).toEqual([]);
  });
});

describe('which conditions can hold with another', () => {
  it('accepts a condition some clause of which agrees with a clause of the first on every question both name', () => {
    const meets = compatibleWith(
      [
        [
          { q: 0, mask: 0b01 },
          { q: 1, mask: 0b10 },
        ],
        [{ q: 2, mask: 0b100 }],
      ],
      3,
    );
    expect(meets([[{ q: 0, mask: 0b01 }]])).toBe(true);
    expect(
      meets([
        [
          { q: 0, mask: 0b10 },
          { q: 2, mask: 0b011 },
        ],
      ]),
    ).toBe(false);
    expect(
      meets([
        [
          { q: 0, mask: 0b10 },
          { q: 2, mask: 0b011 },
        ],
        [{ q: 2, mask: 0b110 }],
      ]),
    ).toBe(true);
    expect(
      meets([
        [
          { q: 1, mask: 0b01 },
          { q: 2, mask: 0b011 },
        ],
      ]),
    ).toBe(false);
    expect(
      meets([
        [
          { q: 1, mask: 0b10 },
          { q: 2, mask: 0b001 },
        ],
      ]),
    ).toBe(true);
    expect(meets([[]])).toBe(true);
    expect(meets([])).toBe(false);
  });

  it('intersects two atoms of a clause on one question', () => {
    const meets = compatibleWith(
      [
        [
          { q: 0, mask: 0b011 },
          { q: 0, mask: 0b110 },
        ],
      ],
      1,
    );
    expect(meets([[{ q: 0, mask: 0b010 }]])).toBe(true);
    expect(meets([[{ q: 0, mask: 0b101 }]])).toBe(false);
  });

  it('meets nothing when the condition has no clause', () => {
    expect(compatibleWith([], 2)([[]])).toBe(false);
  });
});
