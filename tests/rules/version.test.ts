/**
 * The rules' version: compiled into the model, refused when malformed, and
 * stamped with the fingerprint of the rules files, so a change to the rules
 * cannot ship under the version before it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stampRules } from '../../src/cli/rules-stamp.ts';
import { RULES_DIR } from '../../src/cli/shared.ts';
import { compileRules } from '../../src/rules/compile.ts';
import { readRuleFiles } from '../../src/rules/load-dir.ts';
import { rulesFingerprint } from '../../src/rules/version.ts';
import { compileErrors, inject, shippedFiles } from '../support/rule-files.ts';

const versionText = () => shippedFiles.get('version.yaml') ?? '';
const recorded = (text: string) => /^files: (.*)$/m.exec(text)?.[1];

describe('the rules version', () => {
  it('is in the model, as version.yaml gives it', () => {
    const result = compileRules(shippedFiles);
    if (!result.ok) throw new Error('the shipped rules do not compile');
    expect(result.model.version).toEqual({
      version: /^version: "(.*)"$/m.exec(versionText())?.[1],
      changed: /^changed: (.*)$/m.exec(versionText())?.[1],
    });
  });

  it('has the fingerprint of the rules files as they are: after a change, raise the version and run npm run rules:stamp', () => {
    expect(recorded(versionText())).toBe(rulesFingerprint(readRuleFiles(RULES_DIR)));
  });

  it('has a fingerprint that changes with any file but version.yaml, whatever the line endings', () => {
    const files = new Map(shippedFiles);
    const base = rulesFingerprint(files);
    files.set('version.yaml', 'version: "9.9.9"\n');
    expect(rulesFingerprint(files)).toBe(base);
    files.set('faq.yaml', `${files.get('faq.yaml')} `);
    expect(rulesFingerprint(files)).not.toBe(base);
    const crlf = new Map([...shippedFiles].map(([path, text]) => [path, text.replaceAll('\n', '\r\n')]));
    expect(rulesFingerprint(crlf)).toBe(base);
    const renamed = new Map([...shippedFiles].map(([path, text]) => [path.replace('faq', 'faqs'), text]));
    expect(rulesFingerprint(renamed)).not.toBe(base);
  });

  it.each([
    [
      'a version that is not three numbers',
      'version: "2.0.0"',
      'version: "2.0"',
      '"2.0"',
      'version "2.0" is not valid: a version is three numbers with dots, like "2.1.0", in quotes',
    ],
    [
      'a version written as a number',
      'version: "2.0.0"',
      'version: 2.1',
      '2.1',
      'version should be text, not number 2.1',
    ],
    [
      'a date not written year-month-day',
      'changed: 2026-11-30',
      'changed: 30/11/2026',
      '30/11/2026',
      'changed "30/11/2026" is not valid: a date is written year-month-day, like 2026-11-30',
    ],
    [
      'a day not in the calendar',
      'changed: 2026-11-30',
      'changed: 2026-02-30',
      '2026-02-30',
      'changed is not a day in the calendar',
    ],
    [
      'a fingerprint edited by hand',
      'files: ',
      'files: abc\n# was: ',
      'abc',
      'files "abc" is not valid: written by npm run rules:stamp: do not edit it',
    ],
  ])('refuses %s, where it is written', (_name, find, replace, at, message) => {
    const { files, where } = inject('version.yaml', find, replace, at);
    expect(compileErrors(files)).toEqual([`${where}: ${message}`]);
  });

  it('is required', () => {
    const files = new Map(shippedFiles);
    files.delete('version.yaml');
    expect(compileErrors(files)).toEqual(['rules/version.yaml:1:1: this file is missing']);
  });
});

describe('npm run rules:stamp', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A copy of the shipped rules, with version.yaml as committed. */
  function copyOfRules() {
    dir = mkdtempSync(join(tmpdir(), 'rules-'));
    cpSync(RULES_DIR, dir, { recursive: true });
    return { committed: readFileSync(join(dir, 'version.yaml'), 'utf8') };
  }
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

  it('does nothing when the rules have not changed', () => {
    const { committed } = copyOfRules();
    expect(stampRules(dir, committed)).toEqual({
      code: 0,
      stdout: 'rules/version.yaml already has this fingerprint: nothing to do\n',
      stderr: '',
    });
    expect(readFileSync(join(dir, 'version.yaml'), 'utf8')).toBe(committed);
  });

  it('refuses a change to the rules under the committed version, and writes nothing', () => {
    const { committed } = copyOfRules();
    edit('faq.yaml', (text) => `${text}\n`);
    const output = stampRules(dir, committed);
    expect(output.code).toBe(1);
    expect(output.stderr).toMatch(
      /^rules\/version\.yaml: the rules changed but the version is still \d+\.\d+\.\d+: raise version/,
    );
    expect(readFileSync(join(dir, 'version.yaml'), 'utf8')).toBe(committed);
  });

  it('records the new fingerprint once the version is raised, keeping the rest of the file', () => {
    const { committed } = copyOfRules();
    edit('faq.yaml', (text) => `${text}\n`);
    edit('version.yaml', (text) => text.replace(/^version: .*$/m, 'version: "99.0.0"'));
    const fingerprint = rulesFingerprint(readRuleFiles(dir));
    expect(stampRules(dir, committed)).toEqual({
      code: 0,
      stdout: `stamped rules 99.0.0: ${fingerprint}\n`,
      stderr: '',
    });
    const stamped = readFileSync(join(dir, 'version.yaml'), 'utf8');
    expect(stamped).toBe(
      committed.replace(/^version: .*$/m, 'version: "99.0.0"').replace(/^files: .*$/m, `files: ${fingerprint}`),
    );
    expect(stampRules(dir, committed).code).toBe(0);
  });

  it('stamps rules never committed', () => {
    copyOfRules();
    edit('faq.yaml', (text) => `${text}\n`);
    expect(stampRules(dir, null).code).toBe(0);
    expect(recorded(readFileSync(join(dir, 'version.yaml'), 'utf8'))).toBe(rulesFingerprint(readRuleFiles(dir)));
  });
});
