/**
 * Coverage findings, exactly, on small models written out by hand: gaps,
 * rules that never fire and the rules that mask them, questions never
 * asked, dispositions and articles no path reaches, and a budget that runs
 * out.
 */
import { describe, expect, it } from 'vitest';
import { checkModel } from '../../src/checker/check.ts';
import { sweepCoverage } from '../../src/checker/coverage.ts';
import { buildDomain } from '../../src/checker/domain.ts';
import { parseAnswers } from '../../src/engine/answers-text.ts';
import { walk } from '../../src/engine/decide.ts';
import type { ModelLocations, TriageModel } from '../../src/rules/model.ts';
import { rule, single, tinyModel, when } from '../support/hand-models.ts';
import { fakeLocations } from '../support/random-model.ts';

const GAP_FIX = 'add a rule that holds for them (the last rule is here), or widen a rule above';
const UNASKED_FIX = 'move it earlier, narrow the rules that decide first, or remove it';

function findingsOf(model: TriageModel, locations: ModelLocations = fakeLocations(model), budget?: number) {
  return checkModel(model, locations, [], budget === undefined ? {} : { budget }).findings;
}

/** What the engine makes of answers text: the rule that decides, or "gap". */
function engineOutcome(model: TriageModel, text: string | undefined): string {
  const parsed = parseAnswers(model, text ?? '');
  if (!parsed.ok) throw new Error(`bad answers "${text}"`);
  const step = walk(model, parsed.answers).step;
  return step.kind === 'decided' ? step.rule.id : step.kind;
}

/** Questions a and b; b is asked only when a is x. */
function askedWhenX() {
  return [single('a', ['x', 'y']), single('b', ['p', 'q'], when({ a: ['x'] }))];
}

/**
 * Two questions of n options each and one rule an option of the first, each
 * deciding every answer to the second but the same option: the n paths
 * (o_i, o_i) are gaps no two of which can be merged.
 */
function diagonalGaps(n: number): TriageModel {
  const options = Array.from({ length: n }, (_, i) => `o${i}`);
  return tinyModel(
    [single('a', options), single('b', options)],
    options.map((o, i) => rule(`r${i}`, when({ a: [o], b: options.filter((p) => p !== o) }))),
  );
}

