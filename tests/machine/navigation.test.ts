/**
 * Where an answer leads, from one walk of the answers: the same place the
 * machine found when it walked them twice (the end, then the end's answers).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answers, withAnswer } from '../../src/engine/answers.ts';
import { walk } from '../../src/engine/decide.ts';
import { placeAfterAnswer, placeFor } from '../../src/machine/navigation.ts';
import { validAnswersArb } from '../support/hostile-answers.ts';
import { model } from '../support/model.ts';

/** Where an answer leads, worked out as the machine did before it walked once: the end, then a walk of the end's answers. */
function placeWalkingTwice(before: Answers, question: string, options: readonly string[], changing: boolean) {
  const end = placeFor(model, withAnswer(before, question, options));
  if (changing) return end;
  const asked = walk(model, end.answers).asked;
  const following = asked[asked.indexOf(question) + 1];
  return following === undefined ? end : { page: 'question', current: following, answers: end.answers };
}

describe('placeAfterAnswer', () => {
  it('finds the same place as walking the answers twice, for any answers and any question on the path', () => {
    fc.assert(
      fc.property(validAnswersArb(model), validAnswersArb(model), fc.boolean(), (before, other, changing) => {
        const path = walk(model, before);
        const onScreen = [...path.asked, ...(path.step.kind === 'ask' ? [path.step.question.id] : [])];
        for (const question of onScreen) {
          const options = other[question] ?? before[question];
          if (!options) continue;
          expect(placeAfterAnswer(model, before, question, options, changing)).toEqual(
            placeWalkingTwice(before, question, options, changing),
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
