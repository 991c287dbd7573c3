/**
 * The safety invariants proved on small models built in memory: each
 * outcome that breaks a promise once, in rule order with gaps last, with the
 * first answers found that break it, and the warnings when a promise never
 * applies or the budget runs out.
 */
import { describe, expect, it } from 'vitest';
import { buildDomain } from '../../src/checker/domain.ts';
import type { Finding } from '../../src/checker/finding.ts';
import type { Invariant } from '../../src/checker/invariants-file.ts';
import { invariantFindings } from '../../src/checker/safety.ts';
import type { Condition, TriageModel } from '../../src/rules/model.ts';
import { type TinyRule, tinyModel, when } from '../support/tiny-model.ts';

const AT = { file: 'rules/invariants.yaml', line: 4, column: 5 };

function promise(condition: Condition, dispositions: readonly string[], leadsTo?: string): Invariant {
  return { id: 'p', when: condition, dispositions, reason: 'r', location: AT, ...(leadsTo ? { leadsTo } : {}) };
}

function check(model: TriageModel, invariants: readonly Invariant[], budget = 10_000): Finding[] {
  return invariantFindings({ model, domain: buildDomain(model), budget }, invariants);
}

/** Question q0 with options a, b and c, and q1 with x and y. */
function twoQuestions(rules: readonly TinyRule[]): TriageModel {
  return tinyModel(
    [
      { id: 'q0', options: ['a', 'b', 'c'] },
      { id: 'q1', options: ['x', 'y'] },
    ],
    rules,
  );
}

const always = when({ q0: ['a', 'b', 'c'] });

function broken(message: string, example: string, fix: string): Finding {
  return { ...AT, severity: 'error', kind: 'invariant-broken', message, example, fix };
}

describe('invariant findings', () => {
  it('reports each breaking rule in rule order and the gap last, in the words of the dispositions', () => {
    const model = twoQuestions([
      { id: 'r0', when: when({ q0: 'c' }), to: 'green' },
      { id: 'r1', when: when({ q0: 'b' }), to: 'green' },
    ]);
    expect(check(model, [promise(always, ['red', 'amber'])])).toEqual([
      broken(
        'invariant "p" is broken: these answers should lead to "red" or "amber", but rule "r0" sends them to "green"',
        'q0=c&q1=x',
        'put a rule leading to "red" or "amber" above "r0", or narrow "r0"',
      ),
      broken(
        'invariant "p" is broken: these answers should lead to "red" or "amber", but rule "r1" sends them to "green"',
        'q0=b&q1=x',
        'put a rule leading to "red" or "amber" above "r1", or narrow "r1"',
      ),
      broken(
        'invariant "p" is broken: these answers should lead to "red" or "amber", but no rule decides them (a gap)',
        'q0=a&q1=x',
        'add a rule leading to "red" or "amber" for them',
      ),
    ]);
  });

  it('words the promise as the invariant file does when it says how', () => {
    const model = twoQuestions([{ id: 'r0', when: always, to: 'green' }]);
    const findings = check(model, [promise(always, ['red', 'amber'], 'at least "amber" (red, amber)')]);
    expect(findings.map((f) => f.message)).toEqual([
      'invariant "p" is broken: these answers should lead to at least "amber" (red, amber), but rule "r0" sends them to "green"',
    ]);
  });

  it('gives the first answers found for a rule that breaks the promise in several places', () => {
    const model = twoQuestions([
      { id: 'r0', when: when({ q0: 'a', q1: 'x' }), to: 'red' },
      { id: 'r1', when: always, to: 'green' },
    ]);
    expect(check(model, [promise(always, ['red'])]).map((f) => f.example)).toEqual(['q0=a&q1=y']);
  });

  it('finds a breaking rule between a kept one and a later rule that holds everywhere', () => {
    const model = twoQuestions([
      { id: 'r0', when: when({ q0: 'a' }), to: 'red' },
      { id: 'r1', when: when({ q1: 'x' }), to: 'green' },
      { id: 'r2', when: always, to: 'red' },
    ]);
    expect(check(model, [promise(always, ['red'])]).map((f) => [f.message, f.example])).toEqual([
      ['invariant "p" is broken: these answers should lead to "red", but rule "r1" sends them to "green"', 'q0=b&q1=x'],
    ]);
  });

  it('proves a promise without cutting up regions decided only by rules already reported', () => {
    const model = twoQuestions([
      { id: 'r0', when: when({ q1: 'x' }), to: 'green' },
      { id: 'r1', when: when({ q0: 'a' }), to: 'red' },
      { id: 'r2', when: when({ q0: 'b' }), to: 'red' },
      { id: 'r3', when: always, to: 'red' },
    ]);
    // Six regions: the whole space, q0=a and its two halves on q1, then q0=b and q0=c, each whole.
    expect(check(model, [promise(always, ['red'])], 6).map((f) => [f.kind, f.example])).toEqual([
      ['invariant-broken', 'q0=a&q1=x'],
    ]);
  });

  it('finds nothing for a promise every path keeps, even where a later rule holds throughout', () => {
    const model = twoQuestions([
      { id: 'r0', when: when({ q0: 'a' }), to: 'red' },
      { id: 'r1', when: always, to: 'red' },
    ]);
    expect(check(model, [promise(always, ['red'])])).toEqual([]);
    expect(check(model, [])).toEqual([]);
  });

  it('warns that a promise never applies when no real path meets its condition', () => {
    const model = tinyModel(
      [
        { id: 'q0', options: ['a', 'b', 'c'] },
        { id: 'q1', options: ['x', 'y'], askWhen: when({ q0: 'b' }) },
      ],
      [{ id: 'r0', when: always, to: 'green' }],
    );
    expect(check(model, [promise(when({ q0: 'a', q1: 'x' }), ['red'])])).toEqual([
      {
        ...AT,
        severity: 'warning',
        kind: 'invariant-never-applies',
        message: 'invariant "p" never applies: no path of answers meets its condition',
        fix: 'check the questions and options it names',
      },
    ]);
  });

  it('says the analysis is incomplete, and nothing else, when the budget runs out', () => {
    const model = twoQuestions([
      { id: 'r0', when: when({ q0: 'a' }), to: 'red' },
      { id: 'r1', when: when({ q1: 'x' }), to: 'green' },
      { id: 'r2', when: always, to: 'red' },
    ]);
    expect(check(model, [promise(always, ['red'])], 1)).toEqual([
      {
        ...AT,
        severity: 'error',
        kind: 'analysis-incomplete',
        message: 'analysis incomplete: the node budget ran out before invariant "p" was proved over every path',
        fix: 'run with a larger --budget',
      },
    ]);
  });
});
