/**
 * What the pages read from the machine, derived from the answers on the
 * path: how far through the person is, the share link's text, and the
 * question on screen in the words of their region.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Answers } from '../../src/engine/answers.ts';
import { localiseModel, regionById } from '../../src/engine/region.ts';
import { selectPage, selectProgress, selectQuestion, selectShareText } from '../../src/machine/selectors.ts';
import { createTriageMachine } from '../../src/machine/triage-machine.ts';
import { answers, model } from '../support/model.ts';

// Built in each test, so mutation testing sees the machine it is testing (a module-level one is built before a mutant is switched on).
const machine = () => createTriageMachine(model);

function start(input: { answers?: Answers } = {}) {
  return createActor(machine(), { input }).start();
}

const SORE_THIGHS =
  'emergency-signs=none&warning-signs=none&age=20-to-49&location=thighs&leg-symptoms=no&onset=after-training&feeling=dull-ache&duration=under-3-days&prior-injury=no&impact=mild';

describe('selectProgress', () => {
  it('numbers the question on screen by its place on the path, back and forward', () => {
    const actor = start();
    expect(selectProgress(model, actor.getSnapshot())).toBeNull();
    actor.send({ type: 'triage.start' });
    expect(selectProgress(model, actor.getSnapshot())).toEqual({ number: 1 });
    actor.send({ type: 'answer.submit', question: 'emergency-signs', options: ['none'] });
    actor.send({ type: 'answer.submit', question: 'warning-signs', options: ['none'] });
    expect(selectProgress(model, actor.getSnapshot())).toEqual({ number: 3 });
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().context.current).toBe('warning-signs');
    expect(selectProgress(model, actor.getSnapshot())).toEqual({ number: 2 });
  });

  it('counts only the questions on the path when old answers skip ahead, and none on the result', () => {
    // Saved before the age was asked: the location answer waits, so the age is third, not fourth.
    const resumed = start({ answers: answers('emergency-signs=none&warning-signs=none&location=down-the-leg') });
    expect(resumed.getSnapshot().context.current).toBe('age');
    expect(selectProgress(model, resumed.getSnapshot())).toEqual({ number: 3 });
    const done = start({ answers: answers(SORE_THIGHS) });
    expect(selectPage(done.getSnapshot())).toBe('result');
    expect(selectProgress(model, done.getSnapshot())).toBeNull();
    done.send({ type: 'nav.back' });
    expect(selectProgress(model, done.getSnapshot())).toEqual({ number: 10 });
  });
});

describe('selectShareText', () => {
  it('writes the answers on the path in the order asked, and nothing off it', () => {
    const actor = start({ answers: answers(`impact=mild&${SORE_THIGHS.replace('&impact=mild', '')}&trend=worse`) });
    expect(selectPage(actor.getSnapshot())).toBe('result');
    expect(selectShareText(model, actor.getSnapshot())).toBe(SORE_THIGHS);
    actor.send({ type: 'triage.restart' });
    expect(selectShareText(model, actor.getSnapshot())).toBe('');
  });
});

describe('selectQuestion', () => {
  const onScreen = () => {
    const actor = start();
    actor.send({ type: 'triage.start' });
    return actor.getSnapshot();
  };
  const labels = (regionId: string) =>
    selectQuestion(localiseModel(model, regionById(model.regions, regionId)), onScreen())
      ?.options.map((o) => `${o.label} ${o.hint ?? ''}`)
      .join('\n') ?? '';

  it('gives the question on screen in the words of the region of the model it is given', () => {
    expect(selectQuestion(model, onScreen())?.id).toBe('emergency-signs');
    expect(labels('us')).toMatch(/\bpoop\b/);
    expect(labels('us')).toMatch(/\bbelly\b/);
    expect(labels('uk')).toMatch(/\bpoo\b/);
    expect(labels('uk')).toMatch(/\btummy\b/);
    for (const region of ['us', 'uk']) expect(labels(region)).not.toMatch(/[{}]/);
  });

  it('is null where no question is on screen', () => {
    expect(selectQuestion(model, start().getSnapshot())).toBeNull();
    expect(selectQuestion(model, start({ answers: answers(SORE_THIGHS) }).getSnapshot())).toBeNull();
  });
});
