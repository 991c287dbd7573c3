import { describe, expect, it } from 'vitest';
import { walk } from '../../src/engine/decide.ts';
import { progressAt } from '../../src/engine/progress.ts';
import { answers, model } from '../support/model.ts';
import { sampled } from '../support/mutation.ts';
import { allPaths } from '../support/paths.ts';

describe('progressAt', () => {
  it("counts from 1 by the question's place on the path, with no total", () => {
    expect(progressAt(model, {}, 'emergency-signs')).toEqual({ number: 1 });
    expect(progressAt(model, answers('emergency-signs=none&warning-signs=none&age=20-to-49'), 'location')).toEqual({
      number: 4,
    });
  });

  it('counts only the questions asked: a skipped question does not take a number', () => {
    const down = answers('emergency-signs=none&warning-signs=none&age=50-or-over&location=down-the-leg');
    expect(progressAt(model, down, 'onset')).toEqual({ number: 5 });
    const thighs = answers('emergency-signs=none&warning-signs=none&age=50-or-over&location=thighs');
    expect(progressAt(model, thighs, 'leg-symptoms')).toEqual({ number: 5 });
  });

  it('numbers an earlier question by its place, however far the answers go', () => {
    const later = answers('emergency-signs=none&warning-signs=none&age=20-to-49&location=thighs&leg-symptoms=no');
    expect(progressAt(model, later, 'age')).toEqual({ number: 3 });
  });

  it('is null for a question off the path', () => {
    expect(progressAt(model, answers('emergency-signs=none'), 'impact')).toBeNull();
    expect(progressAt(model, answers('emergency-signs=faint'), 'warning-signs')).toBeNull();
  });

  it('never lies on any path: the number counts up by one', () => {
    for (const path of sampled(allPaths(model))) {
      path.asked.forEach((question, i) => {
        expect(progressAt(model, path.answers, question)?.number).toBe(i + 1);
      });
      expect(walk(model, path.answers).asked).toEqual(path.asked);
    }
    // Every question of all 10,484 paths: seconds of work, more on a busy two-core machine.
  }, 60_000);
});
