import { describe, expect, it } from 'vitest';
import { createActor, transition } from 'xstate';
import { writeAnswers } from '../../src/engine/answers-text.ts';
import { selectAsked, selectOutcome, selectPage } from '../../src/machine/selectors.ts';
import { createTriageMachine, type TriageEvent } from '../../src/machine/triage-machine.ts';
import { answers, model } from '../support/model.ts';

// Built in each test, so mutation testing sees the machine it is testing (a module-level one is built before a mutant is switched on).
const machine = () => createTriageMachine(model);

function start(input: { answers?: ReturnType<typeof answers> } = {}) {
  const actor = createActor(machine(), { input });
  actor.start();
  return actor;
}

type Actor = ReturnType<typeof start>;

function submit(actor: Actor, question: string, ...options: string[]) {
  actor.send({ type: 'answer.submit', question, options });
}

/** Answers each question in turn from text, as a person would. */
function answerAll(actor: Actor, text: string) {
  for (const pair of text.split('&')) {
    const [question = '', options = ''] = pair.split('=');
    expect(actor.getSnapshot().context.current).toBe(question);
    submit(actor, question, ...options.split(','));
  }
}

const view = (actor: Actor) => {
  const snapshot = actor.getSnapshot();
  return {
    page: selectPage(snapshot),
    current: snapshot.context.current,
    answers: writeAnswers(model, snapshot.context.answers),
    rule: selectOutcome(model, snapshot)?.rule.id ?? null,
  };
};

const SORE_THIGHS =
  'emergency-signs=none&warning-signs=none&age=20-to-49&location=thighs&leg-symptoms=no&onset=after-training&feeling=dull-ache&duration=under-3-days&prior-injury=no&impact=mild';

