/**
 * Answers in progress, kept in sessionStorage (this tab only, gone when it
 * closes) under one versioned key, in the answers text format. (The region
 * chosen is kept apart, on the device: ../region/saved-region.ts.)
 */
import type { Answers } from '../../engine/answers.ts';
import { parseAnswers, writeAnswers } from '../../engine/answers-text.ts';
import type { TriageModel } from '../../rules/model.ts';

const KEY = 'squat-back-check:progress';
/** Raise this when saved progress from older code can no longer be read. */
const VERSION = 1;

export interface LoadedProgress {
  readonly answers: Answers;
  /** True when something was saved but could not be used, and so was thrown away. */
  readonly discarded: boolean;
}

/** The saved answers, or none; unreadable or old saves are removed. */
export function loadProgress(model: TriageModel, storage: Storage | null): LoadedProgress {
  const text = read(storage);
  if (text === null) return { answers: {}, discarded: false };
  const saved = answersIn(text);
  const parsed = saved === null ? null : parseAnswers(model, saved);
  if (!parsed?.ok) {
    clearProgress(storage);
    return { answers: {}, discarded: true };
  }
  return { answers: parsed.answers, discarded: false };
}

/** Saves the answers; nothing to keep leaves nothing behind. */
export function saveProgress(model: TriageModel, storage: Storage | null, answers: Answers): void {
  const text = writeAnswers(model, answers);
  if (text === '') {
    clearProgress(storage);
    return;
  }
  try {
    storage?.setItem(KEY, JSON.stringify({ version: VERSION, answers: text }));
  } catch {
    // Storage can be full or switched off; the person can still finish, they just cannot reload.
  }
}

/** Forgets the saved answers. */
export function clearProgress(storage: Storage | null): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // Nothing saved can be read either, so there is nothing left to forget.
  }
}

/** The tab's sessionStorage, or null where the browser refuses it. */
export function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function read(storage: Storage | null): string | null {
  try {
    return storage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

/** The answers text of a save, or null when it is not one this code wrote (a region from older code is ignored). */
function answersIn(text: string): string | null {
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof saved !== 'object' || saved === null) return null;
  const { version, answers } = saved as { version?: unknown; answers?: unknown };
  if (version !== VERSION || typeof answers !== 'string') return null;
  return answers;
}
