/**
 * The safety invariants: the "exactly" and "at least" forms, and every rule
 * an invariant depends on reported, with answers that break it, when removed.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleFiles } from '../../src/checker/check.ts';
import { compileInvariants } from '../../src/checker/invariants-file.ts';
import { parseAnswers } from '../../src/engine/answers-text.ts';
import { walk } from '../../src/engine/decide.ts';
import { compileRules } from '../../src/rules/compile.ts';
import { formatRuleError } from '../../src/rules/yaml-source.ts';
import { holds } from '../support/enumerate.ts';
import { model } from '../support/model.ts';
import { inject, positionOf, shippedFiles, withEdit } from '../support/rule-files.ts';

function invariantsOf(files: ReadonlyMap<string, string>) {
  const compiled = compileRules(files);
  if (!compiled.ok) throw new Error('the rules do not compile');
  return { model: compiled.model, result: compileInvariants(files, compiled.model) };
}

/** The routing file without one rule. */
function withoutRule(ruleId: string): Map<string, string> {
  return withEdit('routing.yaml', (text) => {
    const start = text.indexOf(`  - id: ${ruleId}\n`);
    const next = text.indexOf('  - id: ', start + 1);
    return text.slice(0, start) + (next < 0 ? '' : text.slice(next));
  });
}

describe('invariants.yaml', () => {
  it('holds the twelve promises of the spec, exact and at least', () => {
    const { result } = invariantsOf(shippedFiles);
    if (!result.ok) throw new Error(result.errors.map(formatRuleError).join('\n'));
    const byId = Object.fromEntries(result.invariants.map((i) => [i.id, i.dispositions]));
    expect(byId).toEqual({
      'emergency-sign-means-emergency': ['emergency'],
      'warning-sign-means-urgent': ['urgent'],
      'sudden-pain-over-50-is-urgent': ['emergency', 'urgent'],
      'worsening-muscle-pain-is-urgent': ['emergency', 'urgent'],
      'leg-nerve-signs-are-checked': ['emergency', 'urgent', 'see-professional'],
      'children-are-checked': ['emergency', 'urgent', 'see-professional'],
      'teen-back-pain-is-checked': ['emergency', 'urgent', 'see-professional'],
      'long-pain-is-checked': ['emergency', 'urgent', 'see-professional'],
      'worsening-pain-is-checked': ['emergency', 'urgent', 'see-professional'],
      'stalled-pain-is-checked': ['emergency', 'urgent', 'see-professional'],
      'unhealed-injury-is-checked': ['emergency', 'urgent', 'see-professional'],
      'disabling-pain-is-checked': ['emergency', 'urgent', 'see-professional'],
    });
  });

  it('ranks "at least" by the order of dispositions.yaml', () => {
    const reordered = withEdit('dispositions.yaml', (text) => {
      const urgent = text.slice(text.indexOf('  - id: urgent'), text.indexOf('  - id: see-professional'));
      return text.replace(urgent, '').replace('  - id: self-care', `${urgent}  - id: self-care`);
    });
    const { result } = invariantsOf(reordered);
    expect(result.ok && result.invariants.find((i) => i.id === 'children-are-checked')?.dispositions).toEqual([
      'emergency',
      'see-professional',
    ]);
  });

  it('refuses both forms at once, and neither, at the invariant', () => {
    const both = withEdit('invariants.yaml', (t) =>
      t.replace(
        '    leads-to-at-least: see-professional\n',
        '    leads-to-at-least: see-professional\n    leads-to: urgent\n',
      ),
    );
    const neither = withEdit('invariants.yaml', (t) => t.replace('    leads-to-at-least: urgent\n', ''));
    for (const files of [both, neither]) {
      const { result } = invariantsOf(files);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors.map(formatRuleError)).toEqual([
        expect.stringMatching(
          /^rules\/invariants\.yaml:\d+:\d+: .*give either "leads-to" \(exactly these dispositions\) or "leads-to-at-least"/,
        ),
      ]);
    }
  });

  it('refuses an "at least" naming a disposition that does not exist, where it is written', () => {
    const files = withEdit('invariants.yaml', (t) =>
      t.replace('leads-to-at-least: urgent', 'leads-to-at-least: urgnet'),
    );
    const at = positionOf(files.get('invariants.yaml') ?? '', 'urgnet');
    const { result } = invariantsOf(files);
    expect(!result.ok && result.errors.map(formatRuleError)).toEqual([
      `rules/invariants.yaml:${at.line}:${at.column}: invariant "sudden-pain-over-50-is-urgent" names disposition "urgnet", which does not exist; dispositions are emergency, urgent, see-professional, self-care`,
    ]);
  });

  it.each([
    [
      'a condition that excludes every option',
      '      emergency-signs:\n        not: none\n    leads-to: emergency',
      '      emergency-signs:\n        not: [saddle-numbness, bladder-bowel, sex-changes, both-legs, serious-accident, chest-pain, breathless, tummy-pain, dark-urine, hard-muscles, faint, none]\n    leads-to: emergency',
      'not',
      'invariant "emergency-sign-means-emergency" excludes every option of question "emergency-signs", so it can never hold',
    ],
    [
      'an unknown option in a list',
      '      location: [buttocks-hips, thighs]',
      '      location: [buttocks-hips, thigh]',
      'thigh]',
      'invariant "worsening-muscle-pain-is-urgent" names option "thigh" of question "location"; options are lower-back-middle, lower-back-side, buttocks-hips, thighs, down-the-leg',
    ],
    [
      'an unknown question',
      '      feeling: sharp\n    leads-to-at-least: urgent',
      '      feelings: sharp\n    leads-to-at-least: urgent',
      'feelings',
      'invariant "sudden-pain-over-50-is-urgent" names question "feelings", which does not exist; questions are emergency-signs, warning-signs, age, location, leg-symptoms, onset, feeling, duration, trend, prior-injury, impact',
    ],
  ])('refuses %s in a condition, where it is written, as a rule would be', (_what, find, replace, at, message) => {
    const { files, where } = inject('invariants.yaml', find, replace, at);
    const { result } = invariantsOf(files);
    expect(!result.ok && result.errors.map(formatRuleError)).toEqual([`${where}: ${message}`]);
  });

  it('keeps a promise that a more urgent result keeps, and breaks one that asks for more', () => {
    const looser = withEdit('invariants.yaml', (t) =>
      t.replace('leads-to-at-least: urgent', 'leads-to-at-least: see-professional'),
    );
    expect(checkRuleFiles(looser).findings).toEqual([]);
    const stricter = withEdit('invariants.yaml', (t) =>
      t.replace(
        '      age: under-16\n    leads-to-at-least: see-professional',
        '      age: under-16\n    leads-to-at-least: urgent',
      ),
    );
    expect(checkRuleFiles(stricter).findings.map((f) => f.message)).toEqual([
      expect.stringContaining(
        'invariant "children-are-checked" is broken: these answers should lead to at least "urgent"',
      ),
    ]);
  });
});

