/**
 * What the interface reads from the machine's snapshot, derived from the
 * answers on the path.
 */
import type { SnapshotFrom } from 'xstate';
import { decide, walk } from '../engine/decide.ts';
import { questionsById } from '../engine/truth.ts';
import type { Question, TriageModel } from '../rules/model.ts';
import type { Page } from './navigation.ts';
import type { TriageMachine } from './triage-machine.ts';

export type TriageSnapshot = SnapshotFrom<TriageMachine>;

/** The page on screen. */
export function selectPage(snapshot: TriageSnapshot): Page {
  if (snapshot.matches('question')) return 'question';
  if (snapshot.matches({ end: 'result' })) return 'result';
  if (snapshot.matches({ end: 'gap' })) return 'gap';
  return 'start';
}

/** The question on screen, if any. */
export function selectQuestion(model: TriageModel, snapshot: TriageSnapshot): Question | null {
  const { current } = snapshot.context;
  return current === null ? null : (questionsById(model).get(current) ?? null);
}

/** The decided result, or null while it is open. */
export function selectOutcome(model: TriageModel, snapshot: TriageSnapshot) {
  return decide(model, snapshot.context.answers);
}

/** Question ids answered on the path, in order: the person's answers on the result page. */
export function selectAsked(model: TriageModel, snapshot: TriageSnapshot): readonly string[] {
  return walk(model, snapshot.context.answers).asked;
}
