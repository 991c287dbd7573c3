import { describe, expect, it } from 'vitest';
import { decide, nextQuestion, walk } from '../../src/engine/decide.ts';
import { answers, model } from '../support/model.ts';

const BENIGN =
  'emergency-signs=none&warning-signs=none&location=thighs&onset=after-training&feeling=dull-ache&duration=under-3-days&prior-injury=no&impact=mild';

/** Replaces some answers of the benign self-care path. */
function benign(changes: Record<string, string> = {}, drop: readonly string[] = []): string {
  const pairs = new Map(BENIGN.split('&').map((pair) => pair.split('=') as [string, string]));
  for (const [question, option] of Object.entries(changes)) pairs.set(question, option);
  for (const question of drop) pairs.delete(question);
  return [...pairs].map(([question, option]) => `${question}=${option}`).join('&');
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
    reaches: 'emergency-signs=none&warning-signs=night-pain,cancer-history',
    nearMiss: 'emergency-signs=faint&warning-signs=fever',
    missGoesTo: 'emergency-sign',
  },
  {
    rule: 'nerve-symptoms',
    reaches: 'emergency-signs=none&warning-signs=none&location=down-the-leg',
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
    reaches: `${benign({ duration: 'over-6-weeks' }, ['prior-injury', 'impact'])}&trend=improving&prior-injury=no&impact=mild`,
    nearMiss: `${benign({ duration: '1-to-6-weeks' }, ['prior-injury', 'impact'])}&trend=improving&prior-injury=no&impact=mild`,
    missGoesTo: 'lingering-soreness',
  },
  {
    rule: 'getting-worse',
    reaches: `${benign({ duration: '3-to-7-days' }, ['prior-injury', 'impact'])}&trend=worse&prior-injury=no&impact=mild`,
    nearMiss: `${benign({ duration: '3-to-7-days' }, ['prior-injury', 'impact'])}&trend=improving&prior-injury=no&impact=mild`,
    missGoesTo: 'muscle-soreness',
  },
  {
    rule: 'not-improving',
    reaches: `${benign({ duration: '1-to-6-weeks' }, ['prior-injury', 'impact'])}&trend=same&prior-injury=no&impact=mild`,
    nearMiss: `${benign({ duration: '3-to-7-days' }, ['prior-injury', 'impact'])}&trend=same&prior-injury=no&impact=mild`,
    missGoesTo: 'muscle-soreness',
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
    nearMiss: benign({ location: 'buttocks-hips', feeling: 'dull-ache' }),
    missGoesTo: 'muscle-soreness',
  },
  {
    rule: 'muscle-soreness',
    reaches: benign(),
    nearMiss: `${benign({ duration: '1-to-6-weeks' }, ['prior-injury', 'impact'])}&trend=improving&prior-injury=no&impact=mild`,
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
    reaches: `${benign({ location: 'buttocks-hips', duration: '1-to-6-weeks' }, ['prior-injury', 'impact'])}&trend=improving&prior-injury=recovered&impact=limits`,
    nearMiss: `${benign({ location: 'buttocks-hips', duration: '3-to-7-days' }, ['prior-injury', 'impact'])}&trend=improving&prior-injury=recovered&impact=limits`,
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
      'location',
      'onset',
      'feeling',
      'duration',
      'prior-injury',
      'impact',
    ]);
  });

  it('decides pain down the leg after three questions', () => {
    const path = walk(model, answers('emergency-signs=none&warning-signs=none&location=down-the-leg'));
    expect(path.asked).toEqual(['emergency-signs', 'warning-signs', 'location']);
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
      { question: 'duration', options: ['under-3-days'] },
      { question: 'feeling', options: ['tight-stiff'] },
    ]);
    expect(decide(model, answers('emergency-signs=faint,chest-pain'))?.because).toEqual([
      { question: 'emergency-signs', options: ['chest-pain', 'faint'] },
    ]);
  });
});
