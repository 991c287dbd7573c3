/**
 * Where the app opens: a share link's answers, or the progress saved in this
 * tab at the page in the address bar, or a fresh start.
 */
import type { Answers } from '../../engine/answers.ts';
import { describeAnswersErrors, parseAnswers } from '../../engine/answers-text.ts';
import type { TriageModel } from '../../rules/model.ts';
import { type PageAddress, pageAt } from './page-urls.ts';
import { loadProgress } from './saved-progress.ts';

export type Startup =
  | {
      readonly kind: 'triage';
      readonly answers: Answers;
      /** The page in the address bar, shown if the answers still lead there. */
      readonly visit: PageAddress | null;
      /** Saved progress was thrown away because it could not be read. */
      readonly discarded: boolean;
    }
  /** A share link whose answers cannot be used: what is wrong, in words. */
  | { readonly kind: 'broken-link'; readonly problem: string };

/** A fresh start, with nothing carried over. */
export const FRESH_START: Startup = { kind: 'triage', answers: {}, visit: null, discarded: false };

/** Reads the address and the saved progress. */
export function startupFor(
  model: TriageModel,
  location: { readonly pathname: string; readonly search: string },
  storage: Storage | null,
): Startup {
  if (location.search.length > 1) {
    const shared = parseAnswers(model, location.search);
    if (!shared.ok) return { kind: 'broken-link', problem: describeAnswersErrors(shared.errors) };
    // A share link shows its own answers wherever it points: the machine goes to their result or next question.
    return { kind: 'triage', answers: shared.answers, visit: null, discarded: false };
  }
  const saved = loadProgress(model, storage);
  const visit = pageAt(location.pathname);
  return {
    kind: 'triage',
    answers: saved.answers,
    visit: visit.page === 'start' && Object.keys(saved.answers).length === 0 ? null : visit,
    discarded: saved.discarded,
  };
}
