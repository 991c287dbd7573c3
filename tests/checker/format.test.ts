/** The checker's report as people and tools read it, and findings with only the parts they have. */
import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/checker/check.ts';
import { type Finding, finding } from '../../src/checker/finding.ts';
import { formatFinding, formatReport, reportJson } from '../../src/checker/format.ts';

const at = { file: 'rules/routing.yaml', line: 12, column: 5 };

function report(...findings: Finding[]): CheckReport {
  return { findings, nodes: 7, gapRegions: 0 };
}

describe('findings', () => {
  it('keep the location, severity, kind and message, and only the extra parts given', () => {
    const made = finding(at, 'warning', 'gap', 'no rule', { example: 'a=x', maskedBy: ['r0'], coveredBy: [] });
    expect(made).toStrictEqual({
      file: 'rules/routing.yaml',
      line: 12,
      column: 5,
      severity: 'warning',
      kind: 'gap',
      message: 'no rule',
      example: 'a=x',
      maskedBy: ['r0'],
      coveredBy: [],
    });
    expect(Object.keys(made)).toEqual([
      'file',
      'line',
      'column',
      'severity',
      'kind',
      'message',
      'example',
      'maskedBy',
      'coveredBy',
    ]);
  });

  it('take nothing from the location but where it is', () => {
    const located = { ...at, extra: 'not a finding part' };
    expect(finding(located, 'error', 'rules-file', 'bad')).toStrictEqual({
      file: 'rules/routing.yaml',
      line: 12,
      column: 5,
      severity: 'error',
      kind: 'rules-file',
      message: 'bad',
    });
  });
});

describe('formatFinding', () => {
  it('writes file:line:column: severity: message, then region, example and fix, indented and aligned', () => {
    const f = finding(at, 'error', 'gap', 'no rule decides the answers in this region', {
      example: 'a=x',
      region: 'a=x|y',
      fix: 'add a rule',
    });
    expect(formatFinding(f)).toBe(
      [
        'rules/routing.yaml:12:5: error: no rule decides the answers in this region',
        '  region:  a=x|y',
        '  example: a=x',
        '  fix:     add a rule',
      ].join('\n'),
    );
  });

  it('writes an empty example (no question asked), but no empty region or fix', () => {
    const f = finding(at, 'error', 'gap', 'no rule', { example: '', region: '', fix: '' });
    expect(formatFinding(f)).toBe('rules/routing.yaml:12:5: error: no rule\n  example: ');
  });

  it('writes the first line alone when there is nothing more to say', () => {
    expect(formatFinding(finding(at, 'warning', 'article-never-reached', 'unused'))).toBe(
      'rules/routing.yaml:12:5: warning: unused',
    );
  });
});

describe('formatReport', () => {
  it('says there are no findings, and what that proves', () => {
    expect(formatReport(report())).toBe(
      'rules check: no findings; every path of answers reaches exactly one rule, and every invariant holds',
    );
  });

  it('counts one error and one warning in the singular, after the findings', () => {
    const error = finding(at, 'error', 'gap', 'a gap');
    const warning = finding(at, 'warning', 'disposition-never-reached', 'unused');
    expect(formatReport(report(error, warning))).toBe(
      [
        'rules/routing.yaml:12:5: error: a gap',
        'rules/routing.yaml:12:5: warning: unused',
        'rules check: 1 error, 1 warning',
      ].join('\n'),
    );
  });

  it('counts errors and warnings in the plural, none included', () => {
    const error = finding(at, 'error', 'gap', 'a gap');
    const warning = finding(at, 'warning', 'disposition-never-reached', 'unused');
    expect(formatReport(report(error, error)).split('\n').at(-1)).toBe('rules check: 2 errors, 0 warnings');
    expect(
      formatReport(report(warning, warning, warning))
        .split('\n')
        .at(-1),
    ).toBe('rules check: 0 errors, 3 warnings');
  });
});

describe('reportJson', () => {
  it('writes the whole report as JSON indented by two spaces', () => {
    const r = report(finding(at, 'error', 'gap', 'a gap', { example: 'a=x' }));
    expect(reportJson(r)).toBe(
      [
        '{',
        '  "findings": [',
        '    {',
        '      "file": "rules/routing.yaml",',
        '      "line": 12,',
        '      "column": 5,',
        '      "severity": "error",',
        '      "kind": "gap",',
        '      "message": "a gap",',
        '      "example": "a=x"',
        '    }',
        '  ],',
        '  "nodes": 7,',
        '  "gapRegions": 0',
        '}',
      ].join('\n'),
    );
  });
});