describe('removing a rule an invariant depends on', () => {
  const guarded = model.rules.filter((r) => r.disposition !== 'self-care').map((r) => r.id);

  it.each(guarded)('without %s, the checker says which promise breaks and gives answers that break it', (ruleId) => {
    const files = withoutRule(ruleId);
    const { model: edited, result } = invariantsOf(files);
    if (!result.ok) throw new Error('the invariants do not compile');
    const broken = checkRuleFiles(files).findings.filter((f) => f.kind === 'invariant-broken');
    // New back pain after 50 is checked by choice, not by a promise: no invariant names it.
    if (ruleId === 'new-pain-over-50') {
      expect(broken).toEqual([]);
      return;
    }
    expect(broken.length).toBeGreaterThan(0);
    for (const finding of broken) {
      const invariant = result.invariants.find((i) => finding.message.startsWith(`invariant "${i.id}"`));
      expect(finding).toMatchObject({ file: 'rules/invariants.yaml', line: invariant?.location.line });
      const parsed = parseAnswers(edited, finding.example ?? '');
      if (!parsed.ok || !invariant) throw new Error(`bad example ${finding.example}`);
      // The promise holds "whatever else is answered": it applies to the example's answers in full,
      // even where the path decides before asking some of them.
      expect(holds(invariant.when, parsed.answers)).toBe(true);
      const path = walk(edited, parsed.answers);
      const reached = path.step.kind === 'decided' ? path.step.rule.disposition : 'a gap';
      expect(invariant.dispositions).not.toContain(reached);
    }
  });
});