describe('coverage findings on hand-made models', () => {
  it('finds nothing when every real path is decided, even where paths no person could take are not', () => {
    // a=x with b not asked is no real path: no rule decides it, and it is no gap.
    const model = tinyModel(
      askedWhenX(),
      [
        rule('r0', when({ a: ['x'], b: ['p'] })),
        rule('r1', when({ a: ['x'], b: ['q'] }), 'green', 'b'),
        rule('r2', when({ a: ['y'] })),
      ],
      ['red', 'green'],
    );
    expect(checkModel(model, fakeLocations(model))).toStrictEqual({ findings: [], nodes: 6, gapRegions: 0 });
  });

  it('reports each gap at the last rule, with the answers a person is asked on it and the region in full', () => {
    const model = tinyModel(
      [single('a', ['x', 'y', 'z']), single('b', ['p', 'q'])],
      [rule('r0', when({ a: ['x'] })), rule('r1', when({ a: ['y'], b: ['p'] }))],
    );
    const findings = findingsOf(model);
    expect(findings).toStrictEqual([
      {
        file: 'rules/routing.yaml',
        line: 2,
        column: 1,
        severity: 'error',
        kind: 'gap',
        message: 'no rule decides the answers in this region',
        example: 'a=y&b=q',
        region: 'a=y&b=q',
        fix: GAP_FIX,
      },
      {
        file: 'rules/routing.yaml',
        line: 2,
        column: 1,
        severity: 'error',
        kind: 'gap',
        message: 'no rule decides the answers in this region',
        // Every rule is false once a is z: the engine stops there, and never asks b.
        example: 'a=z',
        region: 'a=z',
        fix: GAP_FIX,
      },
    ]);
    expect(findings.map((f) => engineOutcome(model, f.example))).toEqual(['gap', 'gap']);
  });

  it('shows a merged gap with the answers of a real path in it, answering a question its ask-when asks for', () => {
    // The gap holds b=r where a is x, and b not asked where a is y or z: merged, the region allows both.
    const model = tinyModel(
      [single('a', ['x', 'y', 'z']), single('b', ['p', 'q', 'r'], when({ a: ['x'] }))],
      [rule('r0', when({ b: ['p', 'q'] }))],
    );
    expect(findingsOf(model).map((f) => [f.kind, f.example, f.region])).toEqual([['gap', 'a=x&b=r', 'b=r|-']]);
  });

  it('shows twenty gap regions one by one, and counts the rest in one more finding', () => {
    const twenty = checkModel(diagonalGaps(20), fakeLocations(diagonalGaps(20)));
    expect(twenty.gapRegions).toBe(20);
    expect(twenty.findings.map((f) => f.kind)).toEqual(new Array(20).fill('gap'));
    expect(twenty.findings.map((f) => f.example).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `a=o${i}&b=o${i}`).sort(),
    );

    const model = diagonalGaps(22);
    const report = checkModel(model, fakeLocations(model));
    expect(report.gapRegions).toBe(22);
    expect(report.findings).toHaveLength(21);
    expect(report.findings.slice(0, 20).every((f) => f.kind === 'gap' && f.example !== undefined)).toBe(true);
    expect(report.findings[20]).toStrictEqual({
      file: 'rules/routing.yaml',
      line: 22,
      column: 1,
      severity: 'error',
      kind: 'gap',
      message: 'and 2 more gap regions (see --json)',
    });
  });

  it('reports gaps, rules and questions at the first line of their file when the locations leave them out', () => {
    const model = tinyModel(
      [single('a', ['x', 'y']), single('b', ['p', 'q'])],
      [rule('r0', when({ a: ['x'] })), rule('r1', when({ a: ['x'] }))],
    );
    const located = fakeLocations(model);
    const findings = findingsOf(model, { ...located, rules: {}, questions: {} });
    expect(findings.map((f) => `${f.kind} ${f.file}:${f.line}:${f.column}`)).toEqual([
      'gap rules/routing.yaml:1:1',
      'rule-never-fires rules/routing.yaml:1:1',
      'question-never-asked rules/questions.yaml:1:1',
    ]);
  });

  it('reports the whole answer space as one gap at the top of the routing file when there are no rules', () => {
    const model = tinyModel([single('a', ['x', 'y'])], []);
    const { rules: _, ...rest } = fakeLocations(model);
    expect(findingsOf(model, { ...rest, rules: {} }).slice(0, 1)).toStrictEqual([
      {
        file: 'rules/routing.yaml',
        line: 1,
        column: 1,
        severity: 'error',
        kind: 'gap',
        message: 'no rule decides the answers in this region',
        // With no rule to read, the engine decides at once, asking nothing.
        example: '',
        region: '',
        fix: GAP_FIX,
      },
    ]);
  });
});

