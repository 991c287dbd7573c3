/**
 * Vitest as Stryker runs it: the tests of the engine, the machine, the rules
 * compiler and the checker, without the browser-like UI tests and the builds,
 * which cover the same code more slowly. MUTATION=1 lets the exhaustive tests
 * take a sample, where the same behaviour stays covered.
 */
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vite.config.ts';

const config = mergeConfig(base, defineConfig({ test: { env: { MUTATION: '1' } } }));
// Replaced, not merged: mergeConfig would add these to the base list.
config.test.include = [
  'tests/engine/**/*.test.ts',
  'tests/machine/**/*.test.ts',
  'tests/rules/**/*.test.ts',
  'tests/checker/**/*.test.ts',
  'tests/property/**/*.test.ts',
  'tests/cli/**/*.test.ts',
];
config.test.reporters = ['default'];

export default config;
