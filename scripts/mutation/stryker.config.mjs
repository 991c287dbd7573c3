// Mutation testing (`npm run mutation`): how many deliberate bugs the tests catch, per folder.
// A benchmark, not part of `npm test`. The report is written to reports/mutation/.
import { COMPILED_RULES } from './paths.mjs';

// The tests read the rules compiled once, before any mutant (scripts/mutation/compile-rules.ts).
process.env.MUTATION_RULES = COMPILED_RULES;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // Stryker names the tests that cover each mutant; finding related files on top costs time on every run.
  vitest: { configFile: 'scripts/mutation/vitest.config.ts', related: false },
  mutate: [
    'src/engine/**/*.ts',
    'src/machine/**/*.ts',
    'src/rules/**/*.ts',
    'src/checker/**/*.ts',
    // Types and the zod schema's declarations: data, not behaviour (their errors are tested through the compiler).
    '!src/rules/model.ts',
    '!src/rules/schema*.ts',
  ],
  coverageAnalysis: 'perTest',
  // Stryker rewrites tsconfig.json through the TypeScript 5 API, which TypeScript 7 no longer has;
  // Vitest compiles the tests itself, so there is nothing for it to rewrite.
  tsconfigFile: 'scripts/mutation/no-tsconfig.json',
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ['progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 80, break: null },
};
