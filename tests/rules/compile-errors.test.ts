/**
 * Each kind of broken rules file gives its exact message, at the file, line
 * and column an author has to look at.
 */
import { describe, expect, it } from 'vitest';
import { compileRules } from '../../src/rules/compile.ts';
import { compileErrors, inject, shippedFiles } from '../support/rule-files.ts';

const QUESTIONS =
  'emergency-signs, warning-signs, age, location, leg-symptoms, onset, feeling, duration, trend, prior-injury, impact';
const BEFORE_TREND = 'emergency-signs, warning-signs, age, location, leg-symptoms, onset, feeling, duration';
const ARTICLES =
  'emergency-care, expected-soreness, form-correction, rest-and-recovery, see-a-professional, strengthening, stretching, urgent-care';

const cases: readonly [name: string, file: string, find: string, replace: string, at: string, message: string][] = [
  [
    'an unknown option in a rule',
    'routing.yaml',
    '      feeling: sharp\n',
    '      feeling: sharpp\n',
    'sharpp',
    'rule "sudden-pain-over-50" names option "sharpp" of question "feeling"; options are dull-ache, tight-stiff, sharp, tingling',
  ],
  [
    'an unknown option in a list',
    'routing.yaml',
    'feeling: tight-stiff\n    disposition: self-care\n    guidance: stretching',
    'feeling: [tight-stiff, stiff]\n    disposition: self-care\n    guidance: stretching',
    'stiff]',
    'rule "tight-lower-back" names option "stiff" of question "feeling"; options are dull-ache, tight-stiff, sharp, tingling',
  ],
  [
    'an unknown question in a rule',
    'routing.yaml',
    '      impact: stops',
    '      impacts: stops',
    'impacts',
    `rule "stops-daily-life" names question "impacts", which does not exist; questions are ${QUESTIONS}`,
  ],
  [
    'an unknown disposition',
    'routing.yaml',
    'disposition: urgent',
    'disposition: urgnt',
    'urgnt',
    'rule "warning-sign" leads to disposition "urgnt", which does not exist; dispositions are emergency, urgent, see-professional, self-care',
  ],
  [
    'an unknown primary article',
    'routing.yaml',
    'guidance: urgent-care',
    'guidance: urgent-cares',
    'urgent-cares',
    `rule "warning-sign" names guidance "urgent-cares", which has no article; articles are ${ARTICLES} (one file each in guidance/)`,
  ],
  [
    'an unknown related article',
    'routing.yaml',
    'related: [strengthening]',
    'related: [strengthening, stretch]',
    'stretch]',
    `rule "persistent" names guidance "stretch", which has no article; articles are ${ARTICLES} (one file each in guidance/)`,
  ],
  [
    'an article both primary and related',
    'routing.yaml',
    'related: [strengthening]',
    'related: [see-a-professional]',
    'see-a-professional]',
    'rule "persistent" lists guidance "see-a-professional" twice; each article appears once, as primary or related',
  ],
  [
    'a rule id used twice',
    'routing.yaml',
    '  - id: warning-sign',
    '  - id: emergency-sign',
    'emergency-sign',
    'rule id "emergency-sign" is used twice; it was first used at line 12',
  ],
  [
    'an id that is not an id',
    'routing.yaml',
    '  - id: warning-sign',
    '  - id: Warning_Sign',
    'Warning_Sign',
    'rule "Warning_Sign": id "Warning_Sign" is not valid: ids use lower-case letters and digits joined by hyphens, like "pain-at-night"',
  ],
  [
    'a condition that excludes every option',
    'routing.yaml',
    '      emergency-signs:\n        not: none',
    '      emergency-signs:\n        not: [saddle-numbness, bladder-bowel, sex-changes, both-legs, serious-accident, chest-pain, breathless, tummy-pain, dark-urine, hard-muscles, faint, none]',
    'not',
    'rule "emergency-sign" excludes every option of question "emergency-signs", so it can never hold',
  ],
  [
    'a question type that does not exist',
    'questions.yaml',
    '    type: multi',
    '    type: multiple',
    'multiple',
    'question "emergency-signs": type "multiple" is not allowed; allowed: single, multi',
  ],
  [
    'an ask-when that names a later question',
    'questions.yaml',
    '      duration:\n        not: under-3-days',
    '      prior-injury:\n        not: "no"',
    'prior-injury',
    `the ask-when of question "trend" names question "prior-injury", which is not asked before it; an ask-when can only name earlier questions: ${BEFORE_TREND}`,
  ],
  [
    'an ask-when that names its own question',
    'questions.yaml',
    '      duration:\n        not: under-3-days',
    '      trend: same',
    'trend',
    `the ask-when of question "trend" names question "trend", which is not asked before it; an ask-when can only name earlier questions: ${BEFORE_TREND}`,
  ],
  [
    'an exclusive option that is not last',
    'questions.yaml',
    '      - id: none\n        label: No, I do not have any of these\n        exclusive: true\n',
    '      - id: none\n        label: No, I do not have any of these\n        exclusive: true\n      - id: numb-legs\n        label: Numb legs\n',
    'id: none',
    'the exclusive option of question "emergency-signs" must come last, after the "or" divider',
  ],
  [
    'a multi-select question with two exclusive options',
    'questions.yaml',
    '    options:\n      - id: one-leg-weak\n',
    '    options:\n      - id: one-leg-weak\n        exclusive: true\n',
    '- id: one-leg-weak',
    'multi-select question "warning-signs" needs exactly one exclusive option ("No, I do not have any of these"), so a person can say none apply; it has 2',
  ],
  [
    'an exclusive option on a single-choice question',
    'questions.yaml',
    '      - id: thighs\n',
    '      - id: thighs\n        exclusive: true\n',
    'true',
    'question "location" is single-choice, so none of its options can be exclusive; only multi-select questions have a "none of these" option',
  ],
  [
    'an unknown field',
    'dispositions.yaml',
    '    care-card: urgent',
    '    care-card: urgent\n    colour: amber',
    'colour',
    'disposition "urgent": unknown field "colour"; allowed fields are id, care-card, title, summary, what-to-do-now',
  ],
  [
    'a value not in the list',
    'dispositions.yaml',
    'care-card: urgent',
    'care-card: amber',
    'amber',
    'disposition "urgent": care-card "amber" is not allowed; allowed: emergency, urgent, non-urgent, self-care',
  ],
  [
    'a list where text belongs',
    'guidance/stretching.yaml',
    'title: Stretches for a tight lower back',
    'title: [Stretches]',
    '[',
    'title should be text, not a list',
  ],
  [
    'a YAML mistake',
    'routing.yaml',
    '  - id: persistent\n',
    '  - id: persistent\n   when: [\n',
    '   when',
    'YAML: Sequence item without - indicator',
  ],
];

