/**
 * Vitest as Stryker runs it: the tests of the engine, the machine, the rules
 * compiler and the checker, without the browser-like UI tests and the builds,
 * which cover the same code more slowly. MUTATION=1 lets the exhaustive tests
 * take a sample, where the same behaviour stays covered.
 *
 * Stryker runs the tests once per mutant and switches mutants while the code
 * is loaded, so the tests share one module cache (isolate: false) instead of
 * loading and compiling the rules again for every file of every run. The
 * tests that wrap a module with vi.mock need their own, and keep isolation.
 */
import { defineConfig } from 'vitest/config';
import { QuickestFirst } from './quickest-first.ts';

const TESTS = [
  'tests/engine/**/*.test.ts',
  'tests/machine/**/*.test.ts',
  'tests/rules/**/*.test.ts',
  'tests/checker/**/*.test.ts',
  'tests/property/**/*.test.ts',
  'tests/cli/**/*.test.ts',
];
/** Tests that replace a module with vi.mock, which needs a module cache of its own. */
const MOCKING = ['tests/machine/walks-per-event.test.ts'];

// Not the app's vite.config.ts: these tests run in Node and need none of its plugins (React, the rules'
// virtual modules, the service worker) nor the DOM matchers its setup file adds. Loading them cost every
// Stryker runner two seconds as it started, and a runner starts again after every mutant that timed out.
export default defineConfig({
  test: {
    environment: 'node',
    env: { MUTATION: '1' },
    reporters: ['default'],
    sequence: { sequencer: QuickestFirst },
    // Once a test has caught the mutant, the files still to come are not loaded (bailing-runner.ts).
    runner: './scripts/mutation/bailing-runner.ts',
    passWithNoTests: true,
    // Stryker times each mutant's run itself. A test slowed by the instrumented code is not a failing
    // test, and Vitest's five seconds would count it as one: a mutant caught by nothing but the clock.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'shared', include: TESTS, exclude: MOCKING, isolate: false } },
      { extends: true, test: { name: 'isolated', include: MOCKING, isolate: true } },
    ],
  },
});
