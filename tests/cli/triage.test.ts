import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadCompiledRules, RULES_DIR } from '../../src/cli/shared.ts';
import { help, triage } from '../../src/cli/triage.ts';
import { model } from '../support/model.ts';

const run = (...args: string[]) => triage(model, args);
const json = (...args: string[]) => JSON.parse(run(...args).stdout);

describe('the triage command', () => {
  it('prints a complete emergency result after one question', () => {
    const output = run('emergency-signs=bladder-bowel');
    expect(output.code).toBe(0);
    expect(output.stderr).toBe('');
    expect(JSON.parse(output.stdout)).toEqual({
      complete: true,
      disposition: 'emergency',
      guidance: 'emergency-care',
      related: [],
      rule: 'emergency-sign',
      reason: model.rules[0]?.reason,
      asked: ['emergency-signs'],
      ignored: [],
    });
  });

  it('gives what the model says for its self-care example', () => {
    expect(
      json(
        'emergency-signs=none&warning-signs=none&age=20-to-49&location=thighs&leg-symptoms=no&onset=after-training&feeling=dull-ache&duration=under-3-days&prior-injury=no&impact=mild',
      ),
    ).toMatchObject({
      complete: true,
      disposition: 'self-care',
      guidance: 'expected-soreness',
      related: [],
      rule: 'muscle-soreness',
      asked: [
        'emergency-signs',
        'warning-signs',
        'age',
        'location',
        'leg-symptoms',
        'onset',
        'feeling',
        'duration',
        'prior-injury',
        'impact',
      ],
      ignored: [],
    });
  });

  it('lists answers off the path as ignored', () => {
    expect(
      json(
        'emergency-signs=none&warning-signs=none&age=20-to-49&location=down-the-leg&leg-symptoms=no&impact=stops&trend=worse',
      ),
    ).toMatchObject({
      rule: 'nerve-symptoms',
      related: ['rest-and-recovery'],
      ignored: ['leg-symptoms', 'trend', 'impact'],
    });
  });

  it('names the next question while the result is open', () => {
    expect(json('')).toEqual({ complete: false, next: 'emergency-signs', asked: [], ignored: [] });
    expect(json('emergency-signs=none&warning-signs=none&age=20-to-49&location=thighs')).toEqual({
      complete: false,
      next: 'leg-symptoms',
      asked: ['emergency-signs', 'warning-signs', 'age', 'location'],
      ignored: [],
    });
  });

  it('exits 2 with one line saying what is wrong and what is allowed', () => {
    const output = run('emergency-signs=none&feeling=sharpp');
    expect(output).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'triage: question "feeling" has no option "sharpp"; options are dull-ache, tight-stiff, sharp, tingling\n',
    });
    expect(run('emergency-signs=none,faint').stderr).toBe(
      'triage: option "none" of question "emergency-signs" means none of the others apply, so it cannot be given with faint\n',
    );
  });

  it('exits 2 when the answers are not one argument', () => {
    expect(run()).toMatchObject({ code: 2, stdout: '' });
    expect(run('a=b', 'c=d').stderr).toBe(
      'triage: give the answers as one quoted argument, like "emergency-signs=none"; see --help\n',
    );
  });

  it('explains the format with an example on --help', () => {
    const output = run('--help');
    expect(output).toEqual({ code: 0, stdout: `${help(model)}\n`, stderr: '' });
    const example = /Example:\n {2}npm run --silent triage -- "(.+)"/.exec(output.stdout)?.[1] ?? '';
    expect(example).toMatch(/^emergency-signs=none&warning-signs=none&age=/);
    expect(json(example)).toMatchObject({ complete: true });
  });

  it('exits 1 listing every error when the rules are invalid', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'triage-')), 'rules');
    cpSync(RULES_DIR, dir, { recursive: true });
    const routing = join(dir, 'routing.yaml');
    writeFileSync(routing, readFileSync(routing, 'utf8').replace('disposition: urgent', 'disposition: urgnt'));
    const loaded = loadCompiledRules(dir);
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.output).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'rules/routing.yaml:24:18: rule "warning-sign" leads to disposition "urgnt", which does not exist; dispositions are emergency, urgent, see-professional, self-care\n',
    });
  });

  it('runs as npm run triage, printing JSON and exiting with its status', async () => {
    const exec = promisify(execFile);
    const ok = await exec('npm', ['run', '--silent', 'triage', '--', 'emergency-signs=bladder-bowel']);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      complete: true,
      disposition: 'emergency',
      asked: ['emergency-signs'],
    });
    const bad = await exec('npm', ['run', '--silent', 'triage', '--', 'feeling=sharpp']).catch((error) => error);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe(
      'triage: question "feeling" has no option "sharpp"; options are dull-ache, tight-stiff, sharp, tingling',
    );
  }, 30_000);
});
