/**
 * Broken rules files at the edges the other error tests leave alone: every
 * error they give, in full, at the file, line and column an author has to look at.
 */
import { describe, expect, it } from 'vitest';
import { compileErrors, inject, shippedFiles } from '../support/rule-files.ts';

const EMERGENCY_SIGNS =
  'saddle-numbness, bladder-bowel, sex-changes, both-legs, serious-accident, chest-pain, breathless, tummy-pain, dark-urine, hard-muscles, faint, none';

describe('missing and misnamed files', () => {
  it('reports a missing start page at the start of its file, and nothing else', () => {
    const files = new Map(shippedFiles);
    files.delete('start-page.yaml');
    expect(compileErrors(files)).toEqual(['rules/start-page.yaml:1:1: this file is missing']);
  });

  it('reports a guidance file that does not end in .yaml, even when its name is an id', () => {
    const files = new Map(shippedFiles).set('guidance/notes', 'title: x\n');
    expect(compileErrors(files)).toEqual([
      'rules/guidance/notes:1:1: a guidance file is named by its article id and ends in .yaml, like "stretching.yaml"; "notes" is not',
    ]);
  });
});

describe('questions', () => {
  it('reports an exclusive option on a single-choice question once, at the option, even when it is not the last', () => {
    const { files, where } = inject(
      'questions.yaml',
      '      - id: under-16\n        label: Under 16\n',
      '      - id: under-16\n        label: Under 16\n        exclusive: true\n',
      'true',
    );
    expect(compileErrors(files)).toEqual([
      `${where}: question "age" is single-choice, so none of its options can be exclusive; only multi-select questions have a "none of these" option`,
    ]);
  });

  it('reports a question id used twice at the second, with the line of the first, and checks rules against the first', () => {
    const first = inject('questions.yaml', '  - id: age\n    type: single\n', '  - type: single\n    id: age\n', 'age');
    const text = first.files.get('questions.yaml') ?? '';
    const again =
      '  - id: age\n    type: single\n    text: Again?\n    options:\n      - id: again\n        label: Again\n      - id: once-more\n        label: Once more\n\n';
    const files = new Map(first.files).set(
      'questions.yaml',
      text.replace('  - id: location\n', `${again}  - id: location\n`),
    );
    const firstLine = first.where.split(':')[1];
    const secondLine = (files.get('questions.yaml') ?? '').split('\n').indexOf('  - id: age', Number(firstLine)) + 1;
    expect(compileErrors(files)).toEqual([
      `rules/questions.yaml:${secondLine}:9: question id "age" is used twice; it was first used at line ${firstLine}`,
    ]);
  });

  it('reports an ask-when on the first question that names a later one, saying no question comes before it', () => {
    const { files, where } = inject(
      'questions.yaml',
      '    hint: Select all that apply.\n',
      '    hint: Select all that apply.\n    ask-when:\n      age: under-16\n',
      'age',
    );
    expect(compileErrors(files)).toEqual([
      `${where}: the ask-when of question "emergency-signs" names question "age", which is not asked before it; an ask-when can only name earlier questions: (there are none)`,
    ]);
  });
});

describe('dispositions', () => {
  it('reports a disposition id used twice at the second, with the line of the first', () => {
    const { files, where } = inject('dispositions.yaml', '  - id: urgent\n', '  - id: emergency\n', 'emergency');
    expect(compileErrors(files)[0]).toBe(
      `${where}: disposition id "emergency" is used twice; it was first used at line 10`,
    );
  });
});

describe('rules', () => {
  it('reports an unknown option under not: at the option', () => {
    const { files, where } = inject('routing.yaml', '        not: none\n', '        not: nonee\n', 'nonee');
    expect(compileErrors(files)).toEqual([
      `${where}: rule "emergency-sign" names option "nonee" of question "emergency-signs"; options are ${EMERGENCY_SIGNS}`,
    ]);
  });

  it('reports an unknown option in a list under not: at that item of the list', () => {
    const { files, where } = inject('routing.yaml', '        not: none\n', '        not: [none, nonee]\n', 'nonee');
    expect(compileErrors(files)).toEqual([
      `${where}: rule "emergency-sign" names option "nonee" of question "emergency-signs"; options are ${EMERGENCY_SIGNS}`,
    ]);
  });

  it('reports a related article listed twice, at the second', () => {
    const { files, where } = inject(
      'routing.yaml',
      'related: [rest-and-recovery]',
      'related: [rest-and-recovery, rest-and-recovery]',
      'rest-and-recovery]',
    );
    expect(compileErrors(files)).toEqual([
      `${where}: rule "sudden-pain-over-50" lists guidance "rest-and-recovery" twice; each article appears once, as primary or related`,
    ]);
  });

  it('lists the articles in order of their ids when a rule names one that does not exist', () => {
    const { files, where } = inject('routing.yaml', 'guidance: urgent-care', 'guidance: urgent-cares', 'urgent-cares');
    files.set('guidance/stretching-2.yaml', shippedFiles.get('guidance/stretching.yaml') ?? '');
    expect(compileErrors(files)).toEqual([
      `${where}: rule "warning-sign" names guidance "urgent-cares", which has no article; articles are emergency-care, expected-soreness, form-correction, rest-and-recovery, see-a-professional, strengthening, stretching, stretching-2, urgent-care (one file each in guidance/)`,
    ]);
  });
});

describe('placeholders in the optional files', () => {
  it('reports a placeholder no region fills in the safety net, at the sign that names it', () => {
    const { files, where } = inject(
      'safety-net.yaml',
      '      - you get sudden, very bad pain in your {tummy}\n',
      '      - you get sudden, very bad pain in your {belly}\n',
      'you get',
    );
    const errors = compileErrors(files);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(
        `^${where}: "\\{belly\\}" is not a placeholder the regions fill \\(in regions\\.yaml\\); placeholders are \\{[a-z-]+\\}(, \\{[a-z-]+\\})*$`,
      ),
    );
  });
});
