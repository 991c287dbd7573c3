/** The body map and safety net files: checked against the questions and dispositions, with file:line errors. */
import { describe, expect, it } from 'vitest';
import { RULES_DIR } from '../../src/cli/shared.ts';
import { compileRules } from '../../src/rules/compile.ts';
import { readRuleFiles } from '../../src/rules/load-dir.ts';
import { formatRuleError } from '../../src/rules/yaml-source.ts';

const shipped = readRuleFiles(RULES_DIR);

function errorsWith(name: string, edit: (text: string) => string): string[] {
  const files = new Map(shipped);
  files.set(name, edit(files.get(name) ?? ''));
  const result = compileRules(files);
  return result.ok ? [] : result.errors.map(formatRuleError);
}

describe('the shipped body map and safety net', () => {
  it('compile into the model', () => {
    const result = compileRules(shipped);
    if (!result.ok) throw new Error(result.errors.map(formatRuleError).join('\n'));
    const { bodyMap, questions, dispositions } = result.model;
    const { safetyNet } = result.content;
    const question = questions.find((q) => q.id === bodyMap?.question);
    expect(bodyMap?.regions.map((r) => r.option).sort()).toEqual(question?.options.map((o) => o.id).sort());
    for (const d of dispositions.filter((d) => d.careCard !== 'emergency')) {
      expect(
        safetyNet.some((g) => g.showFor.includes(d.id)),
        d.id,
      ).toBe(true);
    }
    expect(questions.every((q) => q.error !== undefined)).toBe(true);
  });
});

describe('body map errors', () => {
  it('names an unknown option with its place and the options allowed', () => {
    const errors = errorsWith('body-map.yaml', (t) => t.replace('option: thighs', 'option: thihgs'));
    expect(errors).toEqual([expect.stringMatching(/^rules\/body-map\.yaml:\d+:\d+: .*"thihgs".*options are /)]);
  });

  it('refuses a multi-select question and path data that is not SVG path data', () => {
    const multi = errorsWith('body-map.yaml', (t) => t.replace(/^question: .*$/m, 'question: emergency-signs'));
    expect(multi.join('\n')).toMatch(/body-map\.yaml:\d+:\d+: .*must be single-choice/);
    const script = errorsWith('body-map.yaml', (t) => t.replace('M90 150', '<script>'));
    expect(script.join('\n')).toMatch(/body-map\.yaml:\d+:\d+: .*SVG path data/);
  });
});

describe('safety net errors', () => {
  it('names an unknown disposition', () => {
    const errors = errorsWith('safety-net.yaml', (t) => t.replace('show-for: [self-care]', 'show-for: [self-car]'));
    expect(errors.join('\n')).toMatch(/safety-net\.yaml:\d+:\d+: .*"self-car".*dispositions are/);
  });

  it('requires safety-netting on every result below emergency', () => {
    const errors = errorsWith('safety-net.yaml', (t) =>
      t
        .replace('show-for: [see-professional, self-care]', 'show-for: [self-care]')
        .replaceAll('show-for: [urgent, see-professional, self-care]', 'show-for: [urgent, self-care]'),
    );
    expect(errors.join('\n')).toMatch(/disposition "see-professional" is below emergency/);
  });
});
