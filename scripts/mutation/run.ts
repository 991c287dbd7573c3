/**
 * `npm run mutation [-- <folder>...]`: runs Stryker once per folder of src/
 * (engine, machine, rules, checker, or those named), then prints each
 * folder's mutation score and how long its run took. Detected = killed or
 * timed out; undetected = survived or not covered by any test. Static and
 * compile-error mutants do not count, as in Stryker's own score.
 *
 * One run per folder, not one for all: in a run, every mutated file checks
 * on each expression whether a mutant is on, which makes the code several
 * times slower; code from the other folders then runs as written.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRulesForMutation } from './compile-rules.ts';
import { FOLDERS, reportDir } from './paths.mjs';

interface Report {
  readonly files: Record<string, { readonly mutants: readonly { readonly status: string }[] }>;
}

const asked = process.argv.slice(2);
const unknown = asked.filter((f) => !FOLDERS.includes(f));
if (unknown.length > 0) {
  console.error(`Unknown folder ${unknown.join(', ')}: name any of ${FOLDERS.join(', ')}, or none for all.`);
  process.exit(2);
}
if (!compileRulesForMutation()) {
  console.error('The rules do not compile: run npm run rules:check');
  process.exit(1);
}

const folders = asked.length > 0 ? asked : FOLDERS;
const seconds = new Map<string, number>();
for (const folder of folders) {
  const start = performance.now();
  const run = spawnSync('npx', ['stryker', 'run', 'scripts/mutation/stryker.config.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_FOLDER: folder },
  });
  if (run.status !== 0) {
    console.error(`Stryker failed on src/${folder}/ (exit ${run.status ?? run.signal})`);
    process.exit(1);
  }
  seconds.set(folder, (performance.now() - start) / 1000);
}

const columns = ['score', 'killed', 'timeout', 'survived', 'no cover', 'mutants', 'minutes'];
console.log(`\n${'folder'.padEnd(14)} ${columns.map((c) => c.padStart(8)).join(' ')}`);
for (const folder of folders) {
  const report = JSON.parse(readFileSync(join(reportDir(folder), 'mutation.json'), 'utf8')) as Report;
  const statuses = Object.values(report.files).flatMap((f) => f.mutants.map((m) => m.status));
  const count = (status: string) => statuses.filter((s) => s === status).length;
  const [killed, timeout, survived, none] = ['Killed', 'Timeout', 'Survived', 'NoCoverage'].map(count) as number[];
  const detected = (killed ?? 0) + (timeout ?? 0);
  const mutants = detected + (survived ?? 0) + (none ?? 0);
  const score = mutants === 0 ? 100 : (100 * detected) / mutants;
  const minutes = (seconds.get(folder) ?? 0) / 60;
  const cells = [`${score.toFixed(1)}%`, killed, timeout, survived, none, mutants, minutes.toFixed(1)];
  console.log(`${`src/${folder}/`.padEnd(14)} ${cells.map((c) => String(c).padStart(8)).join(' ')}`);
}
const total = [...seconds.values()].reduce((a, b) => a + b, 0) / 60;
console.log(`\nAll runs: ${total.toFixed(1)} minutes. Surviving mutants: reports/mutation/<folder>/index.html`);
