/**
 * The two ways through answered questions. Stepping (Back, then Continue)
 * shows each answered question in turn; changing an answer from the result
 * goes straight back to the result once nothing new needs asking. Every way
 * onto a question decides which one it is, whatever came before.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { writeAnswers } from '../../src/engine/answers-text.ts';
import { isValidAnswer, previousQuestion } from '../../src/machine/navigation.ts';
import { selectPage } from '../../src/machine/selectors.ts';
import { createTriageMachine } from '../../src/machine/triage-machine.ts';
import { answers, model } from '../support/model.ts';

const SORE_THIGHS =
  'emergency-signs=none&warning-signs=none&age=20-to-49&location=thighs&leg-symptoms=no&onset=after-training&feeling=dull-ache&duration=under-3-days&prior-injury=no&impact=mild';
const ASKED = SORE_THIGHS.split('&').map((pair) => pair.split('=')[0] ?? '');

function resume(text = SORE_THIGHS) {
  return createActor(createTriageMachine(model), { input: { answers: answers(text) } }).start();
}

type Actor = ReturnType<typeof resume>;

const where = (actor: Actor) => {
  const snapshot = actor.getSnapshot();
  return { page: selectPage(snapshot), current: snapshot.context.current };
};

/** Continue on the question on screen, keeping the answer it has. */
function keepAnswer(actor: Actor) {
  const { current, answers: given } = actor.getSnapshot().context;
  if (current === null) throw new Error('no question on screen');
  actor.send({ type: 'answer.submit', question: current, options: [...(given[current] ?? [])] });
}

/** Continue keeps the answer and shows the next answered question, not the result. */
function expectStepping(actor: Actor) {
  const { current } = actor.getSnapshot().context;
  const next = ASKED[ASKED.indexOf(current ?? '') + 1];
  expect(next, 'stepping needs an answered question after this one').toBeDefined();
  keepAnswer(actor);
  expect(where(actor)).toEqual({ page: 'question', current: next });
}

describe('stepping through answered questions', () => {
  it('steps after Back twice from the result', () => {
    const actor = resume();
    actor.send({ type: 'nav.back' });
    expect(where(actor)).toEqual({ page: 'question', current: 'impact' });
    actor.send({ type: 'nav.back' });
    expect(where(actor)).toEqual({ page: 'question', current: 'prior-injury' });
    expectStepping(actor);
    keepAnswer(actor);
    expect(where(actor)).toEqual({ page: 'result', current: null });
  });

  it('steps, question after question, from a question visited in the browser history', () => {
    const actor = resume();
    actor.send({ type: 'nav.visit', page: 'question', question: 'location' });
    expectStepping(actor);
    expectStepping(actor);
    expectStepping(actor);
  });

  it('steps from the first question after Start now with every answer kept', () => {
    const actor = resume();
    actor.send({ type: 'nav.visit', page: 'start' });
    expect(where(actor)).toEqual({ page: 'start', current: null });
    actor.send({ type: 'triage.start' });
    expect(where(actor)).toEqual({ page: 'question', current: 'emergency-signs' });
    expectStepping(actor);
  });

  it('steps again after a change that was left, by Back, by the browser or by starting again', () => {
    const byBack = resume();
    byBack.send({ type: 'answer.change', question: 'feeling' });
    byBack.send({ type: 'nav.back' });
    expect(where(byBack)).toEqual({ page: 'result', current: null });
    byBack.send({ type: 'nav.back' });
    byBack.send({ type: 'nav.back' });
    expectStepping(byBack);

    const byHistory = resume();
    byHistory.send({ type: 'answer.change', question: 'feeling' });
    byHistory.send({ type: 'nav.visit', page: 'start' });
    byHistory.send({ type: 'triage.start' });
    expectStepping(byHistory);

    const byVisit = resume();
    byVisit.send({ type: 'answer.change', question: 'feeling' });
    byVisit.send({ type: 'nav.visit', page: 'question', question: 'location' });
    expectStepping(byVisit);

    const byRestart = resume();
    byRestart.send({ type: 'answer.change', question: 'feeling' });
    byRestart.send({ type: 'triage.restart' });
    expect(where(byRestart)).toEqual({ page: 'start', current: null });
    byRestart.send({ type: 'triage.start' });
    for (const pair of SORE_THIGHS.split('&')) {
      const [question = '', option = ''] = pair.split('=');
      byRestart.send({ type: 'answer.submit', question, options: [option] });
    }
    expect(where(byRestart).page).toBe('result');
    byRestart.send({ type: 'nav.back' });
    byRestart.send({ type: 'nav.back' });
    expectStepping(byRestart);
  });
});

