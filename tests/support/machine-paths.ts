/**
 * The machine's shortest path to every rule's result, found by xstate/graph
 * walking the machine with the answers a person can give: as events for the
 * machine and the browser tests, and as questions answered for the jsdom journeys.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { writeAnswers } from '../../src/engine/answers-text.ts';
import { decide } from '../../src/engine/decide.ts';
import { selectPage } from '../../src/machine/selectors.ts';
import { createTriageMachine, type TriageEvent, type TriageMachine } from '../../src/machine/triage-machine.ts';
import type { TriageModel } from '../../src/rules/model.ts';

export interface RulePath {
  readonly rule: string;
  /** The events, from the start page, that reach the rule's result. */
  readonly events: readonly TriageEvent[];
}

/**
 * What a person can do on each page: start, or answer the question on screen
 * in each distinct way (each single option; for a multi-select, the exclusive
 * option or one other option at a time).
 */
export function personEvents(model: TriageModel) {
  return (snapshot: SnapshotFrom<TriageMachine>): TriageEvent[] => {
    const page = selectPage(snapshot);
    if (page === 'start') return [{ type: 'triage.start' }];
    const question = model.questions.find((q) => q.id === snapshot.context.current);
    if (page !== 'question' || !question) return [];
    return question.options.map((o) => ({ type: 'answer.submit', question: question.id, options: [o.id] }));
  };
}

/** The shortest path to each rule's result, in rule order. */
export function shortestPathsToRules(model: TriageModel): RulePath[] {
  const machine = createTriageMachine(model);
  const paths = getShortestPaths(machine, {
    input: {},
    events: personEvents(model),
    serializeState: (snapshot) =>
      `${JSON.stringify(snapshot.value)}|${snapshot.context.current}|${writeAnswers(model, snapshot.context.answers)}`,
    toState: (snapshot) => selectPage(snapshot) === 'result',
  });
  const byRule = new Map<string, RulePath>();
  for (const path of paths) {
    const rule = decide(model, path.state.context.answers)?.rule.id;
    // The first step is the machine's own start-up event, not something a person did.
    const events = path.steps.map((s) => s.event).filter((e) => (e.type as string) !== 'xstate.init');
    const known = rule ? byRule.get(rule) : undefined;
    if (rule && (!known || events.length < known.events.length)) byRule.set(rule, { rule, events });
  }
  return model.rules.flatMap((r) => byRule.get(r.id) ?? []);
}

/** A person's journey to a rule's result: what it leads to, and each question answered on the way. */
export interface Journey {
  readonly rule: string;
  readonly disposition: string;
  readonly guidance: string;
  /** Each step: the question and the options chosen. */
  readonly steps: readonly { readonly question: string; readonly options: readonly string[] }[];
}

/** The shortest journey to each rule's result, in rule order: the paths above, as the answers a person gives. */
export function journeysToEachRule(model: TriageModel): Journey[] {
  return shortestPathsToRules(model).flatMap(({ rule, events }) => {
    const { disposition, guidance } = model.rules.find((r) => r.id === rule) ?? {};
    if (disposition === undefined || guidance === undefined) return [];
    const steps = events.flatMap((e) =>
      e.type === 'answer.submit' ? [{ question: e.question, options: e.options }] : [],
    );
    return [{ rule, disposition, guidance, steps }];
  });
}

/** Replays events on a fresh actor and returns its final snapshot. */
export function replay(model: TriageModel, events: readonly TriageEvent[]) {
  const actor = createActor(createTriageMachine(model), { input: {} }).start();
  for (const event of events) actor.send(event);
  return actor.getSnapshot();
}
