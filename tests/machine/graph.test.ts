/**
 * The machine's paths from xstate/graph, replayed and checked against the
 * engine: the machine and the engine can never disagree about a result.
 */
import { describe, expect, it } from 'vitest';
import { createActor, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { writeAnswers } from '../../src/engine/answers-text.ts';
import { decide, walk } from '../../src/engine/decide.ts';
import { selectPage } from '../../src/machine/selectors.ts';
import { createTriageMachine, type TriageEvent } from '../../src/machine/triage-machine.ts';
import { personEvents, type RulePath, replay, shortestPathsToRules } from '../support/machine-paths.ts';
import { model } from '../support/model.ts';

/**
 * The paths, found when a test first asks rather than as the file loads: a
 * run that needs none of them (a mutation run picking one test) skips the
 * search, and the search runs with the run's code.
 */
let found: RulePath[] | undefined;
const rulePaths = () => {
  found ??= shortestPathsToRules(model);
  return found;
};

// The first test to ask for the paths runs the search: a second or more, on a busy machine.
describe('the machine walked by xstate/graph', { timeout: 20_000 }, () => {
  it('finds a path to every rule of the model', () => {
    expect(rulePaths().map((p) => p.rule)).toEqual(model.rules.map((r) => r.id));
  });

  it.each(model.rules.map((r) => r.id))('reaches %s by the shortest path, and the engine agrees', (rule) => {
    const events = rulePaths().find((p) => p.rule === rule)?.events ?? [];
    const snapshot = replay(model, events);
    expect(selectPage(snapshot)).toBe('result');
    const answered = events.flatMap((e) => (e.type === 'answer.submit' ? [[e.question, e.options] as const] : []));
    const answers = Object.fromEntries(answered);
    expect(decide(model, answers)?.rule.id).toBe(rule);
    expect(writeAnswers(model, snapshot.context.answers)).toBe(writeAnswers(model, answers));
    expect(walk(model, answers).asked).toEqual(answered.map(([question]) => question));
  });

  it('can reach a result by answering alone from every state that back, change and answers lead to', () => {
    const machine = createTriageMachine(model);
    type Snapshot = Parameters<ReturnType<typeof personEvents>>[0];
    const everyEvent = (snapshot: Snapshot): TriageEvent[] => [
      ...personEvents(model)(snapshot),
      { type: 'nav.back' },
      ...Object.keys(snapshot.context.answers).map((question) => ({ type: 'answer.change' as const, question })),
    ];
    const key = (s: Snapshot) =>
      `${JSON.stringify(s.value)}|${s.context.current}|${s.context.changing}|${writeAnswers(model, s.context.answers)}`;
    const paths = getShortestPaths(machine, {
      input: {},
      events: everyEvent,
      serializeState: key,
      // Stay within the first questions: the shape of every state is the same deeper down.
      filterEvents: (s) => Object.keys(s.context.answers).length < 4,
    });
    expect(paths.length).toBeGreaterThan(100);
    // Forward means what a person does on the page: "Start now", or an answer to the question on screen.
    // Back, "Change" and "Start again" always move, so they prove nothing and are left out.
    const reaching = new Set<string>();
    const onTheWay = new Set<string>();
    const reachesResult = (state: Snapshot): boolean => {
      if (selectPage(state) === 'result') return true;
      const at = key(state);
      if (reaching.has(at)) return true;
      if (onTheWay.has(at)) return false;
      onTheWay.add(at);
      const found = personEvents(model)(state).some((event) => reachesResult(transition(machine, state, event)[0]));
      onTheWay.delete(at);
      if (found) reaching.add(at);
      return found;
    };
    for (const { state } of paths) {
      const page = selectPage(state);
      expect(state.status).toBe('active');
      expect(reachesResult(state), `no result by answering from ${page} ${state.context.current} (${key(state)})`).toBe(
        true,
      );
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
