/**
 * The layers hold: data flows rules → engine → checker and machine → UI, and
 * the linter refuses an import that runs up a layer. Each probe is linted as
 * if it stood in its folder, without writing a file there.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
// A folder with the project's Biome settings, where each probe stands at its path.
const sandbox = mkdtempSync(join(tmpdir(), 'layers-'));
copyFileSync(join(ROOT, 'biome.json'), join(sandbox, 'biome.json'));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

/** Lints `code` as the file at `path`; true when the layer rule refuses it. */
function refused(path: string, code: string): boolean {
  const file = join(sandbox, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${code}\nexport const used = [];\n`);
  const biome = join(ROOT, 'node_modules/.bin/biome');
  const run = spawnSync(biome, ['lint', '--vcs-enabled=false', path], { cwd: sandbox, encoding: 'utf8' });
  rmSync(file);
  return `${run.stdout}${run.stderr}`.includes('lint/style/noRestrictedImports');
}

describe('the layers', () => {
  it.each([
    ['src/rules/probe.ts', "import { walk } from '../engine/decide.ts';"],
    ['src/rules/probe.ts', "import { checkModel } from '../checker/check.ts';"],
    ['src/engine/probe.ts', "import { createTriageMachine } from '../machine/triage-machine.ts';"],
    ['src/engine/probe.ts', "import { checkModel } from '../checker/check.ts';"],
    ['src/checker/probe.ts', "import { createTriageMachine } from '../machine/triage-machine.ts';"],
    ['src/machine/probe.ts', "import { App } from '../ui/app.tsx';"],
    ['src/ui/result/probe.ts', "import { compileRules } from '../../rules/compile.ts';"],
    ['src/ui/result/probe.ts', "import { checkModel } from '../../checker/check.ts';"],
    ['src/ui/shared/probe.ts', "import { useTriage } from '../triage/use-triage.ts';"],
    ['src/ui/triage/probe.ts', "import ResultPage from '../result/result-page.tsx';"],
    ['src/ui/result/probe.ts', "import { QuestionPage } from '../question/question-page.tsx';"],
    ['src/build/probe.ts', "import { App } from '../ui/app.tsx';"],
  ])('refuses %s importing up a layer: %s', (path, code) => {
    expect(refused(path, code)).toBe(true);
  });

  it.each([
    ['src/engine/probe.ts', "import type { TriageModel } from '../rules/model.ts';"],
    ['src/checker/probe.ts', "import { walk } from '../engine/decide.ts';"],
    ['src/machine/probe.ts', "import { walk } from '../engine/decide.ts';"],
    ['src/ui/shared/probe.ts', "import type { Article } from '../../rules/model.ts';"],
    ['src/ui/result/probe.ts', "import { useTriage } from '../triage/use-triage.ts';"],
    ['src/build/probe.ts', "import { checkModel } from '../checker/check.ts';"],
  ])('allows %s importing down: %s', (path, code) => {
    expect(refused(path, code)).toBe(false);
  });
});
