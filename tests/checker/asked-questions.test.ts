/**
 * Which questions some path asks, on small models written out by hand: the
 * witnesses read from the paths each rule decides, and the exact search that
 * settles the rest.
 */
import { describe, expect, it } from 'vitest';
import { askedQuestions } from '../../src/checker/asked.ts';
import { sweepCoverage } from '../../src/checker/coverage.ts';
import { buildDomain, toMasks } from '../../src/checker/domain.ts';
import type { TriageModel } from '../../src/rules/model.ts';
import { rule, single, tinyModel, when } from '../support/hand-models.ts';

function analysisOf(model: TriageModel, budget = 10_000) {
  const domain = buildDomain(model);
  return { analysis: { model, domain, budget }, rules: model.rules.map((r) => toMasks(domain, r.when)) };
}

/** a decides every path (r0 when a is x, by either of its clauses, r1 when it is y); b is never asked. */
function decidedByA(clauses: 'short clause first' | 'long clause first'): TriageModel {
  const short = { a: ['x'] };
  const long = { a: ['x'], b: ['p'] };
  const first = clauses === 'short clause first' ? [short, long] : [long, short];
  return tinyModel(
    [single('a', ['x', 'y']), single('b', ['p', 'q'])],
    [rule('r0', when(...first)), rule('r1', when({ a: ['y'] }))],
  );
}

