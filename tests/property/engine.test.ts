/**
 * The engine and the machine under any answers, valid or hostile: no
 * exception escapes; valid answers always reach a result or a next question.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { parseAnswers } from '../../src/engine/answers-text.ts';
import { decide, step, walk } from '../../src/engine/decide.ts';
import { selectPage } from '../../src/machine/selectors.ts';
import { createTriageMachine } from '../../src/machine/triage-machine.ts';
import { answersTextArb, hostileAnswersArb, validAnswersArb } from '../support/hostile-answers.ts';
import { model } from '../support/model.ts';
import { runs } from '../support/mutation.ts';

const RUNS = { numRuns: runs(1000) };
// Built in each test, so mutation testing sees the machine it is testing (a module-level one is built before a mutant is switched on).
const machine = () => createTriageMachine(model);

describe('the engine', () => {
  it('never throws on hostile answers, and walks only real questions', () => {
    fc.assert(
      fc.property(hostileAnswersArb(model), (answers) => {
        const path = walk(model, answers);
        expect(['ask', 'decided', 'gap']).toContain(path.step.kind);
        for (const id of path.asked) expect(model.questions.some((q) => q.id === id)).toBe(true);
        step(model, answers);
        decide(model, answers);
      }),
      RUNS,
    );
  });

  it('takes valid answers in any order to a result or the next question, never a gap', () => {
    fc.assert(
      fc.property(validAnswersArb(model), (answers) => {
        const end = walk(model, answers).step;
        expect(end.kind).not.toBe('gap');
        if (end.kind === 'ask') expect(Object.hasOwn(walk(model, answers).answers, end.question.id)).toBe(false);
      }),
      RUNS,
    );
  });
});

describe('the machine, resumed from a share link', () => {
  it('shows the result or the next question for valid answers, and never fails', () => {
    fc.assert(
      fc.property(answersTextArb(model), validAnswersArb(model), (text, fallback) => {
        const parsed = parseAnswers(model, text);
        const answers = parsed.ok ? parsed.answers : fallback;
        const actor = createActor(machine(), { input: { answers } }).start();
        const snapshot = actor.getSnapshot();
        expect(snapshot.status).toBe('active');
        const page = selectPage(snapshot);
        // With no answers at all there is nothing to resume, and the start page shows.
        if (Object.keys(answers).length === 0) expect(page).toBe('start');
        else expect(page === 'result' || page === 'question').toBe(true);
        expect(page === 'result').toBe(decide(model, answers) !== null);
        actor.stop();
      }),
      RUNS,
    );
  });

  it('survives hostile answers given as input, and any event after', () => {
    const eventArb = fc.oneof(
      fc.constant({ type: 'triage.start' } as const),
      fc.constant({ type: 'nav.back' } as const),
      fc.constant({ type: 'triage.restart' } as const),
      fc
        .tuple(fc.constantFrom(...model.questions.map((q) => q.id), 'nope'), fc.array(fc.string(), { maxLength: 3 }))
        .map(([question, options]) => ({ type: 'answer.submit', question, options }) as const),
      fc
        .constantFrom(...model.questions.map((q) => q.id), '__proto__')
        .map((question) => ({ type: 'answer.change', question }) as const),
    );
    fc.assert(
      fc.property(hostileAnswersArb(model), fc.array(eventArb, { maxLength: 10 }), (input, events) => {
        const actor = createActor(machine(), { input: { answers: input } }).start();
        for (const event of events) actor.send(event);
        const snapshot = actor.getSnapshot();
        expect(snapshot.status).toBe('active');
        expect(['start', 'question', 'result', 'gap']).toContain(selectPage(snapshot));
        actor.stop();
      }),
      RUNS,
    );
  });
});
