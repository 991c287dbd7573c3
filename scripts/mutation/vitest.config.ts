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
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vite.config.ts';
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

const config = mergeConfig(
  base,
  defineConfig({ test: { env: { MUTATION: '1' }, sequence: { sequencer: QuickestFirst } } }),
);
config.test.include = [];
config.test.reporters = ['default'];
// These tests run in Node and need none of the DOM matchers the UI tests set up.
config.test.setupFiles = [];
config.test.projects = [
  { extends: true, test: { name: 'shared', include: TESTS, exclude: MOCKING, isolate: false } },
  { extends: true, test: { name: 'isolated', include: MOCKING, isolate: true } },
];

export default config;