describe('questions asked on some path', () => {
  for (const order of ['short clause first', 'long clause first'] as const) {
    it(`counts only the questions before the clause that turns a rule true first (${order})`, () => {
      const model = decidedByA(order);
      const { analysis, rules } = analysisOf(model);
      const { fired } = sweepCoverage(analysis);
      // The path r0 decides answers b too (a=x&b=p), but the engine decides once a is x.
      expect(fired.get(0)?.comps).toEqual([1, 3]);
      expect(askedQuestions(analysis, rules, [], fired)).toEqual({
        asked: [true, false],
        complete: true,
        searched: [1],
      });
      expect(askedQuestions(analysis, rules, [])).toEqual({ asked: [true, false], complete: true, searched: [0, 1] });
    });
  }

  it('keeps the first path the sweep finds for a rule as its example, not a later one', () => {
    // r0 fires where a is x or y and b is q or r (found first), and again where a is z.
    const model = tinyModel(
      [single('a', ['x', 'y', 'z']), single('b', ['p', 'q', 'r'], when({ a: ['x', 'y'] }))],
      [rule('r0', when({ a: ['z'] }, { b: ['q', 'r'] })), rule('r1', when({ b: ['r'] }))],
    );
    const { fired } = sweepCoverage(analysisOf(model).analysis);
    expect([...fired.keys()]).toEqual([0]);
    // a is x or y (bits 0 and 1), b is q (bit 1).
    expect(fired.get(0)?.comps).toEqual([0b011, 0b010]);
  });

  it('takes a rule as true where a clause holds, not where one is false throughout', () => {
    // r0 decides a=x at once through its first clause; its second, b=q, is false on the path a=x&b=p.
    const model = tinyModel(
      [single('a', ['x', 'y']), single('b', ['p', 'q'])],
      [rule('r1', when({ a: ['y'] })), rule('r0', when({ a: ['x'] }, { b: ['q'] }))],
    );
    const { analysis, rules } = analysisOf(model);
    const { fired } = sweepCoverage(analysis);
    expect(askedQuestions(analysis, rules, [], fired)).toEqual({ asked: [true, false], complete: true, searched: [1] });
  });

  it('counts only answered questions before a rule turns true, not those skipped on the way', () => {
    // b is skipped where a is x, and where a is y, r2 decides before it.
    const model = tinyModel(
      [single('a', ['x', 'y']), single('b', ['p', 'q'], when({ a: ['y'] })), single('c', ['s', 't'])],
      [
        rule('r0', when({ a: ['x'], c: ['s'] })),
        rule('r1', when({ a: ['x'], c: ['t'] })),
        rule('r2', when({ a: ['y'] })),
      ],
    );
    const { analysis, rules } = analysisOf(model);
    const { fired } = sweepCoverage(analysis);
    expect(askedQuestions(analysis, rules, [], fired)).toEqual({
      asked: [true, false, true],
      complete: true,
      searched: [1],
    });
  });

  it('counts the first question as asked when no rule can ever hold', () => {
    // r0 names b, asked only when a is x, with a=y: every path is a gap once a is answered.
    const model = tinyModel(
      [single('a', ['x', 'y']), single('b', ['p', 'q', 'r'], when({ a: ['x'] }))],
      [rule('r0', when({ a: ['y'], b: ['q'] }))],
    );
    const { analysis, rules } = analysisOf(model);
    expect(askedQuestions(analysis, rules, [])).toEqual({ asked: [true, false], complete: true, searched: [0, 1] });
  });

  it('counts a question as asked where its ask-when holds and a rule naming it and an earlier question is still open', () => {
    // With a=z, b is asked, and r0 waits on it.
    const model = tinyModel(
      [single('a', ['x', 'y', 'z']), single('b', ['p', 'q'], when({ a: ['x', 'z'] }))],
      [rule('r0', when({ a: ['z'], b: ['p', 'q'] }))],
    );
    const { analysis, rules } = analysisOf(model);
    expect(askedQuestions(analysis, rules, [])).toEqual({ asked: [true, true], complete: true, searched: [0, 1] });
  });

  it('does not count a question as asked where a rule is open but its ask-when is false', () => {
    // r0 is open after a=x, but b is asked only when a is y, and there r0 is already false.
    const model = tinyModel(
      [single('a', ['x', 'y', 'z']), single('b', ['p', 'q'], when({ a: ['y'] })), single('c', ['s', 't', 'u'])],
      [rule('r0', when({ c: ['s'], a: ['x'] }))],
    );
    const { analysis, rules } = analysisOf(model);
    expect(askedQuestions(analysis, rules, [])).toEqual({
      asked: [true, false, true],
      complete: true,
      searched: [0, 1, 2],
    });
  });

  it('keeps looking for a path that asks a question past regions where only rules already true decide', () => {
    // c is asked when b is r or s, b when a is z; r1 waits on c wherever r0 is false.
    const model = tinyModel(
      [
        single('a', ['x', 'y', 'z']),
        single('b', ['p', 'q', 'r', 's'], when({ a: ['z'] })),
        single('c', ['u', 'v', 'w'], when({ b: ['r', 's'] })),
      ],
      [
        rule('r0', when({ a: ['y', 'z'], b: ['q', 'r'] })),
        rule('r1', when({ c: ['v', 'w'] }, { a: ['x', 'y', 'z'], c: ['u'] })),
      ],
    );
    const { analysis, rules } = analysisOf(model);
    expect(askedQuestions(analysis, rules, [])).toEqual({
      asked: [true, true, true],
      complete: true,
      searched: [0, 2],
    });
  });

  it('finds a question asked past a region decided by a rule not yet true, where a skipped question made an earlier rule false', () => {
    // With a=y, b is skipped, so r0 is false; r1 then waits on c, which is asked.
    const model = tinyModel(
      [
        single('a', ['x', 'y']),
        single('b', ['p', 'q'], when({ a: ['x'] })),
        single('c', ['s', 't'], when({ a: ['x', 'y'] })),
      ],
      [
        rule('r0', when({ c: ['s', 't'], b: ['p', 'q'] }, { a: ['x'] })),
        rule('r1', when({ a: ['x'] }, { c: ['s'] })),
        rule('r2', when({ a: ['y'] })),
      ],
    );
    const { analysis, rules } = analysisOf(model);
    expect(askedQuestions(analysis, rules, [])).toEqual({
      asked: [true, false, true],
      complete: true,
      searched: [0, 1, 2],
    });
  });

  it('says the search is incomplete when the budget runs out before a question is settled', () => {
    const model = tinyModel(
      [single('a', ['x', 'y']), single('b', ['p', 'q'], when({ a: ['y'] }))],
      [rule('r0', when({ a: ['x', 'y'] }))],
    );
    const { analysis, rules } = analysisOf(model, 2);
    expect(askedQuestions(analysis, rules, [])).toEqual({ asked: [true, false], complete: false, searched: [0, 1] });
    expect(askedQuestions({ ...analysis, budget: 3 }, rules, [])).toEqual({
      asked: [true, false],
      complete: true,
      searched: [0, 1],
    });
  });
});

