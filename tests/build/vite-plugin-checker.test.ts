/** The Vite plugin refuses, at build, rules the checker finds unsafe, naming file, line and column. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { triageRules } from '../../src/build/vite-plugin.ts';
import { RULES_DIR } from '../../src/cli/shared.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vite-plugin-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Loads the virtual module the way Vite would, for a build or the dev server. */
function load(rulesDir: string, command: 'build' | 'serve'): unknown {
  const plugin = triageRules(rulesDir) as unknown as {
    configResolved: (config: { command: string }) => void;
    load: (this: { addWatchFile: (file: string) => void }, id: string) => unknown;
  };
  plugin.configResolved({ command });
  return plugin.load.call({ addWatchFile: () => {} }, '\0virtual:triage-model');
}

function withoutEmergencyRule(): string {
  const dir = join(scratch, 'rules');
  cpSync(RULES_DIR, dir, { recursive: true });
  const routing = join(dir, 'routing.yaml');
  const text = readFileSync(routing, 'utf8');
  writeFileSync(
    routing,
    text.replace(text.slice(text.indexOf('  - id: emergency-sign'), text.indexOf('  - id: warning-sign')), ''),
  );
  return dir;
}

describe('the rules Vite plugin', () => {
  it('builds the shipped rules', () => {
    expect(load(RULES_DIR, 'build')).toMatch(/^export default JSON\.parse\(/);
  });

  it('fails a build on a checker error, with file:line:column', () => {
    expect(() => load(withoutEmergencyRule(), 'build')).toThrow(
      /the rules checker refused the rules:\nrules\/invariants\.yaml:\d+:\d+: error: invariant "emergency-sign-means-emergency" is broken/,
    );
  });

  it('leaves the dev server running on rules that compile, so an author can try them', () => {
    expect(load(withoutEmergencyRule(), 'serve')).toMatch(/^export default/);
  });
});