describe('the triage machine', () => {
  it('starts on the start page and goes to the first question', () => {
    const actor = start();
    expect(view(actor)).toMatchObject({ page: 'start', current: null });
    actor.send({ type: 'triage.start' });
    expect(view(actor)).toMatchObject({ page: 'question', current: 'emergency-signs' });
  });

  it('walks the questions to the result', () => {
    const actor = start();
    actor.send({ type: 'triage.start' });
    answerAll(actor, SORE_THIGHS);
    expect(view(actor)).toEqual({ page: 'result', current: null, answers: SORE_THIGHS, rule: 'muscle-soreness' });
  });

  it('shows the result straight after an emergency sign', () => {
    const actor = start();
    actor.send({ type: 'triage.start' });
    submit(actor, 'emergency-signs', 'dark-urine');
    expect(view(actor)).toMatchObject({ page: 'result', rule: 'emergency-sign' });
  });

  it('ignores an answer to a question that is not on screen, or that is not valid', () => {
    const actor = start();
    actor.send({ type: 'triage.start' });
    const before = view(actor);
    const invalid: TriageEvent[] = [
      { type: 'answer.submit', question: 'location', options: ['thighs'] },
      { type: 'answer.submit', question: 'emergency-signs', options: [] },
      { type: 'answer.submit', question: 'emergency-signs', options: ['none', 'faint'] },
      { type: 'answer.submit', question: 'emergency-signs', options: ['nonsense'] },
    ];
    for (const event of invalid) {
      actor.send(event);
      expect(view(actor)).toEqual(before);
    }
  });

  it('goes back to the previous question with its answer kept, and forward again', () => {
    const actor = start();
    actor.send({ type: 'triage.start' });
    answerAll(actor, 'emergency-signs=none&warning-signs=none&age=20-to-49&location=thighs');
    actor.send({ type: 'nav.back' });
    expect(view(actor)).toMatchObject({
      current: 'location',
      answers: 'emergency-signs=none&warning-signs=none&age=20-to-49&location=thighs',
    });
    actor.send({ type: 'nav.back' });
    actor.send({ type: 'nav.back' });
    expect(view(actor).current).toBe('warning-signs');
    submit(actor, 'warning-signs', 'none');
    expect(view(actor).current).toBe('age');
    actor.send({ type: 'nav.back' });
    actor.send({ type: 'nav.back' });
    actor.send({ type: 'nav.back' });
    expect(view(actor)).toMatchObject({
      page: 'start',
      answers: 'emergency-signs=none&warning-signs=none&age=20-to-49&location=thighs',
    });
    actor.send({ type: 'triage.start' });
    expect(view(actor).current).toBe('emergency-signs');
  });

  it('drops later answers when going back and answering differently ends the path sooner', () => {
    const actor = start();
    actor.send({ type: 'triage.start' });
    answerAll(actor, 'emergency-signs=none&warning-signs=none&age=20-to-49&location=thighs&leg-symptoms=no');
    for (let i = 0; i < 4; i++) actor.send({ type: 'nav.back' });
    submit(actor, 'warning-signs', 'fever');
    expect(view(actor)).toEqual({
      page: 'result',
      current: null,
      answers: 'emergency-signs=none&warning-signs=fever',
      rule: 'warning-sign',
    });
  });

  it('changes an answer from the result: re-asks it, asks what the change brings, then shows the new result', () => {
    const actor = start({ answers: answers(SORE_THIGHS) });
    expect(view(actor)).toMatchObject({ page: 'result', rule: 'muscle-soreness' });
    actor.send({ type: 'answer.change', question: 'duration' });
    expect(view(actor)).toMatchObject({ page: 'question', current: 'duration' });
    submit(actor, 'duration', '1-to-6-weeks');
    expect(view(actor)).toMatchObject({ page: 'question', current: 'trend' });
    submit(actor, 'trend', 'improving');
    expect(view(actor)).toMatchObject({ page: 'result', rule: 'lingering-soreness' });
    expect(view(actor).answers).toBe(
      'emergency-signs=none&warning-signs=none&age=20-to-49&location=thighs&leg-symptoms=no&onset=after-training&feeling=dull-ache&duration=1-to-6-weeks&trend=improving&prior-injury=no&impact=mild',
    );
  });

  it('drops the old answers when a change ends the path sooner, so none can leak into the result', () => {
    const actor = start({ answers: answers(SORE_THIGHS) });
    actor.send({ type: 'answer.change', question: 'location' });
    submit(actor, 'location', 'down-the-leg');
    expect(view(actor)).toEqual({
      page: 'result',
      current: null,
      answers: 'emergency-signs=none&warning-signs=none&age=20-to-49&location=down-the-leg',
      rule: 'nerve-symptoms',
    });
    actor.send({ type: 'answer.change', question: 'location' });
    submit(actor, 'location', 'thighs');
    expect(view(actor)).toMatchObject({ page: 'question', current: 'leg-symptoms' });
  });

  it('goes back to the result from a change that was not made', () => {
    const actor = start({ answers: answers(SORE_THIGHS) });
    actor.send({ type: 'answer.change', question: 'feeling' });
    actor.send({ type: 'nav.back' });
    expect(view(actor)).toMatchObject({ page: 'result', rule: 'muscle-soreness', answers: SORE_THIGHS });
  });

  it('refuses to change a question that is not on the path', () => {
    const actor = start({ answers: answers('emergency-signs=faint') });
    expect(actor.getSnapshot().can({ type: 'answer.change', question: 'location' })).toBe(false);
    expect(actor.getSnapshot().can({ type: 'answer.change', question: 'emergency-signs' })).toBe(true);
  });

  it('goes back from the result to the last question asked', () => {
    const actor = start({ answers: answers(SORE_THIGHS) });
    actor.send({ type: 'nav.back' });
    expect(view(actor)).toMatchObject({ page: 'question', current: 'impact', answers: SORE_THIGHS });
    submit(actor, 'impact', 'mild');
    expect(view(actor)).toMatchObject({ page: 'result', rule: 'muscle-soreness' });
  });

  it('restarts with nothing kept, from anywhere', () => {
    const actor = start({ answers: answers(SORE_THIGHS) });
    actor.send({ type: 'triage.restart' });
    expect(view(actor)).toEqual({ page: 'start', current: null, answers: '', rule: null });
    actor.send({ type: 'triage.start' });
    expect(view(actor).current).toBe('emergency-signs');
  });

  it('resumes partial answers at the next question, and complete ones at the result', () => {
    const partial = start({ answers: answers('emergency-signs=none&warning-signs=none') });
    expect(view(partial)).toMatchObject({ page: 'question', current: 'age' });
    const resumed = start({ answers: answers(`${SORE_THIGHS}&trend=worse`) });
    expect(view(resumed)).toMatchObject({ page: 'result', rule: 'muscle-soreness', answers: SORE_THIGHS });
    expect(selectAsked(model, resumed.getSnapshot())).not.toContain('trend');
  });

  describe('answers from version 1, before age and leg symptoms were asked', () => {
    const V1_SORE_THIGHS =
      'emergency-signs=none&warning-signs=none&location=thighs&onset=after-training&feeling=dull-ache&duration=under-3-days&prior-injury=no&impact=mild';

    it('resumes at the age question, keeping every other answer, then asks about leg symptoms and decides', () => {
      const actor = start({ answers: answers(V1_SORE_THIGHS) });
      expect(view(actor)).toMatchObject({ page: 'question', current: 'age', answers: V1_SORE_THIGHS });
      submit(actor, 'age', '20-to-49');
      expect(view(actor)).toMatchObject({ page: 'question', current: 'location' });
      submit(actor, 'location', 'thighs');
      expect(view(actor)).toMatchObject({ page: 'question', current: 'leg-symptoms' });
      submit(actor, 'leg-symptoms', 'no');
      expect(view(actor)).toMatchObject({ page: 'question', current: 'onset' });
      for (const [question, option] of [
        ['onset', 'after-training'],
        ['feeling', 'dull-ache'],
        ['duration', 'under-3-days'],
        ['prior-injury', 'no'],
        ['impact', 'mild'],
      ] as const) {
        expect(view(actor).current).toBe(question);
        submit(actor, question, option);
      }
      expect(view(actor)).toEqual({ page: 'result', current: null, answers: SORE_THIGHS, rule: 'muscle-soreness' });
    });

    it('asks only the age when the pain runs down the leg, which leg symptoms are not asked after', () => {
      const actor = start({ answers: answers('emergency-signs=none&warning-signs=none&location=down-the-leg') });
      expect(view(actor)).toMatchObject({ page: 'question', current: 'age' });
      submit(actor, 'age', '20-to-49');
      submit(actor, 'location', 'down-the-leg');
      expect(view(actor)).toMatchObject({ page: 'result', rule: 'nerve-symptoms' });
    });

    it('asks about leg symptoms when an answer already has the age', () => {
      const actor = start({
        answers: answers(
          'emergency-signs=none&warning-signs=none&age=16-to-19&location=lower-back-side&onset=after-training',
        ),
      });
      expect(view(actor)).toMatchObject({ page: 'question', current: 'leg-symptoms' });
      expect(view(actor).answers).toContain('onset=after-training');
    });

    it('keeps an emergency or warning sign decided at once, with nothing new asked', () => {
      expect(view(start({ answers: answers('emergency-signs=dark-urine') }))).toMatchObject({
        page: 'result',
        rule: 'emergency-sign',
      });
      expect(
        view(start({ answers: answers(`emergency-signs=none&warning-signs=night-pain&location=thighs`) })),
      ).toMatchObject({ page: 'result', rule: 'warning-sign' });
    });
  });

  it('tells the app every time the answers may have changed, and never while only previewing a step', () => {
    const saved: string[] = [];
    const saving = createTriageMachine(model, (changed) => void saved.push(writeAnswers(model, changed)));
    const actor = createActor(saving, { input: {} }).start();
    actor.send({ type: 'triage.start' });
    submit(actor, 'emergency-signs', 'none');
    submit(actor, 'warning-signs', 'fever');
    // The interface previews where a link leads with transition(), which must save nothing.
    const [preview] = transition(saving, actor.getSnapshot(), { type: 'triage.restart' });
    expect(preview.context.answers).toEqual({});
    expect(saved).toEqual(['emergency-signs=none', 'emergency-signs=none&warning-signs=fever']);
    actor.send({ type: 'triage.restart' });
    expect(saved).toEqual(['emergency-signs=none', 'emergency-signs=none&warning-signs=fever', '']);
  });

  it('visits pages from the browser history only while they fit the answers', () => {
    const actor = start({ answers: answers(SORE_THIGHS) });
    actor.send({ type: 'nav.visit', page: 'question', question: 'location' });
    expect(view(actor)).toMatchObject({ page: 'question', current: 'location', answers: SORE_THIGHS });
    actor.send({ type: 'nav.visit', page: 'question', question: 'trend' });
    expect(view(actor)).toMatchObject({ page: 'question', current: 'location' });
    actor.send({ type: 'nav.visit', page: 'result' });
    expect(view(actor)).toMatchObject({ page: 'result', rule: 'muscle-soreness' });
    actor.send({ type: 'nav.visit', page: 'start' });
    expect(view(actor)).toMatchObject({ page: 'start', answers: SORE_THIGHS });
    const partial = start({ answers: answers('emergency-signs=none') });
    partial.send({ type: 'nav.visit', page: 'result' });
    expect(view(partial)).toMatchObject({ page: 'question', current: 'warning-signs' });
    partial.send({ type: 'nav.visit', page: 'question', question: 'emergency-signs' });
    expect(view(partial).current).toBe('emergency-signs');
    partial.send({ type: 'nav.visit', page: 'question', question: 'warning-signs' });
    expect(view(partial).current).toBe('warning-signs');
  });
});
