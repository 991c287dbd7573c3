/**
 * Prints the mutation score of each folder from Stryker's JSON report: the
 * share of deliberate bugs (mutants) the tests caught. Detected = killed or
 * timed out; undetected = survived or not covered by any test. Static and
 * compile-error mutants do not count, as in Stryker's own score.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Report {
  readonly files: Record<string, { readonly mutants: readonly { readonly status: string }[] }>;
}

const FOLDERS = ['src/engine/', 'src/machine/', 'src/rules/', 'src/checker/'];
const report = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../reports/mutation/mutation.json'), 'utf8'),
) as Report;

console.log('folder          score   killed  timeout  survived  no cover  mutants');
let all = { detected: 0, undetected: 0, killed: 0, timeout: 0, survived: 0, none: 0 };
for (const folder of FOLDERS) {
  const statuses = Object.entries(report.files)
    .filter(([file]) => file.replaceAll('\\', '/').includes(folder))
    .flatMap(([, f]) => f.mutants.map((m) => m.status));
  const count = (status: string) => statuses.filter((s) => s === status).length;
  const row = {
    killed: count('Killed'),
    timeout: count('Timeout'),
    survived: count('Survived'),
    none: count('NoCoverage'),
  };
  const detected = row.killed + row.timeout;
  const undetected = row.survived + row.none;
  all = {
    detected: all.detected + detected,
    undetected: all.undetected + undetected,
    killed: all.killed + row.killed,
    timeout: all.timeout + row.timeout,
    survived: all.survived + row.survived,
    none: all.none + row.none,
  };
  const score = detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected);
  console.log(
    `${folder.padEnd(14)} ${score.toFixed(1).padStart(6)}%  ${String(row.killed).padStart(6)}  ${String(row.timeout).padStart(7)}  ${String(row.survived).padStart(8)}  ${String(row.none).padStart(8)}  ${String(detected + undetected).padStart(7)}`,
  );
}
const total = (100 * all.detected) / Math.max(1, all.detected + all.undetected);
console.log(
  `${'all'.padEnd(14)} ${total.toFixed(1).padStart(6)}%  ${String(all.killed).padStart(6)}  ${String(all.timeout).padStart(7)}  ${String(all.survived).padStart(8)}  ${String(all.none).padStart(8)}  ${String(all.detected + all.undetected).padStart(7)}`,
);
console.log('Surviving mutants, by file and line: reports/mutation/index.html');