describe('rules that never fire', () => {
  it('sees a rule fire on the part of a region where an earlier rule that fired elsewhere does not hold', () => {
    // r1 holds wherever a is x or y; r0 takes a=x and b=q, but r1 still decides a=y with b=p.
    const model = tinyModel(
      [single('a', ['x', 'y', 'z']), single('b', ['p', 'q'])],
      [rule('r0', when({ b: ['q'] }, { a: ['x'] })), rule('r1', when({ a: ['x', 'y'] }))],
    );
    expect(findingsOf(model).map((f) => [f.kind, f.example])).toEqual([['gap', 'a=z&b=p']]);
    expect(engineOutcome(model, 'a=y&b=p')).toBe('r1');
  });

  it('names every rule above that decides first, though one of them holds wherever the dead rule does', () => {
    // r0 decides wherever b is p (or a is x), r1 everywhere else: r2 is masked by both, and covered by r1.
    const model = tinyModel(
      [single('a', ['x', 'z']), single('b', ['p', 'q'])],
      [
        rule('r0', when({ b: ['p'] }, { a: ['x'] })),
        rule('r1', when({ a: ['x', 'z'] })),
        rule('r2', when({ b: ['p', 'q'] })),
      ],
    );
    expect(findingsOf(model)).toStrictEqual([
      {
        file: 'rules/routing.yaml',
        line: 3,
        column: 1,
        severity: 'error',
        kind: 'rule-never-fires',
        message:
          'rule "r2" can never fire: rule "r1" above it holds wherever it does; for example "a=z&b=q" meets it but rule "r1" decides first',
        example: 'a=z&b=q',
        maskedBy: ['r0', 'r1'],
        coveredBy: ['r1'],
        fix: 'move it above "r1", narrow "r1", or remove it',
      },
    ]);
  });

  it('names the one rule above that holds wherever it does, with answers it decides first', () => {
    const model = tinyModel(
      [single('a', ['x', 'y'])],
      [rule('r0', when({ a: ['x'] })), rule('r1', when({ a: ['x', 'y'] })), rule('r2', when({ a: ['x', 'y'] }))],
    );
    const findings = findingsOf(model);
    expect(findings).toStrictEqual([
      {
        file: 'rules/routing.yaml',
        line: 3,
        column: 1,
        severity: 'error',
        kind: 'rule-never-fires',
        message:
          'rule "r2" can never fire: rule "r1" above it holds wherever it does; for example "a=y" meets it but rule "r1" decides first',
        example: 'a=y',
        maskedBy: ['r0', 'r1'],
        coveredBy: ['r1'],
        fix: 'move it above "r1", narrow "r1", or remove it',
      },
    ]);
    expect(engineOutcome(model, findings[0]?.example)).toBe('r1');
  });

  it('names every rule above that decides first when none holds wherever it does, in the order they are written', () => {
    const model = tinyModel(
      [single('a', ['x', 'y'])],
      [rule('r0', when({ a: ['y'] })), rule('r1', when({ a: ['x'] })), rule('r2', when({ a: ['x', 'y'] }))],
    );
    const findings = findingsOf(model);
    expect(findings).toStrictEqual([
      {
        file: 'rules/routing.yaml',
        line: 3,
        column: 1,
        severity: 'error',
        kind: 'rule-never-fires',
        message:
          'rule "r2" can never fire: rules "r0", "r1" above it between them decide every path where it holds; for example "a=y" meets it but rule "r0" decides first',
        example: 'a=y',
        maskedBy: ['r0', 'r1'],
        coveredBy: [],
        fix: 'move it higher, narrow the rules above it, or remove it',
      },
    ]);
    expect(engineOutcome(model, findings[0]?.example)).toBe('r0');
  });

  it('counts only real paths when it says which rules mask one and which hold wherever it does', () => {
    // r0 names b, asked only when a is x: it holds on no real path where a is y, so it masks nothing there.
    const model = tinyModel(askedWhenX(), [
      rule('r0', when({ b: ['p'] })),
      rule('r1', when({ a: ['y'] })),
      rule('r2', when({ a: ['y'] })),
      rule('r3', when({ a: ['x'] })),
    ]);
    expect(findingsOf(model)).toStrictEqual([
      {
        file: 'rules/routing.yaml',
        line: 3,
        column: 1,
        severity: 'error',
        kind: 'rule-never-fires',
        message:
          'rule "r2" can never fire: rule "r1" above it holds wherever it does; for example "a=y" meets it but rule "r1" decides first',
        example: 'a=y',
        maskedBy: ['r1'],
        coveredBy: ['r1'],
        fix: 'move it above "r1", narrow "r1", or remove it',
      },
    ]);
  });

  it('says a rule holds wherever a later one does when they differ only on paths no person could take', () => {
    // b=p implies a=x on every real path, so r0 covers r1 though the masks differ where a=y and b=p.
    const model = tinyModel(askedWhenX(), [
      rule('r0', when({ a: ['x'] })),
      rule('r1', when({ b: ['p'] })),
      rule('r2', when({ a: ['y'] })),
    ]);
    expect(findingsOf(model)).toStrictEqual([
      {
        file: 'rules/routing.yaml',
        line: 2,
        column: 1,
        severity: 'error',
        kind: 'rule-never-fires',
        message:
          'rule "r1" can never fire: rule "r0" above it holds wherever it does; for example "a=x&b=p" meets it but rule "r0" decides first',
        example: 'a=x&b=p',
        maskedBy: ['r0'],
        coveredBy: ['r0'],
        fix: 'move it above "r0", narrow "r0", or remove it',
      },
      {
        file: 'rules/questions.yaml',
        line: 2,
        column: 1,
        severity: 'error',
        kind: 'question-never-asked',
        message:
          'question "b" is never asked: every path is decided before it; for example "a=x" is decided by rule "r0"',
        example: 'a=x',
        fix: UNASKED_FIX,
      },
    ]);
  });
});

