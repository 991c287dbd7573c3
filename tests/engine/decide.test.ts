import { describe, expect, it } from 'vitest';
import { decide, walk } from '../../src/engine/decide.ts';
import type { Question } from '../../src/rules/model.ts';
import { rule, single, tinyModel, when } from '../support/hand-models.ts';
import { answers, model } from '../support/model.ts';
import { nextQuestion } from '../support/next-question.ts';

const BENIGN =
  'emergency-signs=none&warning-signs=none&age=20-to-49&location=thighs&leg-symptoms=no&onset=after-training&feeling=dull-ache&duration=under-3-days&prior-injury=no&impact=mild';

/** Replaces some answers of the benign self-care path. */
function benign(changes: Record<string, string> = {}, drop: readonly string[] = []): string {
  const pairs = new Map(BENIGN.split('&').map((pair) => pair.split('=') as [string, string]));
  for (const [question, option] of Object.entries(changes)) pairs.set(question, option);
  for (const question of drop) pairs.delete(question);
  return [...pairs].map(([question, option]) => `${question}=${option}`).join('&');
}

/** The benign path with pain for a while: `trend` is asked after `duration`. */
function lasting(changes: Record<string, string>, trend: string, after = 'prior-injury=no&impact=mild'): string {
  return `${benign(changes, ['prior-injury', 'impact'])}&trend=${trend}&${after}`;
}

/**
 * For every rule in the model: answers that reach it, and a near miss that
 * differs in the answer that matters and goes elsewhere.
 */
const RULES: readonly { rule: string; reaches: string; nearMiss: string; missGoesTo: string }[] = [
  {
    rule: 'emergency-sign',
    reaches: 'emergency-signs=saddle-numbness',
    nearMiss: 'emergency-signs=none&warning-signs=fever',
    missGoesTo: 'warning-sign',
  },
  {
    rule: 'warning-sign',
    reaches: 'emergency-signs=none&warning-signs=one-leg-weak,cancer-history',
    nearMiss: 'emergency-signs=hard-muscles&warning-signs=one-leg-weak',
    missGoesTo: 'emergency-sign',
  },
  {
    rule: 'sudden-pain-over-50',
    reaches: benign({ age: '50-or-over', onset: 'during-lift', feeling: 'sharp' }),
    nearMiss: benign({ age: '20-to-49', onset: 'during-lift', feeling: 'sharp' }),
    missGoesTo: 'acute-strain',
  },
  {
    rule: 'worsening-muscle-pain',
    reaches: lasting({ duration: '3-to-7-days' }, 'worse'),
    nearMiss: lasting({ location: 'lower-back-side', duration: '3-to-7-days' }, 'worse'),
    missGoesTo: 'getting-worse',
  },
  {
    rule: 'under-16',
    reaches: benign({ age: 'under-16' }),
    nearMiss: benign({ age: '16-to-19' }),
    missGoesTo: 'muscle-soreness',
  },
  {
    rule: 'nerve-symptoms',
    reaches: benign({ 'leg-symptoms': 'yes' }),
    nearMiss: benign(),
    missGoesTo: 'muscle-soreness',
  },
  {
    rule: 'unhealed-injury',
    reaches: benign({ 'prior-injury': 'not-recovered' }),
    nearMiss: benign({ 'prior-injury': 'recovered' }),
    missGoesTo: 'muscle-soreness',
  },
  {
    rule: 'stops-daily-life',
    reaches: benign({ impact: 'stops' }),
    nearMiss: benign({ impact: 'limits' }),
    missGoesTo: 'muscle-soreness',
  },
  {
    rule: 'persistent',
    reaches: lasting({ duration: 'over-6-weeks' }, 'improving'),
    nearMiss: lasting({ duration: '1-to-6-weeks' }, 'improving'),
    missGoesTo: 'lingering-soreness',
  },
  {
    rule: 'getting-worse',
    reaches: lasting({ location: 'lower-back-middle', duration: '3-to-7-days' }, 'worse'),
    nearMiss: lasting({ location: 'lower-back-middle', duration: '3-to-7-days' }, 'improving'),
    missGoesTo: 'lower-back-overload',
  },
  {
    rule: 'not-improving',
    reaches: lasting({ duration: '1-to-6-weeks' }, 'same'),
    nearMiss: lasting({ duration: '3-to-7-days' }, 'same'),
    missGoesTo: 'muscle-soreness',
  },
  {
    rule: 'new-pain-over-50',
    reaches: lasting({ age: '50-or-over', duration: '1-to-6-weeks' }, 'improving'),
    nearMiss: lasting(
      { age: '50-or-over', duration: '1-to-6-weeks' },
      'improving',
      'prior-injury=mostly-recovered&impact=mild',
    ),
    missGoesTo: 'returning-from-injury',
  },
  {
    rule: 'teen-back-pain',
    reaches: lasting({ age: '16-to-19', location: 'lower-back-middle', duration: '1-to-6-weeks' }, 'improving'),
    nearMiss: lasting({ age: '20-to-49', location: 'lower-back-middle', duration: '1-to-6-weeks' }, 'improving'),
    missGoesTo: 'lower-back-overload',
  },
  {
    rule: 'acute-strain',
    reaches: benign({ location: 'lower-back-middle', onset: 'during-lift', feeling: 'sharp' }),
    nearMiss: benign({ location: 'lower-back-middle', onset: 'after-training', feeling: 'sharp' }),
    missGoesTo: 'lower-back-overload',
  },
  {
    rule: 'muscle-soreness-tight',
    reaches: benign({ location: 'buttocks-hips', feeling: 'tight-stiff' }),
    nearMiss: benign({ location: 'buttocks-hips', onset: 'gradually', feeling: 'tight-stiff' }),
    missGoesTo: 'lingering-soreness',
  },
  {
    rule: 'muscle-soreness',
    reaches: benign(),
    nearMiss: benign({ feeling: 'sharp' }),
    missGoesTo: 'lingering-soreness',
  },
  {
    rule: 'returning-from-injury',
    reaches: benign({ location: 'lower-back-side', 'prior-injury': 'mostly-recovered' }),
    nearMiss: benign({ location: 'thighs', 'prior-injury': 'mostly-recovered' }),
    missGoesTo: 'muscle-soreness',
  },
  {
    rule: 'tight-lower-back',
    reaches: benign({ location: 'lower-back-side', feeling: 'tight-stiff' }),
    nearMiss: benign({ location: 'lower-back-side', feeling: 'dull-ache' }),
    missGoesTo: 'lower-back-overload',
  },
  {
    rule: 'lower-back-overload',
    reaches: benign({ location: 'lower-back-middle' }),
    nearMiss: benign({ location: 'lower-back-middle', feeling: 'tight-stiff' }),
    missGoesTo: 'tight-lower-back',
  },
  {
    rule: 'lingering-soreness',
    reaches: benign({ onset: 'during-lift' }),
    nearMiss: benign(),
    missGoesTo: 'muscle-soreness',
  },
];

