/**
 * The machine works out where an answer leads once: one `walk` of the answers
 * per `answer.submit`, whichever page it leads to. The engine's module is
 * replaced by one whose `walk` is the real one, counted.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { walk } from '../../src/engine/decide.ts';
import { selectPage } from '../../src/machine/selectors.ts';
import { createTriageMachine } from '../../src/machine/triage-machine.ts';
import { answers, model } from '../support/model.ts';

vi.mock('../../src/engine/decide.ts', async (importOriginal) => {
  const engine = await importOriginal<typeof import('../../src/engine/decide.ts')>();
  return { ...engine, walk: vi.fn(engine.walk) };
});

const walks = vi.mocked(walk);
const machine = createTriageMachine(model);

const SORE_THIGHS =
  'emergency-signs=none&warning-signs=none&age=20-to-49&location=thighs&leg-symptoms=no&onset=after-training&feeling=dull-ache&duration=under-3-days&prior-injury=no&impact=mild';

function start(text?: string) {
  return createActor(machine, { input: text === undefined ? {} : { answers: answers(text) } }).start();
}

/** Sends one answer and counts the walks it took. */
function walksFor(actor: ReturnType<typeof start>, question: string, ...options: string[]): number {
  walks.mockClear();
  actor.send({ type: 'answer.submit', question, options });
  return walks.mock.calls.length;
}

describe('the cost of an answer', () => {
  beforeEach(() => {
    walks.mockClear();
  });

  it('counts the real walk: the engine module is wrapped, not replaced', () => {
    start('emergency-signs=none');
    expect(walks).toHaveBeenCalled();
    expect(walks.mock.results[0]?.value).toMatchObject({ asked: ['emergency-signs'] });
  });

  it('is one walk for an answer that leads to the next question', () => {
    const actor = start();
    actor.send({ type: 'triage.start' });
    expect(walksFor(actor, 'emergency-signs', 'none')).toBe(1);
    expect(selectPage(actor.getSnapshot())).toBe('question');
  });

  it('is one walk for an answer that leads to the result', () => {
    const actor = start();
    actor.send({ type: 'triage.start' });
    expect(walksFor(actor, 'emergency-signs', 'dark-urine')).toBe(1);
    expect(selectPage(actor.getSnapshot())).toBe('result');
  });

  it('is one walk for an answer after going back, which shows the answered question after it', () => {
    const actor = start('emergency-signs=none&warning-signs=none&age=20-to-49');
    actor.send({ type: 'nav.back' });
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().context.current).toBe('warning-signs');
    expect(walksFor(actor, 'warning-signs', 'none')).toBe(1);
    expect(actor.getSnapshot().context.current).toBe('age');
  });

  it('is one walk for a changed answer, whether it returns to the result or asks more', () => {
    const actor = start(SORE_THIGHS);
    actor.send({ type: 'answer.change', question: 'impact' });
    expect(walksFor(actor, 'impact', 'mild')).toBe(1);
    expect(selectPage(actor.getSnapshot())).toBe('result');
    actor.send({ type: 'answer.change', question: 'duration' });
    expect(walksFor(actor, 'duration', '1-to-6-weeks')).toBe(1);
    expect(actor.getSnapshot().context.current).toBe('trend');
  });

  it('is no walk for an answer the machine refuses', () => {
    const actor = start();
    actor.send({ type: 'triage.start' });
    expect(walksFor(actor, 'location', 'thighs')).toBe(0);
    expect(walksFor(actor, 'emergency-signs', 'nonsense')).toBe(0);
  });
});
