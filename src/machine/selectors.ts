/**
 * What the interface reads from the machine's snapshot, derived from the
 * answers on the path. Each takes the model to read from: pass the model in
 * the person's region's words, and what comes back is in those words.
 */
import type { SnapshotFrom } from 'xstate';
import { writeAnswers } from '../engine/answers-text.ts';
import { decide, walk } from '../engine/decide.ts';
import { type Progress, progressAt } from '../engine/progress.ts';
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

/** The question on screen, if any, in the words of `model`. */
export function selectQuestion(model: TriageModel, snapshot: TriageSnapshot): Question | null {
  const { current } = snapshot.context;
  return current === null ? null : (questionsById(model).get(current) ?? null);
}

/** How far through the person is at the question on screen; null on any other page. */
export function selectProgress(model: TriageModel, snapshot: TriageSnapshot): Progress | null {
  const { current, answers } = snapshot.context;
  return current === null ? null : progressAt(model, answers, current);
}

/** The answers as the text of a share link: the same answers give the same text. */
export function selectShareText(model: TriageModel, snapshot: TriageSnapshot): string {
  return writeAnswers(model, snapshot.context.answers);
}

/** The decided result, or null while it is open. */
export function selectOutcome(model: TriageModel, snapshot: TriageSnapshot) {
  return decide(model, snapshot.context.answers);
}

/** Question ids answered on the path, in order: the person's answers on the result page. */
export function selectAsked(model: TriageModel, snapshot: TriageSnapshot): readonly string[] {
  return walk(model, snapshot.context.answers).asked;
}