describe('decide', () => {
  it('has a reach and a near-miss case for every rule of the model, in order', () => {
    expect(RULES.map((r) => r.rule)).toEqual(model.rules.map((r) => r.id));
  });

  it.each(RULES)('reaches $rule, and a near miss goes to $missGoesTo', ({ rule, reaches, nearMiss, missGoesTo }) => {
    expect(decide(model, answers(reaches))?.rule.id).toBe(rule);
    expect(decide(model, answers(nearMiss))?.rule.id).toBe(missGoesTo);
  });

  it('decides an emergency sign after one question, ignoring everything after it', () => {
    const path = walk(model, answers(`emergency-signs=bladder-bowel&${benign({}, ['emergency-signs'])}`));
    expect(path.step).toMatchObject({ kind: 'decided', rule: { id: 'emergency-sign', disposition: 'emergency' } });
    expect(path.asked).toEqual(['emergency-signs']);
    expect(path.ignored).toEqual([
      'warning-signs',
      'age',
      'location',
      'leg-symptoms',
      'onset',
      'feeling',
      'duration',
      'prior-injury',
      'impact',
    ]);
  });

  it('decides pain down the leg after four questions, without asking about leg symptoms', () => {
    const path = walk(model, answers('emergency-signs=none&warning-signs=none&age=20-to-49&location=down-the-leg'));
    expect(path.asked).toEqual(['emergency-signs', 'warning-signs', 'age', 'location']);
    expect(path.step.kind).toBe('decided');
  });

  it('skips trend after under 3 days, and ignores a trend answer given anyway', () => {
    expect(nextQuestion(model, answers(benign({}, ['prior-injury', 'impact'])))?.id).toBe('prior-injury');
    const path = walk(model, answers(`${benign()}&trend=worse`));
    expect(path.ignored).toEqual(['trend']);
    expect(path.asked).not.toContain('trend');
    expect(path.step).toMatchObject({ kind: 'decided', rule: { id: 'muscle-soreness' } });
  });

  it('asks trend when the pain has lasted 3 days or more', () => {
    expect(nextQuestion(model, answers(benign({ duration: '3-to-7-days' }, ['prior-injury', 'impact'])))?.id).toBe(
      'trend',
    );
  });

  it('asks the questions in order and is open until decided', () => {
    expect(nextQuestion(model, {})?.id).toBe('emergency-signs');
    expect(nextQuestion(model, answers('emergency-signs=none'))?.id).toBe('warning-signs');
    expect(decide(model, answers('emergency-signs=none&warning-signs=none&location=thighs'))).toBeNull();
  });

  it('keeps an answer after a gap in the answers pending, not on the path', () => {
    const path = walk(model, answers('emergency-signs=none&location=down-the-leg'));
    expect(path.step).toMatchObject({ kind: 'ask', question: { id: 'warning-signs' } });
    expect(path.asked).toEqual(['emergency-signs']);
    expect(path.pending).toEqual({ location: ['down-the-leg'] });
    expect(path.ignored).toEqual([]);
  });

  it('ignores a pending answer once the path shows its question is skipped', () => {
    const early = walk(model, answers('emergency-signs=none&warning-signs=none&duration=under-3-days&trend=worse'));
    expect(early.pending).toEqual({ duration: ['under-3-days'], trend: ['worse'] });
    const reached = walk(model, answers(`${benign({}, ['prior-injury', 'impact'])}&trend=worse`));
    expect(reached.step).toMatchObject({ kind: 'ask', question: { id: 'prior-injury' } });
    expect(reached.pending).toEqual({});
    expect(reached.ignored).toEqual(['trend']);
  });

  it('names the answers that decided the result', () => {
    const result = decide(model, answers(benign({ location: 'buttocks-hips', feeling: 'tight-stiff' })));
    expect(result?.because).toEqual([
      { question: 'location', options: ['buttocks-hips'] },
      { question: 'onset', options: ['after-training'] },
      { question: 'duration', options: ['under-3-days'] },
      { question: 'feeling', options: ['tight-stiff'] },
    ]);
    expect(decide(model, answers('emergency-signs=faint,chest-pain'))?.because).toEqual([
      { question: 'emergency-signs', options: ['chest-pain', 'faint'] },
    ]);
  });

  it('names only the options the rule asked for, not others chosen with them', () => {
    // The shipped multi-choice rules match every option but "none", so only a model of its own shows this.
    const signs: Question = { ...single('signs', ['numb', 'dizzy', 'none']), type: 'multi' };
    const numbness = tinyModel([signs], [rule('numbness', when({ signs: ['numb'] }))]);
    expect(decide(numbness, { signs: ['numb', 'dizzy'] })?.because).toEqual([{ question: 'signs', options: ['numb'] }]);
  });
});

