/**
 * The result and a gap in the rules are the two ends of the questions: one
 * `end` state with a child for each, sharing the way back and "Change".
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Answers } from '../../src/engine/answers.ts';
import { selectPage } from '../../src/machine/selectors.ts';
import { createTriageMachine } from '../../src/machine/triage-machine.ts';
import type { TriageModel } from '../../src/rules/model.ts';
import { answers, model } from '../support/model.ts';

/** The shipped rules cut to the first, so answers it rules out fall into a gap. */
const gappy: TriageModel = { ...model, rules: model.rules.slice(0, 1) };

function start(rules: TriageModel, input: Answers) {
  return createActor(createTriageMachine(rules), { input: { answers: input } }).start();
}

describe('the end of the questions', () => {
  it('holds the result and the gap as children of one parent', () => {
    const result = start(model, answers('emergency-signs=dark-urine')).getSnapshot();
    expect(result.matches({ end: 'result' })).toBe(true);
    expect(result.matches('end')).toBe(true);
    expect(selectPage(result)).toBe('result');
    const gap = start(gappy, answers('emergency-signs=none')).getSnapshot();
    expect(gap.matches({ end: 'gap' })).toBe(true);
    expect(gap.matches('end')).toBe(true);
    expect(selectPage(gap)).toBe('gap');
  });

  it.each([
    ['result', model, 'emergency-signs=dark-urine'],
    ['gap', gappy, 'emergency-signs=none'],
  ] as const)('goes back, or changes an answer, from the %s the same way', (page, rules, text) => {
    const back = start(rules, answers(text));
    expect(selectPage(back.getSnapshot())).toBe(page);
    back.send({ type: 'nav.back' });
    expect(back.getSnapshot().value).toBe('question');
    expect(back.getSnapshot().context).toMatchObject({ current: 'emergency-signs', changing: false });
    const change = start(rules, answers(text));
    expect(change.getSnapshot().can({ type: 'answer.change', question: 'location' })).toBe(false);
    change.send({ type: 'answer.change', question: 'emergency-signs' });
    expect(change.getSnapshot().value).toBe('question');
    expect(change.getSnapshot().context).toMatchObject({ current: 'emergency-signs', changing: true });
  });
});
