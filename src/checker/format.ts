/** The checker's findings as text for people and editors, or JSON for tools. */
import type { CheckReport } from './check.ts';
import type { Finding } from './finding.ts';

/** `file:line:column: severity: message`, then the example and the fix, indented. */
export function formatFinding(f: Finding): string {
  const lines = [`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message}`];
  if (f.region) lines.push(`  region:  ${f.region}`);
  if (f.example !== undefined) lines.push(`  example: ${f.example}`);
  if (f.fix) lines.push(`  fix:     ${f.fix}`);
  return lines.join('\n');
}

/** The whole report as text, ending with a one-line summary. */
export function formatReport(report: CheckReport): string {
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.length - errors;
  const summary =
    report.findings.length === 0
      ? 'rules check: no findings; every path of answers reaches exactly one rule, and every invariant holds'
      : `rules check: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
  return [...report.findings.map(formatFinding), summary].join('\n');
}

/** The report as JSON. */
export function reportJson(report: CheckReport): string {
  return JSON.stringify(report, null, 2);
}
