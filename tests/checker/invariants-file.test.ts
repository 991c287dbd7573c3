/**
 * Compiling rules/invariants.yaml on its own, from small texts against the
 * shipped model: what each promise compiles to, and each error at its line.
 */
import { describe, expect, it } from 'vitest';
import { compileInvariants, type InvariantsResult } from '../../src/checker/invariants-file.ts';
import { formatRuleError } from '../../src/rules/yaml-source.ts';
import { model } from '../support/model.ts';

const DISPOSITIONS = 'dispositions are emergency, urgent, see-professional, self-care';

function compile(text: string, dir?: string): InvariantsResult {
  return compileInvariants(new Map([['invariants.yaml', text]]), model, dir);
}

function errorsOf(result: InvariantsResult): string[] {
  if (result.ok) throw new Error('the invariants compiled');
  return result.errors.map(formatRuleError);
}

/** One invariant about children, leading where `leads` says. */
function promise(leads: string): string {
  return `invariants:\n  - id: kids\n    when:\n      age: under-16\n    ${leads}\n    reason: Because.\n`;
}

describe('compiling invariants.yaml', () => {
  it('makes no promises when there is no invariants file', () => {
    expect(compileInvariants(new Map([['routing.yaml', 'rules: []\n']]), model)).toEqual({ ok: true, invariants: [] });
  });

  it('compiles a list of exact dispositions into the promise, its words, reason and place', () => {
    expect(compile(promise('leads-to: [emergency, urgent]'))).toEqual({
      ok: true,
      invariants: [
        {
          id: 'kids',
          when: { anyOf: [[{ question: 'age', options: ['under-16'] }]] },
          dispositions: ['emergency', 'urgent'],
          leadsTo: '"emergency" or "urgent"',
          reason: 'Because.',
          location: { file: 'rules/invariants.yaml', line: 2, column: 9 },
        },
      ],
    });
  });

  it('compiles one exact disposition, and "at least" as it and every one above it', () => {
    const exact = compile(promise('leads-to: urgent'));
    const atLeast = compile(promise('leads-to-at-least: see-professional'));
    expect(exact.ok && exact.invariants.map((i) => [i.dispositions, i.leadsTo])).toEqual([[['urgent'], '"urgent"']]);
    expect(atLeast.ok && atLeast.invariants.map((i) => [i.dispositions, i.leadsTo])).toEqual([
      [
        ['emergency', 'urgent', 'see-professional'],
        'at least "see-professional" (emergency, urgent, see-professional)',
      ],
    ]);
  });

  it('reports errors in the folder it is given', () => {
    const result = compile(promise('leads-to: [emergency, urgnet]'), 'somewhere');
    expect(errorsOf(result)).toEqual([
      `somewhere/invariants.yaml:5:27: invariant "kids" names disposition "urgnet", which does not exist; ${DISPOSITIONS}`,
    ]);
  });

  it('places an unknown disposition in a list at its own item', () => {
    expect(errorsOf(compile(promise('leads-to: [urgnet, emergency, nope]')))).toEqual([
      `rules/invariants.yaml:5:16: invariant "kids" names disposition "urgnet", which does not exist; ${DISPOSITIONS}`,
      `rules/invariants.yaml:5:35: invariant "kids" names disposition "nope", which does not exist; ${DISPOSITIONS}`,
    ]);
  });

  it('places an unknown "at least" disposition at its value', () => {
    expect(errorsOf(compile(promise('leads-to-at-least: nope')))).toEqual([
      `rules/invariants.yaml:5:24: invariant "kids" names disposition "nope", which does not exist; ${DISPOSITIONS}`,
    ]);
  });

  it('reports a YAML syntax error at its line', () => {
    expect(errorsOf(compile('invariants: [\n'))).toEqual([
      'rules/invariants.yaml:2:1: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('reads an empty file as one with no "invariants" list', () => {
    expect(errorsOf(compile(''))).toEqual(['rules/invariants.yaml:1:1: missing "invariants"']);
  });
});
