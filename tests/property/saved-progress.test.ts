/**
 * The saved-progress loader and the app's start-up under anything a tab's
 * storage or address bar might hold: no exception escapes; the app gets
 * valid answers, a discarded save, or a broken-link explanation.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswers, writeAnswers } from '../../src/engine/answers-text.ts';
import { loadProgress, saveProgress } from '../../src/ui/triage/saved-progress.ts';
import { startupFor } from '../../src/ui/triage/startup.ts';
import { answersTextArb, anyText, validAnswersArb } from '../support/hostile-answers.ts';
import { model } from '../support/model.ts';
import { runs } from '../support/mutation.ts';

const RUNS = { numRuns: runs(1000) };

/** A Storage that holds whatever it was given, whatever the key, and records removals. */
class FakeStorage implements Storage {
  removed = 0;
  constructor(private value: string | null) {}
  get length() {
    return this.value === null ? 0 : 1;
  }
  clear() {
    this.value = null;
  }
  getItem() {
    return this.value;
  }
  key() {
    return null;
  }
  removeItem() {
    this.removed++;
    this.value = null;
  }
  setItem(_key: string, value: string) {
    this.value = value;
  }
}

/** A Storage that refuses everything, as a browser with storage switched off does. */
const refusing = new Proxy({} as Storage, {
  get: () => {
    throw new Error('storage is switched off');
  },
});

/** What might be found saved: junk, any JSON, and near-misses of the real shape. */
const savedArb = fc.oneof(
  anyText(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .record({
      version: fc.oneof(fc.constant(1), fc.integer(), fc.string(), fc.constant(null)),
      answers: answersTextArb(model),
    })
    .map((v) => JSON.stringify(v)),
  fc.record({ version: fc.constant(1), answers: fc.jsonValue() }).map((v) => JSON.stringify(v)),
);

describe('loadProgress, given anything saved', () => {
  it('never throws, returns only valid answers, and removes what it cannot use', () => {
    fc.assert(
      fc.property(savedArb, (saved) => {
        const storage = new FakeStorage(saved);
        const loaded = loadProgress(model, storage);
        expect(parseAnswers(model, writeAnswers(model, loaded.answers)).ok).toBe(true);
        if (loaded.discarded) {
          expect(loaded.answers).toEqual({});
          expect(storage.removed).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('gives back exactly the answers it saved', () => {
    fc.assert(
      fc.property(validAnswersArb(model), (answers) => {
        const storage = new FakeStorage(null);
        saveProgress(model, storage, answers);
        expect(loadProgress(model, storage)).toEqual({ answers, discarded: false });
      }),
      RUNS,
    );
  });

  it('copes with storage that refuses everything', () => {
    expect(loadProgress(model, refusing)).toEqual({ answers: {}, discarded: false });
    expect(() => saveProgress(model, refusing, { x: ['y'] })).not.toThrow();
  });
});

describe('the start-up, given any address and anything saved', () => {
  it('never throws: a triage with valid answers, or a broken link explained in words', () => {
    const pathArb = fc.oneof(
      fc.constantFrom('/', '/result', '/questions/', '/questions/%E0%A4%A', '/questions/__proto__'),
      fc.constantFrom(...model.questions.map((q) => `/questions/${q.id}`)),
      fc.string().map((s) => `/${s}`),
    );
    const searchArb = fc.oneof(
      fc.constant(''),
      fc.constant('?'),
      answersTextArb(model).map((t) => `?${t}`),
    );
    fc.assert(
      fc.property(pathArb, searchArb, savedArb, (pathname, search, saved) => {
        const startup = startupFor(model, { pathname, search }, new FakeStorage(saved));
        if (startup.kind === 'broken-link') {
          expect(startup.problem.length).toBeGreaterThan(10);
        } else {
          expect(parseAnswers(model, writeAnswers(model, startup.answers)).ok).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
