/**
 * The checker's report as a whole (check.ts): what stops it early, what it
 * counts, the budget it is given, and when the rules must be refused.
 */
import { describe, expect, it } from 'vitest';
import { type CheckReport, checkModel, checkRuleFiles, hasErrors } from '../../src/checker/check.ts';
import { sweepCoverage } from '../../src/checker/coverage.ts';
import { buildDomain } from '../../src/checker/domain.ts';
import type { Finding } from '../../src/checker/finding.ts';
import { fakeLocations } from '../support/random-model.ts';
import { positionOf, withEdit } from '../support/rule-files.ts';
import { tinyModel, when } from '../support/tiny-model.ts';

function reportOf(...severities: Finding['severity'][]): CheckReport {
  return {
    findings: severities.map((severity) => ({ file: 'f', line: 1, column: 1, severity, kind: 'gap', message: 'm' })),
    nodes: 0,
    gapRegions: 0,
  };
}

/** q0 with a, b, c and d, q1 with a and b; no rule for q0=b, nor for q0=d with q1=b: two gaps. */
function gappy() {
  return tinyModel(
    [{ id: 'q0', options: ['a', 'b', 'c', 'd'] }, { id: 'q1' }],
    [
      { id: 'r0', when: when({ q0: 'a' }), to: 'red' },
      { id: 'r1', when: when({ q0: 'c' }), to: 'green' },
      { id: 'r2', when: when({ q0: 'd', q1: 'a' }), to: 'green' },
    ],
  );
}

describe('the check report', () => {
  it('refuses the rules for an error, not for warnings alone', () => {
    expect(hasErrors(reportOf())).toBe(false);
    expect(hasErrors(reportOf('warning', 'warning'))).toBe(false);
    expect(hasErrors(reportOf('warning', 'error'))).toBe(true);
  });

  it('counts the regions the sweep visited and the gap regions, all of them', () => {
    const model = gappy();
    const report = checkModel(model, fakeLocations(model));
    const coverage = sweepCoverage({ model, domain: buildDomain(model), budget: 1000 });
    expect(report.gapRegions).toBe(2);
    expect(report.nodes).toBe(coverage.nodes);
    expect(report.nodes).toBeGreaterThan(0);
    expect(report.findings.map((f) => [f.kind, f.example, f.region])).toEqual([
      ['gap', 'q0=b', 'q0=b'],
      ['gap', 'q0=d&q1=b', 'q0=d&q1=b'],
      ['disposition-never-reached', undefined, undefined],
    ]);
  });

  it('sweeps with the budget it is given, and a large one by default', () => {
    const model = gappy();
    expect(checkModel(model, fakeLocations(model), [], { budget: 1 }).findings.map((f) => f.kind)).toEqual([
      'analysis-incomplete',
    ]);
    expect(checkModel(model, fakeLocations(model)).findings.map((f) => f.kind)).not.toContain('analysis-incomplete');
    const rules = withEdit('routing.yaml', (t) => t.replace('  - id: emergency-sign', '  - id: emergency-signal'));
    expect(checkRuleFiles(rules, 'rules', { budget: 1 }).findings.map((f) => f.kind)).toContain('analysis-incomplete');
  });

  it('reports an invariants file error alone, in the rules folder given', () => {
    const files = withEdit('invariants.yaml', (t) => t.replace('leads-to: urgent', 'leads-to: urgnet'));
    const at = positionOf(files.get('invariants.yaml') ?? '', 'urgnet');
    expect(checkRuleFiles(files, 'shipped')).toEqual({
      findings: [
        {
          file: 'shipped/invariants.yaml',
          ...at,
          severity: 'error',
          kind: 'rules-file',
          message:
            'invariant "warning-sign-means-urgent" names disposition "urgnet", which does not exist; dispositions are emergency, urgent, see-professional, self-care',
        },
      ],
      nodes: 0,
      gapRegions: 0,
    });
  });

  it('reports a rules file error alone, before any invariant', () => {
    const files = withEdit('routing.yaml', (t) => t.replace('location: down-the-leg', 'location: down-the-lge'));
    const report = checkRuleFiles(files);
    expect(report).toMatchObject({ nodes: 0, gapRegions: 0 });
    expect(report.findings.map((f) => [f.file, f.severity, f.kind])).toEqual([
      ['rules/routing.yaml', 'error', 'rules-file'],
    ]);
  });
});
