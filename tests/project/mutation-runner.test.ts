/**
 * The test runner of mutation runs (scripts/mutation/bailing-runner.ts): once
 * as many tests have failed as `bail` allows, the test files still to come are
 * not loaded; until then, and without `bail`, every file loads and runs as in
 * Vitest's own runner. Vitest itself would still load the later file and list
 * its test as skipped.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BaseSequencer, createVitest, type TestSpecification } from 'vitest/node';

const dir = mkdtempSync(join(tmpdir(), 'bailing-runner-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The tests use Vitest's globals, as the files sit outside the project and cannot import it.
writeFileSync(join(dir, 'a-fails.test.ts'), "it('fails', () => { throw new Error('caught'); });\n");
writeFileSync(join(dir, 'b-passes.test.ts'), "it('passes', () => {});\n");

/** The files in the order of their names: the failing one first. */
class ByName extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
  }
}

/** Runs both files with the bailing runner; for each file, its tests and how each ended. */
async function run(bail: number) {
  const vitest = await createVitest(
    'test',
    {
      root: dir,
      config: false,
      globals: true,
      runner: resolve('scripts/mutation/bailing-runner.ts'),
      passWithNoTests: true,
      bail,
      watch: false,
      pool: 'threads',
      maxWorkers: 1,
      isolate: false,
      reporters: [{}],
      sequence: { sequencer: ByName },
    },
    { cacheDir: join(dir, '.vite') },
  );
  try {
    await vitest.start();
    const files = vitest.state.getFiles().sort((a, b) => a.name.localeCompare(b.name));
    return files.map((file) => ({ file: file.name, tests: file.tasks.map((t) => `${t.name}: ${t.result?.state}`) }));
  } finally {
    await vitest.close();
  }
}

describe('the test runner of mutation runs', () => {
  it('loads no test file after a test fails, when one failure is enough', async () => {
    expect(await run(1)).toEqual([
      { file: 'a-fails.test.ts', tests: ['fails: fail'] },
      { file: 'b-passes.test.ts', tests: [] },
    ]);
  }, 30_000);

  it('loads and runs every file without bail', async () => {
    expect(await run(0)).toEqual([
      { file: 'a-fails.test.ts', tests: ['fails: fail'] },
      { file: 'b-passes.test.ts', tests: ['passes: pass'] },
    ]);
  }, 30_000);
});
