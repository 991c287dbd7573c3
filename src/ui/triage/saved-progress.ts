/**
 * Answers in progress, kept in sessionStorage (this tab only, gone when it
 * closes) under one versioned key, in the answers text format.
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
  const answers = answersIn(model, text);
  if (answers === null) {
    clearProgress(storage);
    return { answers: {}, discarded: true };
  }
  return { answers, discarded: false };
}

/** Saves the answers; no answers leaves nothing behind. */
export function saveProgress(model: TriageModel, storage: Storage | null, answers: Answers): void {
  if (Object.keys(answers).length === 0) {
    clearProgress(storage);
    return;
  }
  try {
    storage?.setItem(KEY, JSON.stringify({ version: VERSION, answers: writeAnswers(model, answers) }));
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

function answersIn(model: TriageModel, text: string): Answers | null {
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof saved !== 'object' || saved === null) return null;
  const { version, answers } = saved as { version?: unknown; answers?: unknown };
  if (version !== VERSION || typeof answers !== 'string') return null;
  const parsed = parseAnswers(model, answers);
  return parsed.ok ? parsed.answers : null;
}