describe('answers kept for later', () => {
  it('keeps an answer to a question still to come, but not to one the path can no longer ask', () => {
    // In the shipped rules a question's asking depends on the one just before it; here "trend" is asked only for
    // thigh pain, which the path has already ruled out before it stops at the feeling.
    const questions = model.questions.map((q) =>
      q.id === 'trend' ? { ...q, askWhen: { anyOf: [[{ question: 'location', options: ['thighs'] }]] } } : q,
    );
    const given = answers(
      benign({ location: 'lower-back-middle', duration: '3-to-7-days', trend: 'worse' }, ['feeling']),
    );
    const path = walk({ ...model, questions }, given);
    expect(path.step.kind === 'ask' && path.step.question.id).toBe('feeling');
    expect(Object.keys(path.pending)).toEqual(['duration', 'prior-injury', 'impact']);
    expect(path.ignored).toEqual(['trend']);
  });
});

describe('the deciding answers', () => {
  it('are the clause that holds in full, not the first that holds in part', () => {
    const [first] = model.rules;
    if (!first) throw new Error('the model has no rules');
    const rule = {
      ...first,
      when: {
        anyOf: [
          [
            { question: 'emergency-signs', options: ['none'] },
            { question: 'warning-signs', options: ['fever'] },
          ],
          [{ question: 'warning-signs', options: ['none'] }],
        ],
      },
    };
    const decided = decide({ ...model, rules: [rule] }, answers('emergency-signs=none&warning-signs=none'));
    expect(decided?.because).toEqual([{ question: 'warning-signs', options: ['none'] }]);
  });
});
