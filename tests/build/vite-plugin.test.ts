import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { triageRules } from '../../src/build/vite-plugin.ts';
import { PICTURES_DIR, RULES_DIR } from '../../src/cli/shared.ts';

/** What the plugin serves for a module id, as the exported value. */
function serve(rulesDir: string, id: string): unknown {
  const plugin = triageRules(rulesDir, PICTURES_DIR);
  const resolveId = plugin.resolveId as (id: string) => string | null;
  const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => string | null;
  const resolved = resolveId(id);
  if (resolved === null) throw new Error(`the plugin does not serve ${id}`);
  const code = load.call({ addWatchFile: () => {} }, resolved) ?? '';
  const literal = code.match(/^export default JSON\.parse\((.*)\);$/)?.[1] ?? 'null';
  return JSON.parse(JSON.parse(literal));
}

describe('the rules plugin', () => {
  it('serves the model without the articles, lists and FAQ, and those on their own, so the start page stays small', () => {
    const model = serve(RULES_DIR, 'virtual:triage-model') as Record<string, unknown>;
    const content = serve(RULES_DIR, 'virtual:triage-content') as Record<string, unknown>;
    expect(Object.keys(model).sort()).toEqual([
      'bodyMap',
      'dispositions',
      'questions',
      'regions',
      'rules',
      'startPage',
      'version',
    ]);
    expect(Object.keys(content).sort()).toEqual(['articles', 'faq', 'safetyNet', 'whatToDoNow']);
    expect(JSON.stringify(model)).not.toMatch(/what-to-do-now|whatToDoNow|"sections"/);
  });

  it('resolves only its own virtual modules, not the names every object inherits', () => {
    const resolveId = triageRules(RULES_DIR, PICTURES_DIR).resolveId as (id: string) => string | null;
    expect(resolveId('virtual:triage-model')).toBe('\0virtual:triage-model');
    for (const id of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'virtual:triage-other']) {
      expect(resolveId(id), id).toBeNull();
    }
  });

  it('fails the build when an article names a drawing that does not exist', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'rules-')), 'rules');
    cpSync(RULES_DIR, dir, { recursive: true });
    const file = join(dir, 'guidance', 'strengthening.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('file: bird-dog', 'file: bird-cat'));
    expect(() => serve(dir, 'virtual:triage-content')).toThrow(
      /rules\/guidance\/strengthening\.yaml:\d+:\d+: there is no drawing "bird-cat\.svg"/,
    );
  });
});
