/** `npm run rules:check`: output, --json and exit status, on the shipped rules and a broken copy. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rulesCheck } from '../../src/cli/rules-check.ts';
import { RULES_DIR } from '../../src/cli/shared.ts';

const scratch = mkdtempSync(join(tmpdir(), 'rules-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the shipped rules, in a folder named `rules`, with the last rule removed. */
function brokenRules(): string {
  const dir = join(scratch, 'rules');
  cpSync(RULES_DIR, dir, { recursive: true });
  const routing = join(dir, 'routing.yaml');
  const text = readFileSync(routing, 'utf8');
  writeFileSync(routing, text.slice(0, text.indexOf('  - id: lingering-soreness')));
  return dir;
}

describe('rules:check', () => {
  it('passes the shipped rules with status 0', () => {
    const output = rulesCheck([]);
    expect(output).toMatchObject({ code: 0, stderr: '' });
    expect(output.stdout).toMatch(/^rules check: no findings/);
  });

  it('reports each finding as file:line:column: severity: message, with example and fix, and status 1', () => {
    const output = rulesCheck([], brokenRules());
    expect(output.code).toBe(1);
    const lines = output.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^rules\/routing\.yaml:\d+:\d+: error: no rule decides the answers in this region$/);
    expect(lines[1]).toMatch(/^ {2}region: {2}.*location=buttocks-hips\|thighs/);
    expect(lines[2]).toMatch(
      /^ {2}example: emergency-signs=none&warning-signs=none&age=[a-z0-9-]+&location=buttocks-hips&/,
    );
    expect(lines[3]).toMatch(/^ {2}fix: {5}add a rule/);
    expect(lines.at(-1)).toMatch(/^rules check: \d+ errors?, \d+ warnings?$/);
  });

  it('prints JSON with --json', () => {
    const output = rulesCheck(['--json'], brokenRules());
    expect(output.code).toBe(1);
    const report = JSON.parse(output.stdout) as { findings: { kind: string; file: string }[]; gapRegions: number };
    expect(report.gapRegions).toBeGreaterThan(0);
    expect(report.findings[0]).toMatchObject({ kind: 'gap', file: 'rules/routing.yaml' });
  });

  it('says "analysis incomplete" rather than hang when the budget runs out', () => {
    const output = rulesCheck(['--budget', '3']);
    expect(output.code).toBe(1);
    expect(output.stderr).toContain('error: analysis incomplete');
  });

  it('refuses unknown arguments with status 2', () => {
    expect(rulesCheck(['--frobnicate']).code).toBe(2);
    expect(rulesCheck(['--budget', 'lots']).code).toBe(2);
  });
});