describe('questions never asked, and rules, dispositions and articles never reached', () => {
  it('reports a question decided before it, with the answers and the rule that decides them', () => {
    const model = tinyModel(
      [single('a', ['x', 'y']), single('b', ['p', 'q'])],
      [rule('r0', when({ a: ['x'] })), rule('r1', when({ a: ['y'] }))],
    );
    const findings = findingsOf(model);
    expect(findings).toStrictEqual([
      {
        file: 'rules/questions.yaml',
        line: 2,
        column: 1,
        severity: 'error',
        kind: 'question-never-asked',
        message:
          'question "b" is never asked: every path is decided before it; for example "a=x" is decided by rule "r0"',
        example: 'a=x',
        fix: UNASKED_FIX,
      },
    ]);
  });

  it('reports a question with an ask-when with answers where it holds, and one no path reaches on gaps alone', () => {
    // r0 needs c, asked only when a is y: it never holds, every path is a gap after a, and b and c are never asked.
    const model = tinyModel(
      [single('a', ['x', 'y']), single('b', ['p', 'q']), single('c', ['s', 't'], when({ a: ['y'] }))],
      [rule('r0', when({ a: ['x'], c: ['s'] }))],
    );
    const findings = findingsOf(model);
    expect(findings.filter((f) => f.kind !== 'gap')).toStrictEqual([
      {
        file: 'rules/routing.yaml',
        line: 1,
        column: 1,
        severity: 'error',
        kind: 'rule-never-holds',
        message: 'rule "r0" can never fire: no path of answers meets its condition',
        fix: 'check its options and the ask-when of the questions it names',
      },
      {
        file: 'rules/questions.yaml',
        line: 2,
        column: 1,
        severity: 'error',
        kind: 'question-never-asked',
        message: 'question "b" is never asked: every path is decided before it',
        example: 'a=x',
        fix: UNASKED_FIX,
      },
      {
        file: 'rules/questions.yaml',
        line: 3,
        column: 1,
        severity: 'error',
        kind: 'question-never-asked',
        message: 'question "c" is never asked: every path is decided before it',
        // Where c's ask-when holds.
        example: 'a=y',
        fix: UNASKED_FIX,
      },
      {
        file: 'rules/dispositions.yaml',
        line: 1,
        column: 1,
        severity: 'warning',
        kind: 'disposition-never-reached',
        message: 'no path of answers reaches disposition "red"',
        fix: 'route a rule that can fire to it, or remove it',
      },
      {
        file: 'rules/guidance',
        line: 1,
        column: 1,
        severity: 'warning',
        kind: 'article-never-reached',
        message: 'no path of answers shows guidance article "a"',
        fix: 'name it as guidance or related on a rule that can fire, or remove the file',
      },
    ]);
    expect(findings.filter((f) => f.kind === 'gap').map((f) => [f.example, f.region])).toEqual([
      ['a=x', 'a=x&c=-'],
      ['a=y', 'a=y'],
    ]);
  });

  it('shows an unasked question with the first answers where its ask-when can hold', () => {
    // c is asked when a is y or b is q; b=q (a=x) comes first, and r0 decides there before b.
    const model = tinyModel(
      [...askedWhenX(), single('c', ['s', 't'], when({ a: ['y'] }, { b: ['q'] }))],
      [rule('r0', when({ a: ['x'] })), rule('r1', when({ a: ['y'] }))],
    );
    expect(findingsOf(model).map((f) => f.message)).toEqual([
      'question "b" is never asked: every path is decided before it; for example "a=x" is decided by rule "r0"',
      'question "c" is never asked: every path is decided before it; for example "a=x" is decided by rule "r0"',
    ]);
  });

  it('reports a question whose ask-when can never hold', () => {
    // c is asked when a is y and b is p, but b is asked only when a is x.
    const model = tinyModel(
      [...askedWhenX(), single('c', ['s', 't'], when({ a: ['y'], b: ['p'] }))],
      [rule('r0', when({ a: ['x'] })), rule('r1', when({ a: ['y'] }))],
    );
    expect(findingsOf(model).filter((f) => f.line === 3)).toStrictEqual([
      {
        file: 'rules/questions.yaml',
        line: 3,
        column: 1,
        severity: 'error',
        kind: 'ask-when-never-holds',
        message: 'the ask-when of question "c" can never hold on any path, so it is never asked',
        fix: 'check its options, and whether the questions it names are themselves asked on those paths',
      },
    ]);
  });

  it('counts an article named only as related as reached, and lists unreached articles and dispositions in order', () => {
    const model = tinyModel(
      [single('a', ['x', 'y'])],
      [rule('r0', when({ a: ['x'] }), 'red', 'a', ['b']), rule('r1', when({ a: ['y'] }), 'red', 'a')],
      ['red', 'green', 'blue'],
    );
    const located = fakeLocations(model);
    const at = (file: string, line: number) => ({ file, line, column: 1 });
    const locations: ModelLocations = {
      ...located,
      // Written out of order: the findings come sorted by article id.
      articles: {
        zeta: at('rules/guidance/zeta.yaml', 2),
        a: at('rules/guidance/a.yaml', 2),
        b: at('rules/guidance/b.yaml', 2),
        alpha: at('rules/guidance/alpha.yaml', 2),
      },
      // blue has no location: it is reported at the last rule.
      dispositions: { red: at('rules/dispositions.yaml', 1), green: at('rules/dispositions.yaml', 7) },
    };
    expect(findingsOf(model, locations).map((f) => `${f.file}:${f.line} ${f.kind} ${f.message}`)).toEqual([
      'rules/dispositions.yaml:7 disposition-never-reached no path of answers reaches disposition "green"',
      'rules/routing.yaml:2 disposition-never-reached no path of answers reaches disposition "blue"',
      'rules/guidance/alpha.yaml:2 article-never-reached no path of answers shows guidance article "alpha"',
      'rules/guidance/zeta.yaml:2 article-never-reached no path of answers shows guidance article "zeta"',
    ]);
  });
});

