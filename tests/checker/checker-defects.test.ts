/**
 * The shipped rules pass the checker with no finding, and each kind of
 * defect, injected into a copy of them, is reported at the right file and
 * line with answers that show it.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleFiles } from '../../src/checker/check.ts';
import type { Finding } from '../../src/checker/finding.ts';
import { RULES_DIR } from '../../src/cli/shared.ts';
import { parseAnswers } from '../../src/engine/answers-text.ts';
import { walk } from '../../src/engine/decide.ts';
import { compileRules } from '../../src/rules/compile.ts';
import { readRuleFiles } from '../../src/rules/load-dir.ts';
import type { TriageModel } from '../../src/rules/model.ts';

const shipped = readRuleFiles(RULES_DIR);

/** A copy of the shipped rules with one file's text changed. */
function withEdit(file: string, edit: (text: string) => string): Map<string, string> {
  const files = new Map(shipped);
  const text = files.get(file);
  if (text === undefined) throw new Error(`no file ${file}`);
  const edited = edit(text);
  if (edited === text) throw new Error(`the edit to ${file} changed nothing`);
  files.set(file, edited);
  return files;
}

function replace(from: string, to: string): (text: string) => string {
  return (text) => {
    if (!text.includes(from)) throw new Error(`"${from}" is not in the file`);
    return text.replace(from, to);
  };
}

