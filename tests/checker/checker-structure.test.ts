/**
 * Ask-conditions the sweep cannot follow, on models built in memory (the
 * compiler refuses them in rules files): cycles, and names of later questions.
 */
import { describe, expect, it } from 'vitest';
import { checkModel } from '../../src/checker/check.ts';
import type { Condition, TriageModel } from '../../src/rules/model.ts';
import { model } from '../support/model.ts';
import { fakeLocations } from '../support/random-model.ts';

/** The shipped model with some questions' ask-when replaced. */
function withAskWhen(changes: Record<string, Condition>): TriageModel {
  return {
    ...model,
    questions: model.questions.map((q) => (q.id in changes ? { ...q, askWhen: changes[q.id] ?? null } : q)),
  };
}

const ask = (question: string, options: string[]): Condition => ({ anyOf: [[{ question, options }]] });

describe('rules checker on ask-condition structure', () => {
  it('reports a cycle once, at its first question, with the way round', () => {
    const cyclic = withAskWhen({
      onset: ask('duration', ['under-3-days']),
      duration: ask('feeling', ['sharp']),
      feeling: ask('onset', ['during-lift']),
    });
    const { findings } = checkModel(cyclic, fakeLocations(cyclic));
    expect(findings).toEqual([
      expect.objectContaining({
        kind: 'ask-when-cycle',
        severity: 'error',
        file: 'rules/questions.yaml',
        line: cyclic.questions.findIndex((q) => q.id === 'onset') + 1,
        message: expect.stringContaining('onset → duration → feeling → onset'),
      }),
    ]);
  });

  it('reports a question whose ask-when names itself', () => {
    const selfish = withAskWhen({ impact: ask('impact', ['mild']) });
    const { findings } = checkModel(selfish, fakeLocations(selfish));
    expect(findings.map((f) => [f.kind, f.message.includes('impact → impact')])).toEqual([['ask-when-cycle', true]]);
  });

  it('reports an ask-when that names a later question without a cycle', () => {
    const early = withAskWhen({ location: ask('impact', ['mild']) });
    const { findings } = checkModel(early, fakeLocations(early));
    expect(findings).toEqual([
      expect.objectContaining({
        kind: 'ask-when-order',
        line: early.questions.findIndex((q) => q.id === 'location') + 1,
      }),
    ]);
  });
});