describe('invalid rules files', () => {
  it('compiles the shipped rules without an error', () => {
    expect(compileErrors(shippedFiles)).toEqual([]);
  });

  it.each(cases)('reports %s', (_name, file, find, replace, at, message) => {
    const { files, where } = inject(file, find, replace, at);
    expect(compileErrors(files)[0]).toBe(`${where}: ${message}`);
  });

  it('reports a multi-select question without an exclusive option at its options', () => {
    const dropped = inject('questions.yaml', '        exclusive: true\n', '');
    const { files, where } = inject(
      'questions.yaml',
      '    options:\n      - id: saddle',
      '    options:\n      - id: saddle',
      '- id',
    );
    files.set('questions.yaml', dropped.files.get('questions.yaml') ?? '');
    expect(compileErrors(files)).toEqual([
      `${where}: multi-select question "emergency-signs" needs exactly one exclusive option ("No, I do not have any of these"), so a person can say none apply; it has 0`,
    ]);
  });

  it('reports an option id used twice, and where it was first used', () => {
    const { files, where } = inject(
      'questions.yaml',
      '      - id: sharp\n',
      '      - id: sharp\n        label: Sharp\n      - id: sharp\n',
      'sharp',
    );
    const firstLine = Number(where.split(':')[1]) - 2;
    expect(compileErrors(files)[0]).toBe(
      `${where}: option of question "feeling" id "sharp" is used twice; it was first used at line ${firstLine}`,
    );
  });

  it('reports a missing field at the thing that lacks it', () => {
    const { files, where } = inject(
      'questions.yaml',
      '  - id: location\n    type: single\n    text: Where do you feel it most?\n',
      '  - id: location\n    type: single\n',
      'id',
    );
    expect(compileErrors(files)).toEqual([`${where}: question "location": missing "text"`]);
  });

  it('reports every error in one go, not just the first', () => {
    const first = inject('routing.yaml', 'disposition: urgent', 'disposition: urgnt', 'urgnt');
    const text = first.files.get('routing.yaml')?.replace('guidance: urgent-care', 'guidance: urgent-cares') ?? '';
    const files = new Map(first.files).set('routing.yaml', text);
    expect(compileErrors(files)).toHaveLength(2);
  });

  it('reports a missing file', () => {
    const files = new Map(shippedFiles);
    files.delete('dispositions.yaml');
    expect(compileErrors(files)).toEqual(['rules/dispositions.yaml:1:1: this file is missing']);
  });

  it('reports a guidance file whose name is not an id', () => {
    const files = new Map(shippedFiles).set('guidance/Cool Down.yaml', 'title: x\nsummary: y\n');
    expect(compileErrors(files)).toEqual([
      'rules/guidance/Cool Down.yaml:1:1: a guidance file is named by its article id and ends in .yaml, like "stretching.yaml"; "Cool Down.yaml" is not',
    ]);
  });

  it('gives where each question, rule, disposition and article was written', () => {
    const result = compileRules(shippedFiles);
    expect(result.ok && result.locations.rules['acute-strain']).toEqual({
      file: 'rules/routing.yaml',
      line: 127,
      column: 9,
    });
    expect(result.ok && result.locations.questions.trend).toMatchObject({ file: 'rules/questions.yaml' });
    expect(result.ok && Object.keys(result.locations.articles)).toHaveLength(8);
  });
});