/** The 1-based line and column where `needle` starts in `text`. */
function where(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function findingsOf(files: Map<string, string>, kind: string): Finding[] {
  return checkRuleFiles(files).findings.filter((f) => f.kind === kind);
}

function modelOf(files: Map<string, string>): TriageModel {
  const result = compileRules(files);
  if (!result.ok) throw new Error('the edited rules do not compile');
  return result.model;
}

/** What the engine makes of a finding's example answers. */
function outcome(model: TriageModel, example: string | undefined) {
  const parsed = parseAnswers(model, example ?? '');
  if (!parsed.ok) throw new Error(`bad example "${example}"`);
  return walk(model, parsed.answers).step;
}

/** Where a rule's id is written, as the checker reports it. */
function ruleAt(files: Map<string, string>, ruleId: string) {
  return { file: 'rules/routing.yaml', ...where(files.get('routing.yaml') ?? '', `${ruleId}\n    when`) };
}

describe('rules checker on the shipped rules', () => {
  it('finds nothing', () => {
    expect(checkRuleFiles(shipped).findings).toEqual([]);
  });
});

describe('rules checker on injected defects', () => {
  it('reports a dropped rule as a gap at the last rule, with answers that no rule decides', () => {
    const files = withEdit('routing.yaml', (t) => t.slice(0, t.indexOf('  - id: lingering-soreness')));
    const gaps = findingsOf(files, 'gap');
    expect(gaps.length).toBeGreaterThan(0);
    const last = ruleAt(files, 'lower-back-overload');
    for (const gap of gaps) {
      expect(gap).toMatchObject({ file: 'rules/routing.yaml', line: last.line, severity: 'error' });
      expect(outcome(modelOf(files), gap.example).kind).toBe('gap');
      expect(gap.region).toContain('location=buttocks-hips|thighs');
    }
  });

  it('reports a widened rule masking a later one, naming it, with answers it decides first', () => {
    const files = withEdit(
      'routing.yaml',
      replace(
        '      location: [buttocks-hips, thighs]\n      onset: after-training\n      duration: [under-3-days, 3-to-7-days]\n      feeling: dull-ache\n    disposition: self-care\n    guidance: expected-soreness\n    reason',
        '      location: [buttocks-hips, thighs]\n    disposition: self-care\n    guidance: expected-soreness\n    reason',
      ),
    );
    const dead = findingsOf(files, 'rule-never-fires');
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ ...ruleAt(files, 'lingering-soreness'), coveredBy: ['muscle-soreness'] });
    expect(dead[0]?.message).toContain('rule "muscle-soreness" above it holds wherever it does');
    const decided = outcome(modelOf(files), dead[0]?.example);
    expect(decided.kind === 'decided' && decided.rule.id).toBe('muscle-soreness');
  });

  it('reports a misspelt option where it is written', () => {
    const files = withEdit('routing.yaml', replace('location: down-the-leg', 'location: down-the-lge'));
    const errors = findingsOf(files, 'rules-file');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: 'rules/routing.yaml',
      ...where(files.get('routing.yaml') ?? '', 'down-the-lge'),
      severity: 'error',
    });
    expect(errors[0]?.message).toContain('"down-the-lge"');
  });

  it('reports a removed emergency rule as a broken invariant, with an emergency sign that goes elsewhere', () => {
    const files = withEdit('routing.yaml', (t) =>
      t.replace(t.slice(t.indexOf('  - id: emergency-sign'), t.indexOf('  - id: warning-sign')), ''),
    );
    const broken = findingsOf(files, 'invariant-broken');
    expect(broken.length).toBeGreaterThan(0);
    const invariantAt = where(files.get('invariants.yaml') ?? '', 'emergency-sign-means-emergency');
    const model = modelOf(files);
    for (const f of broken) {
      expect(f).toMatchObject({ file: 'rules/invariants.yaml', ...invariantAt });
      const parsed = parseAnswers(model, f.example ?? '');
      expect(parsed.ok && parsed.answers['emergency-signs']?.includes('none')).toBe(false);
      const end = outcome(model, f.example);
      expect(end.kind === 'decided' ? end.rule.disposition : 'gap').not.toBe('emergency');
    }
    expect(findingsOf(files, 'disposition-never-reached').map((f) => f.message)).toEqual([
      'no path of answers reaches disposition "emergency"',
    ]);
    expect(findingsOf(files, 'article-never-reached')[0]?.file).toBe('rules/guidance/emergency-care.yaml');
  });

  it('reports a warning sign sent below urgent when a rule moves above the warning rule', () => {
    const routing = shipped.get('routing.yaml') ?? '';
    const nerve = routing.slice(routing.indexOf('  - id: nerve-symptoms'), routing.indexOf('  - id: unhealed-injury'));
    const files = withEdit('routing.yaml', (t) =>
      t.replace(nerve, '').replace('  - id: warning-sign', `${nerve}  - id: warning-sign`),
    );
    const broken = findingsOf(files, 'invariant-broken');
    expect(broken.map((f) => f.message)).toEqual([
      'invariant "warning-sign-means-urgent" is broken: these answers should lead to "urgent", but rule "nerve-symptoms" sends them to "see-professional"',
      // Both urgent rules now come after it too: each promise is reported where it is written.
      'invariant "sudden-pain-over-50-is-urgent" is broken: these answers should lead to at least "urgent" (emergency, urgent), but rule "nerve-symptoms" sends them to "see-professional"',
      'invariant "worsening-muscle-pain-is-urgent" is broken: these answers should lead to at least "urgent" (emergency, urgent), but rule "nerve-symptoms" sends them to "see-professional"',
    ]);
    expect(broken[0]).toMatchObject(where(files.get('invariants.yaml') ?? '', 'warning-sign-means-urgent'));
    const end = outcome(modelOf(files), broken[0]?.example);
    expect(end.kind === 'decided' && end.rule.id).toBe('nerve-symptoms');
  });

  it('reports an ask-condition that can never hold at its question, and the rules it starves', () => {
    const files = withEdit(
      'questions.yaml',
      replace(
        '  - id: prior-injury\n',
        '  - id: prior-injury\n    ask-when:\n      trend: worse\n      duration: under-3-days\n',
      ),
    );
    const never = findingsOf(files, 'ask-when-never-holds');
    expect(never).toHaveLength(1);
    expect(never[0]).toMatchObject({
      file: 'rules/questions.yaml',
      ...where(files.get('questions.yaml') ?? '', 'prior-injury\n'),
    });
    expect(findingsOf(files, 'rule-never-holds').map((f) => f.message)).toEqual([
      'rule "unhealed-injury" can never fire: no path of answers meets its condition',
      'rule "new-pain-over-50" can never fire: no path of answers meets its condition',
      'rule "returning-from-injury" can never fire: no path of answers meets its condition',
    ]);
  });

  it('reports a question no path reaches, with answers decided before it', () => {
    const extra =
      '\n  - id: sleep\n    type: single\n    text: Do you sleep well?\n    options:\n      - id: "yes"\n        label: "Yes"\n      - id: "no"\n        label: "No"\n';
    const files = withEdit('questions.yaml', (t) => `${t}${extra}`);
    const unasked = findingsOf(files, 'question-never-asked');
    expect(unasked).toHaveLength(1);
    expect(unasked[0]).toMatchObject({
      file: 'rules/questions.yaml',
      ...where(files.get('questions.yaml') ?? '', 'sleep'),
    });
    expect(outcome(modelOf(files), unasked[0]?.example).kind).toBe('decided');
  });

  it('reports a disposition and an article that no rule leads to', () => {
    const files = withEdit('dispositions.yaml', (t) =>
      t.concat(
        '\n  - id: wait\n    care-card: self-care\n    title: Wait\n    summary: Wait and see.\n    what-to-do-now:\n      do: [Wait., Rest., See.]\n',
      ),
    );
    files.set('guidance/unused.yaml', files.get('guidance/stretching.yaml') ?? '');
    // A result below emergency needs safety-netting, or the rules do not compile.
    const safetyNet = files.get('safety-net.yaml') ?? '';
    files.set(
      'safety-net.yaml',
      safetyNet.replace(
        'show-for: [urgent, see-professional, self-care]',
        'show-for: [urgent, see-professional, self-care, wait]',
      ),
    );
    expect(findingsOf(files, 'disposition-never-reached')).toEqual([
      expect.objectContaining({
        file: 'rules/dispositions.yaml',
        ...where(files.get('dispositions.yaml') ?? '', 'wait\n    care-card'),
        severity: 'warning',
      }),
    ]);
    expect(findingsOf(files, 'article-never-reached')).toEqual([
      // Line 2: the article itself begins after its $schema line.
      expect.objectContaining({ file: 'rules/guidance/unused.yaml', line: 2, severity: 'warning' }),
    ]);
  });

  it('reports an invariant naming a disposition that does not exist where it is written', () => {
    const files = withEdit('invariants.yaml', replace('leads-to: urgent', 'leads-to: urgnet'));
    expect(findingsOf(files, 'rules-file')).toEqual([
      expect.objectContaining({
        file: 'rules/invariants.yaml',
        ...where(files.get('invariants.yaml') ?? '', 'urgnet'),
      }),
    ]);
  });
});
