/**
 * Each finding of the clinical review of version 1 that version 2 closes,
 * as a person would answer, through `decide`.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/engine/decide.ts';
import { answers, model } from '../support/model.ts';
import { sampled } from '../support/mutation.ts';
import { allPaths } from '../support/paths.ts';

/** The result for answers text: disposition, rule and guidance. */
function resultOf(text: string) {
  const result = decide(model, answers(text));
  if (!result) throw new Error(`"${text}" does not reach a result`);
  return { disposition: result.rule.disposition, rule: result.rule.id, guidance: result.rule.guidance };
}

const NO_SIGNS = 'emergency-signs=none&warning-signs=none';

describe('the clinical review of version 1', () => {
  it('sends a foot that drags after the back went during a squat to urgent, at once', () => {
    expect(resultOf('emergency-signs=none&warning-signs=one-leg-weak')).toMatchObject({ disposition: 'urgent' });
  });

  it('sends pins and needles in a leg to a professional when the back hurts most', () => {
    expect(resultOf(`${NO_SIGNS}&age=20-to-49&location=lower-back-middle&leg-symptoms=yes`)).toEqual({
      disposition: 'see-professional',
      rule: 'nerve-symptoms',
      guidance: 'see-a-professional',
    });
  });

  it.each([
    ['not feeling toilet paper when wiping', 'saddle-numbness'],
    ['new sexual problems', 'sex-changes'],
    ['sudden breathlessness or coughing blood', 'breathless'],
    ['sudden severe tummy pain', 'tummy-pain'],
    ['rock-hard, swollen back or leg muscles', 'hard-muscles'],
  ])('makes %s an emergency', (_name, sign) => {
    expect(resultOf(`emergency-signs=${sign}`)).toEqual({
      disposition: 'emergency',
      rule: 'emergency-sign',
      guidance: 'emergency-care',
    });
  });

  it.each([
    ['a swollen, red, painful calf', 'leg-swelling'],
    ['a pop during the lift, with bruising', 'pop-bruise'],
    ['pain in the side that comes in waves', 'kidney-signs'],
  ])('makes %s urgent', (_name, sign) => {
    expect(resultOf(`emergency-signs=none&warning-signs=${sign}`)).toEqual({
      disposition: 'urgent',
      rule: 'warning-sign',
      guidance: 'urgent-care',
    });
  });

  it('makes sudden sharp pain during a lift at 55 urgent', () => {
    const at55 = `${NO_SIGNS}&age=50-or-over&location=lower-back-middle&leg-symptoms=no&onset=during-lift&feeling=sharp`;
    expect(resultOf(at55)).toMatchObject({ disposition: 'urgent', rule: 'sudden-pain-over-50' });
    // Before version 2 the same pain was a self-care strain; under 50 it still is.
    expect(
      resultOf(at55.replace('50-or-over', '20-to-49').concat('&duration=under-3-days&prior-injury=no&impact=mild')),
    ).toMatchObject({
      disposition: 'self-care',
      rule: 'acute-strain',
    });
  });

  it('makes thigh pain after training that is getting worse on day 4 urgent', () => {
    const day4 = `${NO_SIGNS}&age=20-to-49&location=thighs&leg-symptoms=no&onset=after-training&feeling=dull-ache&duration=3-to-7-days&trend=worse`;
    expect(resultOf(day4)).toMatchObject({ disposition: 'urgent', rule: 'worsening-muscle-pain' });
  });

  it('never leaves a 15-year-old to self-care, on any path', () => {
    const young = sampled(allPaths(model), 3).filter((p) => p.answers.age?.includes('under-16'));
    expect(young.length).toBeGreaterThan(0);
    for (const path of young) {
      expect(path.end.kind === 'decided' && path.end.rule.disposition).not.toBe('self-care');
    }
    expect(resultOf(`${NO_SIGNS}&age=under-16&location=lower-back-middle`)).toMatchObject({
      disposition: 'see-professional',
      rule: 'under-16',
    });
  });

  it("checks a 17-year-old's lower back pain after 3 weeks, even while it improves", () => {
    const teen = `${NO_SIGNS}&age=16-to-19&location=lower-back-middle&leg-symptoms=no&onset=after-training&feeling=dull-ache&duration=1-to-6-weeks&trend=improving&prior-injury=no&impact=mild`;
    expect(resultOf(teen)).toMatchObject({ disposition: 'see-professional', rule: 'teen-back-pain' });
  });

  it.each([
    ['sharp thigh pain the day after', 'onset=after-training&feeling=sharp'],
    ['thigh pain that began suddenly during a set', 'onset=during-lift&feeling=dull-ache'],
    ['thigh pain that built up over days', 'onset=gradually&feeling=tight-stiff'],
  ])('does not call %s normal soreness', (_name, how) => {
    const text = `${NO_SIGNS}&age=20-to-49&location=thighs&leg-symptoms=no&${how}&duration=under-3-days&prior-injury=no&impact=mild`;
    expect(resultOf(text)).toMatchObject({ disposition: 'self-care', rule: 'lingering-soreness' });
  });

  it('promises normal soreness only for pain that came on later and feels dull or tight, on every path', () => {
    const soreness = sampled(allPaths(model), 3).filter(
      (p) => p.end.kind === 'decided' && p.end.rule.guidance === 'expected-soreness',
    );
    expect(soreness.length).toBeGreaterThan(0);
    for (const path of soreness) {
      expect(path.answers.onset).toEqual(['after-training']);
      expect(['dull-ache', 'tight-stiff']).toContain(path.answers.feeling?.[0]);
    }
  });
});