/** Eleven yes-or-no questions; rule i decides where question i is the first yes, and the last rule wherever it is reached. */
function chain() {
  const ids = Array.from({ length: 11 }, (_, i) => `q${i}`);
  const model = tinyModel(
    ids.map((id) => single(id, ['y', 'n'])),
    ids.map((id, i) => rule(`r${i}`, when({ [id]: i === ids.length - 1 ? ['y', 'n'] : ['y'] }))),
  );
  const { analysis, rules } = analysisOf(model);
  const { fired } = sweepCoverage(analysis);
  /** The path decided by rule i, which asks questions 0 to i. */
  const decidedBy = (i: number) => {
    const region = fired.get(i);
    if (!region) throw new Error(`rule ${i} fires nowhere`);
    return region;
  };
  return { analysis, rules, fired, decidedBy };
}

const upTo = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('what the cheap witnesses leave to the exact search', () => {
  it('walks every known path while each finds a question not yet marked', () => {
    const { analysis, rules, decidedBy } = chain();
    const known = upTo(0, 10).map(decidedBy);
    expect(askedQuestions(analysis, rules, known)).toEqual({
      asked: upTo(0, 10).map(() => true),
      complete: true,
      searched: [],
    });
  });

  it('stops walking after eight known paths in a row find nothing new, and not after seven', () => {
    const { analysis, rules, decidedBy } = chain();
    const walksAfter = (fruitless: number) => [decidedBy(0), ...Array(fruitless).fill(decidedBy(0)), decidedBy(5)];
    expect(askedQuestions(analysis, rules, walksAfter(7)).searched).toEqual(upTo(6, 10));
    expect(askedQuestions(analysis, rules, walksAfter(8)).searched).toEqual(upTo(1, 10));
  });

  it('marks every question answered before each deciding rule turns true, so none is left to search', () => {
    const { analysis, rules, fired } = chain();
    expect(askedQuestions(analysis, rules, [], fired)).toEqual({
      asked: upTo(0, 10).map(() => true),
      complete: true,
      searched: [],
    });
  });

  it('turns a rule true at the clause that holds first, not at the last clause that holds', () => {
    // r0 holds at a on the path a=x, b=p, though its second clause holds there too: b is not asked on it.
    const model = tinyModel(
      [single('a', ['x', 'y']), single('b', ['p', 'q'])],
      [rule('r0', when({ a: ['x'] }, { b: ['p'] })), rule('r1', when({ a: ['x', 'y'] }))],
    );
    const { analysis, rules } = analysisOf(model);
    const decided = new Map([[0, { comps: [0b01, 0b01] }]]);
    expect(askedQuestions(analysis, rules, [], decided)).toEqual({
      asked: [true, true],
      complete: true,
      searched: [1],
    });
  });

  describe('a rule decided by its second clause, b=q, on the path a=x, b=q', () => {
    const model = tinyModel(
      [single('a', ['x', 'y']), single('b', ['p', 'q'])],
      [rule('r0', when({ a: ['y'] }, { b: ['q'] })), rule('r1', when({ a: ['x', 'y'] }))],
    );
    const { analysis, rules } = analysisOf(model);

    it('turns true at b, not at a, where the first clause is false', () => {
      const decided = new Map([[0, { comps: [0b01, 0b10] }]]);
      expect(askedQuestions(analysis, rules, [], decided)).toEqual({
        asked: [true, true],
        complete: true,
        searched: [],
      });
    });

    it('reads a region of several answers at its first path: a=x, where the first clause is false', () => {
      const decided = new Map([[0, { comps: [0b11, 0b10] }]]);
      expect(askedQuestions(analysis, rules, [], decided)).toEqual({
        asked: [true, true],
        complete: true,
        searched: [],
      });
    });
  });
});
