/**
 * Sums the Vitest and Playwright results that the test command wrote as JSON
 * (when TEST_RESULTS_DIR is set) into one last line: `N passed, N failed`.
 * Usage: tsx scripts/test-summary.ts <results dir> <exit status of the test command>
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Count {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

function read(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

function vitest(dir: string): Count | null {
  const report = read(join(dir, 'vitest.json')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  } | null;
  if (!report) return null;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwright(dir: string): Count | null {
  const report = read(join(dir, 'playwright.json')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  } | null;
  if (!report) return null;
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped };
}

const [dir = '.', status = '0'] = process.argv.slice(2);
const counts = { Vitest: vitest(dir), Playwright: playwright(dir) };
for (const [runner, count] of Object.entries(counts)) {
  console.log(
    count
      ? `${runner}: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped or fixme`
      : `${runner}: did not run`,
  );
}
if (status !== '0') console.log(`the test command exited with status ${status}`);
const all = Object.values(counts).filter((c): c is Count => c !== null);
const sum = (key: keyof Count) => all.reduce((total, c) => total + c[key], 0);
console.log(`${sum('passed')} passed, ${sum('failed')} failed`);