describe('a node budget that runs out', () => {
  it('says how far the sweep got, reports the gaps found so far, and nothing that needs the whole sweep', () => {
    const model = tinyModel(
      [single('a', ['x', 'y', 'z']), single('b', ['p', 'q'])],
      [rule('r0', when({ a: ['x'] })), rule('r1', when({ a: ['y'], b: ['p'] }))],
    );
    expect(findingsOf(model, fakeLocations(model), 5)).toStrictEqual([
      {
        file: 'rules/routing.yaml',
        line: 2,
        column: 1,
        severity: 'error',
        kind: 'analysis-incomplete',
        message:
          'analysis incomplete: the node budget (5 regions a sweep) ran out; so far 2 of 2 rules were seen to fire and 1 gap regions were found, after 6 regions',
        fix: 'run with a larger --budget; rules never firing and questions never asked are not reported until then',
      },
      {
        file: 'rules/routing.yaml',
        line: 2,
        column: 1,
        severity: 'error',
        kind: 'gap',
        message: 'no rule decides the answers in this region',
        example: 'a=y&b=q',
        region: 'a=y&b=q',
        fix: GAP_FIX,
      },
    ]);
    const analysis = { model, domain: buildDomain(model), budget: 3 };
    expect(sweepCoverage(analysis)).toMatchObject({ complete: false, nodes: 4, asked: [] });
  });

  it('is incomplete when the main sweep finishes but the search for a question asked runs out', () => {
    // b is never asked (r0 holds once a is answered); proving it takes more than the main sweep's one region.
    const model = tinyModel(
      [single('a', ['x', 'y']), single('b', ['p', 'q'], when({ a: ['y'] }))],
      [rule('r0', when({ a: ['x', 'y'] }))],
    );
    const analysis = { model, domain: buildDomain(model), budget: 2 };
    expect(sweepCoverage(analysis)).toMatchObject({ complete: false, nodes: 1, asked: [true, false] });
    expect(findingsOf(model, fakeLocations(model), 2).map((f) => f.message)).toEqual([
      'analysis incomplete: the node budget (2 regions a sweep) ran out; so far 1 of 1 rules were seen to fire and 0 gap regions were found, after 1 regions',
    ]);
    expect(findingsOf(model, fakeLocations(model), 3).map((f) => f.kind)).toEqual(['question-never-asked']);
  });
});
