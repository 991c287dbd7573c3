/**
 * The machine's paths from xstate/graph, replayed and checked against the
 * engine: the machine and the engine can never disagree about a result.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { writeAnswers } from '../../src/engine/answers-text.ts';
import { decide, walk } from '../../src/engine/decide.ts';
import { selectPage } from '../../src/machine/selectors.ts';
import { createTriageMachine, type TriageEvent } from '../../src/machine/triage-machine.ts';
import { personEvents, replay, shortestPathsToRules } from '../support/machine-paths.ts';
import { model } from '../support/model.ts';

const rulePaths = shortestPathsToRules(model);

describe('the machine walked by xstate/graph', () => {
  it('finds a path to every rule of the model', () => {
    expect(rulePaths.map((p) => p.rule)).toEqual(model.rules.map((r) => r.id));
  });

  it.each(rulePaths)('reaches $rule by the shortest path, and the engine agrees', ({ rule, events }) => {
    const snapshot = replay(model, events);
    expect(selectPage(snapshot)).toBe('result');
    const answered = events.flatMap((e) => (e.type === 'answer.submit' ? [[e.question, e.options] as const] : []));
    const answers = Object.fromEntries(answered);
    expect(decide(model, answers)?.rule.id).toBe(rule);
    expect(writeAnswers(model, snapshot.context.answers)).toBe(writeAnswers(model, answers));
    expect(walk(model, answers).asked).toEqual(answered.map(([question]) => question));
  });

  it('never sits in a state with no way forward', () => {
    const machine = createTriageMachine(model);
    const everyEvent = (snapshot: Parameters<ReturnType<typeof personEvents>>[0]): TriageEvent[] => [
      ...personEvents(model)(snapshot),
      { type: 'nav.back' },
      ...Object.keys(snapshot.context.answers).map((question) => ({ type: 'answer.change' as const, question })),
    ];
    const paths = getShortestPaths(machine, {
      input: {},
      events: everyEvent,
      serializeState: (s) =>
        `${JSON.stringify(s.value)}|${s.context.current}|${s.context.changing}|${writeAnswers(model, s.context.answers)}`,
      // Stay within the first questions: the shape of every state is the same deeper down.
      filterEvents: (s) => Object.keys(s.context.answers).length < 4,
    });
    expect(paths.length).toBeGreaterThan(100);
    for (const { state } of paths) {
      expect(state.status).toBe('active');
      const page = selectPage(state);
      const forward = page === 'start' ? [{ type: 'triage.start' }] : personEvents(model)(state);
      const canMove = [...forward, { type: 'nav.back' }].some((event) => state.can(event as TriageEvent));
      expect(canMove, `stuck at ${page} ${state.context.current}`).toBe(true);
      expect(state.can({ type: 'triage.restart' })).toBe(true);
      if (page === 'question') expect(state.context.current).not.toBeNull();
      if (page === 'result') expect(decide(model, state.context.answers)).not.toBeNull();
    }
  });

  it('keeps only answers that can still count, whatever the order of back, change and answers', () => {
    const actor = createActor(createTriageMachine(model), { input: {} }).start();
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 2000; i++) {
      const snapshot = actor.getSnapshot();
      const events = [
        ...(selectPage(snapshot) === 'start' ? [{ type: 'triage.start' } as const] : []),
        ...personEvents(model)(snapshot),
        { type: 'nav.back' } as const,
        ...walk(model, snapshot.context.answers).asked.map((question) => ({
          type: 'answer.change' as const,
          question,
        })),
        ...(random(50) === 0 ? [{ type: 'triage.restart' } as const] : []),
      ];
      actor.send(events[random(events.length)] as TriageEvent);
      const { answers } = actor.getSnapshot().context;
      const path = walk(model, answers);
      expect(path.ignored, 'an answer off the path was kept').toEqual([]);
      if (selectPage(actor.getSnapshot()) === 'result') expect(path.step.kind).toBe('decided');
    }
  });
});
