import { describe, expect, it } from 'vitest';
import { walk } from '../../src/engine/decide.ts';
import { progressAt } from '../../src/engine/progress.ts';
import { answers, model } from '../support/model.ts';
import { allPaths } from '../support/paths.ts';

describe('progressAt', () => {
  it('counts from 1 and bounds by every question that could still be asked', () => {
    expect(progressAt(model, {}, 'emergency-signs')).toEqual({ number: 1, most: model.questions.length });
    expect(progressAt(model, answers('emergency-signs=none&warning-signs=none&age=20-to-49'), 'location')).toEqual({
      number: 4,
      most: model.questions.length,
    });
  });

  it('lowers the bound once an answer rules a later question out', () => {
    const skipping = answers(
      'emergency-signs=none&warning-signs=none&age=20-to-49&location=lower-back-middle&leg-symptoms=no&onset=after-training&feeling=dull-ache&duration=under-3-days',
    );
    expect(progressAt(model, skipping, 'prior-injury')).toEqual({ number: 9, most: model.questions.length - 1 });
    const thighs = answers('emergency-signs=none&warning-signs=none&age=20-to-49&location=thighs');
    expect(progressAt(model, thighs, 'leg-symptoms')).toEqual({ number: 5, most: model.questions.length });
    expect(
      progressAt(
        model,
        answers('emergency-signs=none&warning-signs=none&age=50-or-over&location=down-the-leg'),
        'onset',
      ),
    ).toEqual({
      number: 5,
      most: model.questions.length - 1,
    });
  });

  it('is null for a question off the path', () => {
    expect(progressAt(model, answers('emergency-signs=none'), 'impact')).toBeNull();
  });

  it('never lies on any path: the number counts up by one and the path never outgrows the bound', () => {
    for (const path of allPaths(model)) {
      path.asked.forEach((question, i) => {
        const progress = progressAt(model, path.answers, question);
        expect(progress?.number).toBe(i + 1);
        expect(progress?.most).toBeGreaterThanOrEqual(path.asked.length);
      });
      expect(walk(model, path.answers).asked).toEqual(path.asked);
    }
    // Every question of all 10,484 paths: seconds of work, more on a busy two-core machine.
  }, 60_000);
});
