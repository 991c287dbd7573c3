/**
 * Answers in progress and the region chosen, kept in sessionStorage (this tab
 * only, gone when it closes) under one versioned key, answers in the answers
 * text format.
 */
import type { Answers } from '../../engine/answers.ts';
import { parseAnswers, writeAnswers } from '../../engine/answers-text.ts';
import type { TriageModel } from '../../rules/model.ts';

const KEY = 'squat-back-check:progress';
/** Raise this when saved progress from older code can no longer be read. */
const VERSION = 1;

export interface LoadedProgress {
  readonly answers: Answers;
  /** The region the person chose, if they did. */
  readonly region: string | null;
  /** True when something was saved but could not be used, and so was thrown away. */
  readonly discarded: boolean;
}

interface Saved {
  readonly answers: string;
  readonly region: string | null;
}

/** The saved answers and region, or none; unreadable or old saves are removed. */
export function loadProgress(model: TriageModel, storage: Storage | null): LoadedProgress {
  const text = read(storage);
  if (text === null) return { answers: {}, region: null, discarded: false };
  const saved = savedIn(text);
  const parsed = saved ? parseAnswers(model, saved.answers) : null;
  if (!saved || !parsed?.ok) {
    remove(storage);
    return { answers: {}, region: null, discarded: true };
  }
  return { answers: parsed.answers, region: saved.region, discarded: false };
}

/** Saves the answers beside the region already saved; nothing to keep leaves nothing behind. */
export function saveProgress(model: TriageModel, storage: Storage | null, answers: Answers): void {
  write(storage, { answers: writeAnswers(model, answers), region: current(storage).region });
}

/** Saves the region the person chose, beside their answers. */
export function saveRegion(storage: Storage | null, region: string): void {
  write(storage, { answers: current(storage).answers, region });
}

/** Forgets the saved answers; where the person is stays chosen. */
export function clearProgress(storage: Storage | null): void {
  write(storage, { answers: '', region: current(storage).region });
}

function current(storage: Storage | null): Saved {
  const text = read(storage);
  return (text === null ? null : savedIn(text)) ?? { answers: '', region: null };
}

function write(storage: Storage | null, saved: Saved): void {
  if (saved.answers === '' && saved.region === null) {
    remove(storage);
    return;
  }
  try {
    storage?.setItem(KEY, JSON.stringify({ version: VERSION, ...saved }));
  } catch {
    // Storage can be full or switched off; the person can still finish, they just cannot reload.
  }
}

function remove(storage: Storage | null): void {
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

function savedIn(text: string): Saved | null {
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof saved !== 'object' || saved === null) return null;
  const { version, answers, region = null } = saved as { version?: unknown; answers?: unknown; region?: unknown };
  if (version !== VERSION || typeof answers !== 'string') return null;
  if (region !== null && typeof region !== 'string') return null;
  return { answers, region };
}

/** The region saved in this tab, if the person chose one, without touching anything else. */
export function savedRegion(storage: Storage | null): string | null {
  return current(storage).region;
}
