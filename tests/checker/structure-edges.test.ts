/**
 * The ask-condition structure checks on small models built in memory: each
 * cycle once, the way round it, questions named before they are asked, and
 * questions too large to sweep, with every message and place exact.
 */
import { describe, expect, it } from 'vitest';
import { checkModel } from '../../src/checker/check.ts';
import { buildDomain } from '../../src/checker/domain.ts';
import type { Finding } from '../../src/checker/finding.ts';
import { structureFindings } from '../../src/checker/structure.ts';
import type { TriageModel } from '../../src/rules/model.ts';
import { fakeLocations } from '../support/random-model.ts';
import { tinyModel, when } from '../support/tiny-model.ts';

/** Questions a, b, ... in order, each asking when any of the questions it names was answered "a". */
function askingModel(names: Record<string, readonly string[]>): TriageModel {
  return tinyModel(
    Object.entries(names).map(([id, named]) => ({
      id,
      askWhen: named.length > 0 ? when(...named.map((n) => ({ [n]: 'a' }))) : null,
    })),
    [{ id: 'r0', when: when({ [Object.keys(names)[0] as string]: ['a', 'b'] }), to: 'red' }],
  );
}

function structureOf(model: TriageModel): Finding[] {
  return structureFindings(model, fakeLocations(model), buildDomain(model));
}

function cycle(line: number, round: readonly string[]): Finding {
  const first = round[0] as string;
  return {
    file: 'rules/questions.yaml',
    line,
    column: 1,
    severity: 'error',
    kind: 'ask-when-cycle',
    message: `the ask-conditions go round in a circle: ${[...round, first].join(' → ')}; whether to ask "${first}" depends on itself, so no answers can settle it`,
    fix: `make the ask-when of "${first}" name only questions asked before it`,
  };
}

describe('ask-when cycles', () => {
  it('reports a cycle from its first question in model order, with the whole way round', () => {
    const model = askingModel({ a: ['b'], b: ['c'], c: ['a'] });
    expect(structureOf(model)).toEqual([cycle(1, ['a', 'b', 'c'])]);
  });

  it('reports the checker result as the cycle alone, with no sweep', () => {
    const model = askingModel({ a: ['b'], b: ['a'] });
    expect(checkModel(model, fakeLocations(model))).toEqual({
      findings: [cycle(1, ['a', 'b'])],
      nodes: 0,
      gapRegions: 0,
    });
  });

  it('takes the shortest way round, the first found where two are as short', () => {
    const model = askingModel({ a: ['b', 'c'], b: ['d'], d: ['a'], c: ['d'] });
    expect(structureOf(model)).toEqual([cycle(1, ['a', 'b', 'd'])]);
    const chord = askingModel({ a: ['b'], b: ['c', 'a'], c: ['a'] });
    expect(structureOf(chord)).toEqual([cycle(1, ['a', 'b'])]);
  });

  it('reports two cycles apart, even when the second names a question of the first', () => {
    const model = askingModel({ a: ['b'], b: ['a'], c: ['a', 'e'], e: ['c'] });
    expect(structureOf(model)).toEqual([cycle(1, ['a', 'b']), cycle(3, ['c', 'e'])]);
  });

  it('reports a question whose ask-when names itself as a cycle of one', () => {
    const model = askingModel({ a: [], b: ['b'] });
    expect(structureOf(model)).toEqual([cycle(2, ['b'])]);
  });

  it('reports a self-naming question once when an earlier question names it too', () => {
    const model = askingModel({ a: ['b'], b: ['b'] });
    expect(structureOf(model).map((f) => [f.kind, f.line])).toEqual([
      ['ask-when-cycle', 2],
      ['ask-when-order', 1],
    ]);
  });

  it('reports nothing for ask-conditions that name only earlier questions, or questions that do not exist', () => {
    expect(structureOf(askingModel({ a: ['ghost'], b: ['a'], c: ['a', 'b'] }))).toEqual([]);
  });
});

describe('ask-when order', () => {
  it('names every later question, and reports cycles first, then order, then size', () => {
    const model = tinyModel(
      [
        { id: 'a', askWhen: when({ c: 'a' }, { d: 'b' }) },
        { id: 'b', options: Array.from({ length: 31 }, (_, i) => `o${i}`) },
        { id: 'c', askWhen: when({ d: 'a' }) },
        { id: 'd', askWhen: when({ c: 'a' }) },
      ],
      [{ id: 'r0', when: when({ b: 'o0' }), to: 'red' }],
    );
    expect(structureOf(model)).toEqual([
      cycle(3, ['c', 'd']),
      {
        file: 'rules/questions.yaml',
        line: 1,
        column: 1,
        severity: 'error',
        kind: 'ask-when-order',
        message:
          'the ask-when of question "a" names "c", "d", asked after it, so it cannot be settled when "a" comes up',
        fix: 'move "a" after c, d, or name only earlier questions',
      },
      {
        file: 'rules/questions.yaml',
        line: 2,
        column: 1,
        severity: 'error',
        kind: 'analysis-incomplete',
        message:
          'question "b" has more distinct answers than the checker can sweep (at most 30, counting each set of options the rules tell apart)',
        fix: 'split it into smaller questions, or let rules treat more of its options alike',
      },
    ]);
  });

  it('places a question the locations do not know at the top of questions.yaml', () => {
    const model = askingModel({ a: [], b: ['c'], c: [] });
    const known = fakeLocations(model);
    const { b: _, ...others } = known.questions;
    const located = structureFindings(model, { ...known, questions: others }, buildDomain(model));
    expect(located.map((f) => [f.kind, f.file, f.line, f.column])).toEqual([
      ['ask-when-order', 'rules/questions.yaml', 1, 1],
    ]);
    const elsewhere = structureFindings(
      model,
      { ...known, questions: { ...others, b: { file: 'x/q.yaml', line: 7, column: 3 } } },
      buildDomain(model),
    );
    expect(elsewhere.map((f) => [f.kind, f.file, f.line, f.column])).toEqual([['ask-when-order', 'x/q.yaml', 7, 3]]);
  });
});
