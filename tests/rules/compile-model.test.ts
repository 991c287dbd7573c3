/**
 * What the compiler builds from the rules files: each question, option,
 * start page, article and piece of advice as written, and where each was written.
 */
import { describe, expect, it } from 'vitest';
import { type CompiledRules, compileRules } from '../../src/rules/compile.ts';
import { errorLines, shippedFiles, withEdit } from '../support/rule-files.ts';

function compiled(files: ReadonlyMap<string, string>): CompiledRules {
  const result = compileRules(files);
  if (!result.ok) throw new Error(`the rules did not compile:\n${errorLines(result).join('\n')}`);
  return result;
}

describe('the compiled questions', () => {
  it('keep a question as written, with no hint when it has none', () => {
    const age = compiled(shippedFiles).model.questions.find((q) => q.id === 'age');
    expect(age).toStrictEqual({
      id: 'age',
      type: 'single',
      text: 'How old are you?',
      error: 'Select how old you are',
      options: [
        { id: 'under-16', label: 'Under 16', exclusive: false },
        { id: '16-to-19', label: '16 to 19', exclusive: false },
        { id: '20-to-49', label: '20 to 49', exclusive: false },
        { id: '50-or-over', label: '50 or over', exclusive: false },
      ],
      askWhen: null,
    });
  });

  it('keep the hints of a question and of its options, and mark only the exclusive option', () => {
    const signs = compiled(shippedFiles).model.questions[0];
    expect(signs?.id).toBe('emergency-signs');
    expect(signs?.hint).toBe('Select all that apply.');
    expect(signs?.options[0]).toStrictEqual({
      id: 'saddle-numbness',
      label: 'Numbness or tingling around your genitals or bottom, or you cannot feel the toilet paper when you wipe',
      exclusive: false,
    });
    expect(signs?.options[3]).toStrictEqual({
      id: 'both-legs',
      label: 'Pain, numbness or weakness in both legs that is new or getting worse',
      hint: 'Not the usual soreness in your legs after training them.',
      exclusive: false,
    });
    expect(signs?.options.filter((o) => o.exclusive).map((o) => o.id)).toEqual(['none']);
    expect(signs?.options.at(-1)).toStrictEqual({
      id: 'none',
      label: 'No, I do not have any of these',
      exclusive: true,
    });
  });

  it('leave out the error message of a question that has none, for the interface to fill in', () => {
    const files = withEdit('questions.yaml', (text) => text.replace('    error: Select how old you are\n', ''));
    const age = compiled(files).model.questions.find((q) => q.id === 'age');
    expect(age && Object.keys(age)).toEqual(['id', 'type', 'text', 'options', 'askWhen']);
  });
});

describe('the compiled start page, articles and advice', () => {
  it('give the start page its use-if and do-not-use-if lists', () => {
    const { startPage } = compiled(shippedFiles).model;
    expect(startPage.title).toBe('Check your back pain after squats');
    expect(startPage.useIf.intro).toBe('Use this check if you:');
    expect(startPage.useIf.items[0]).toBe('are 16 or older');
    expect(startPage.doNotUseIf.intro).toBe('Do not use this check if you:');
    expect(startPage.doNotUseIf.items[0]).toBe('are under 16. See a {doctor} instead.');
    expect(Object.keys(startPage)).not.toContain('use-if');
  });

  it('give each article its id from its file name, and its text as written', () => {
    const { articles } = compiled(shippedFiles).content;
    expect(Object.keys(articles)).toEqual([
      'emergency-care',
      'expected-soreness',
      'form-correction',
      'rest-and-recovery',
      'see-a-professional',
      'strengthening',
      'stretching',
      'urgent-care',
    ]);
    expect(articles.stretching?.id).toBe('stretching');
    expect(articles.stretching?.title).toBe('Stretches for a tight lower back');
    expect(articles.stretching?.sections[0]?.heading).toBe('Before you start');
  });

  it('list the articles in order of their ids, whatever order the files come in', () => {
    const reversed = new Map([...shippedFiles].reverse());
    expect(Object.keys(compiled(reversed).content.articles)).toEqual(
      Object.keys(compiled(shippedFiles).content.articles),
    );
    expect(Object.keys(compiled(reversed).content.articles)[0]).toBe('emergency-care');
  });

  it('give each disposition what to do now, and what not to do', () => {
    const { whatToDoNow } = compiled(shippedFiles).content;
    expect(Object.keys(whatToDoNow)).toEqual(['emergency', 'urgent', 'see-professional', 'self-care']);
    expect(whatToDoNow['self-care']?.do[0]).toBe(
      'Keep moving gently. A walk or your usual daily tasks help more than rest.',
    );
    expect(whatToDoNow['self-care']?.doNot).toEqual([
      'Do not do heavy squats or deadlifts until the pain has eased.',
      'Do not rest in bed for long. It slows recovery.',
    ]);
  });

  it('give a disposition with no do-not list an empty one', () => {
    const files = withEdit('dispositions.yaml', (text) =>
      text.replace(
        '      do-not:\n        - Do not do heavy squats or deadlifts until the pain has eased.\n        - Do not rest in bed for long. It slows recovery.\n',
        '',
      ),
    );
    expect(compiled(files).content.whatToDoNow['self-care']?.doNot).toEqual([]);
  });
});

describe('the optional drawing and safety net', () => {
  it('are compiled when their files are there', () => {
    const { model, content } = compiled(shippedFiles);
    expect(model.bodyMap?.question).toBe('location');
    expect(content.safetyNet.map((group) => group.careCard)).toEqual([
      'emergency',
      'emergency',
      'urgent',
      'non-urgent',
    ]);
  });

  it('are left out when their files are not, and the rules still compile', () => {
    const files = new Map(shippedFiles);
    files.delete('body-map.yaml');
    files.delete('safety-net.yaml');
    const { model, content } = compiled(files);
    expect('bodyMap' in model).toBe(false);
    expect(content.safetyNet).toEqual([]);
  });
});

describe('where things were written', () => {
  it('gives each article the start of its file, after the $schema line', () => {
    const { articles } = compiled(shippedFiles).locations;
    expect(articles.stretching).toEqual({ file: 'rules/guidance/stretching.yaml', line: 2, column: 1 });
    expect(Object.keys(articles)).toHaveLength(8);
  });
});
