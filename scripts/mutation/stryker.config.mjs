// Mutation testing (`npm run mutation`): how many deliberate bugs the tests catch in one folder of src/,
// named by MUTATION_FOLDER (scripts/mutation/run.ts runs each in turn). A benchmark, not part of `npm test`.
// The reports are written to reports/mutation/<folder>/.
import { COMPILED_RULES, FOLDERS, reportDir } from './paths.mjs';

const folder = process.env.MUTATION_FOLDER ?? '';
if (!FOLDERS.includes(folder)) {
  throw new Error(`Set MUTATION_FOLDER to one of ${FOLDERS.join(', ')} (npm run mutation runs them all).`);
}

// The tests read the rules compiled once, before any mutant (scripts/mutation/compile-rules.ts).
process.env.MUTATION_RULES = COMPILED_RULES;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // Stryker names the tests that cover each mutant; finding related files on top costs time on every run.
  vitest: { configFile: 'scripts/mutation/vitest.config.ts', related: false },
  // One folder at a time: the code of the others runs as written, at full speed, and only the
  // tests that cover a mutant run for it (perTest).
  mutate: [
    `src/${folder}/**/*.ts`,
    // Types and the zod schema's declarations: data, not behaviour (their errors are tested through the compiler).
    '!src/rules/model.ts',
    '!src/rules/schema*.ts',
  ],
  coverageAnalysis: 'perTest',
  // Stryker rewrites tsconfig.json through the TypeScript 5 API, which TypeScript 7 no longer has;
  // Vitest compiles the tests itself, so there is nothing for it to rewrite.
  tsconfigFile: 'scripts/mutation/no-tsconfig.json',
  ignoreStatic: true,
  // Three runners on two cores: while one starts its Vitest, the others test (asked.ts alone: 1.9 minutes, not 2.2).
  concurrency: 3,
  // Stryker's default of five seconds on top of one and a half times the covering tests' own time. (Ten
  // seconds were needed while some test files did seconds of work as they loaded, outside any test's time.)
  timeoutMS: 5000,
  reporters: ['progress', 'html', 'json'],
  htmlReporter: { fileName: `${reportDir(folder)}/index.html` },
  jsonReporter: { fileName: `${reportDir(folder)}/mutation.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 80, break: null },
};
