/**
 * The production build compiles the rules, and refuses a broken rules file
 * with the same file:line:column message the tests check.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { triageRules } from '../../src/build/vite-plugin.ts';
import { RULES_DIR } from '../../src/cli/shared.ts';

async function buildWith(rulesDir: string) {
  const root = mkdtempSync(join(tmpdir(), 'build-'));
  writeFileSync(
    join(root, 'index.js'),
    "import model from 'virtual:triage-model';\nconsole.log(model.rules.length);\n",
  );
  return build({
    root,
    logLevel: 'silent',
    configFile: false,
    plugins: [triageRules(rulesDir)],
    build: { write: false, lib: { entry: join(root, 'index.js'), formats: ['es'] } },
  });
}

function brokenRules(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'rules-')), 'rules');
  cpSync(RULES_DIR, dir, { recursive: true });
  const routing = join(dir, 'routing.yaml');
  writeFileSync(routing, readFileSync(routing, 'utf8').replace(/feeling: sharp$/m, 'feeling: sharpp'));
  return dir;
}

describe('the build', () => {
  it('bundles the compiled rules', async () => {
    const output = await buildWith(RULES_DIR);
    const code = JSON.stringify(output);
    expect(code).toContain('emergency-sign');
  }, 30_000);

  it('fails on a broken rules file, naming file, line, column, what is wrong and what is allowed', async () => {
    await expect(buildWith(brokenRules())).rejects.toThrow(
      'rules/routing.yaml:32:16: rule "sudden-pain-over-50" names option "sharpp" of question "feeling"; options are dull-ache, tight-stiff, sharp, tingling',
    );
  }, 30_000);
});