describe('changing an answer from the result', () => {
  it('returns to the result when the change asks nothing new, and Back from it goes to the result too', () => {
    const actor = resume();
    actor.send({ type: 'answer.change', question: 'location' });
    expect(where(actor)).toEqual({ page: 'question', current: 'location' });
    keepAnswer(actor);
    expect(where(actor)).toEqual({ page: 'result', current: null });
    actor.send({ type: 'answer.change', question: 'duration' });
    actor.send({ type: 'nav.back' });
    expect(where(actor)).toEqual({ page: 'result', current: null });
  });

  it('after the change is made, Back then Continue steps again', () => {
    const actor = resume();
    actor.send({ type: 'answer.change', question: 'duration' });
    keepAnswer(actor);
    expect(where(actor).page).toBe('result');
    actor.send({ type: 'nav.back' });
    actor.send({ type: 'nav.back' });
    expectStepping(actor);
  });

  it('changes nothing while a question is on screen: a change starts only from the result', () => {
    const actor = resume();
    actor.send({ type: 'nav.back' });
    actor.send({ type: 'answer.change', question: 'location' });
    expect(where(actor)).toEqual({ page: 'question', current: 'impact' });
  });
});

describe('the machine at its edges', () => {
  it('tells the app to save answers it resumed from, once', () => {
    const saved: string[] = [];
    createActor(
      createTriageMachine(model).provide({
        actions: { answersChanged: ({ context }) => void saved.push(writeAnswers(model, context.answers)) },
      }),
      { input: { answers: answers('emergency-signs=none') } },
    ).start();
    expect(saved).toEqual(['emergency-signs=none']);
  });

  it('leaves no question on screen after Back from the first question, or a visit to the start or the result', () => {
    const first = resume('emergency-signs=none');
    first.send({ type: 'nav.visit', page: 'question', question: 'emergency-signs' });
    first.send({ type: 'nav.back' });
    expect(where(first)).toEqual({ page: 'start', current: null });

    const visited = resume();
    visited.send({ type: 'nav.visit', page: 'question', question: 'location' });
    visited.send({ type: 'nav.visit', page: 'result' });
    expect(where(visited)).toEqual({ page: 'result', current: null });
  });

  it('does not visit a question the history names without an id, or a page that is not one', () => {
    const actor = resume();
    actor.send({ type: 'nav.visit', page: 'question', question: 'location' });
    actor.send({ type: 'nav.visit', page: 'question' });
    expect(where(actor)).toEqual({ page: 'question', current: 'location' });
  });

  it('finds the question before any question on the path, and none before the first', () => {
    const given = answers(SORE_THIGHS);
    ASKED.forEach((question, i) => {
      expect(previousQuestion(model, given, question)).toBe(i === 0 ? null : ASKED[i - 1]);
    });
    expect(previousQuestion(model, given, null)).toBe('impact');
    expect(previousQuestion(model, given, 'no-such-question')).toBe('impact');
  });

  it('takes an answer only for a question the model has, with options it offers', () => {
    expect(isValidAnswer(model, 'location', ['thighs'])).toBe(true);
    expect(isValidAnswer(model, 'location', ['nowhere'])).toBe(false);
    expect(isValidAnswer(model, 'no-such-question', ['thighs'])).toBe(false);
  });
});
