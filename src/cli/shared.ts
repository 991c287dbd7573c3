/**
 * What the command-line tools share: where the rules are, how a command's
 * output looks, and how to tell a script run directly from one imported.
 */
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompiledRules } from '../rules/compile.ts';
import { loadRulesDir } from '../rules/load-dir.ts';
import { formatRuleError } from '../rules/yaml-source.ts';

/** A command's whole effect, so tests can check it without spawning a process. */
export interface Output {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The project's `rules/` folder. */
// import.meta.dirname rather than new URL(): under jsdom tests, URL is jsdom's, which node:url rejects.
export const RULES_DIR = join(import.meta.dirname, '../../rules');

/** The drawings the guidance articles name. */
export const PICTURES_DIR = join(import.meta.dirname, '../../public/pictures');

/** The compiled rules, or the output that reports why they did not compile. */
export type LoadedRules = CompiledRules | { readonly ok: false; readonly output: Output };

/** Loads and compiles `rules/`; on failure, the output that reports every error, one per line. */
export function loadCompiledRules(dir = RULES_DIR, picturesDir = PICTURES_DIR): LoadedRules {
  const result = loadRulesDir(dir, { picturesDir });
  if (result.ok) return result;
  const stderr = result.errors.map((e) => `${formatRuleError(e)}\n`).join('');
  return { ok: false, output: { code: 1, stdout: '', stderr } };
}

/** Whether the module at `url` is the script node was asked to run. */
export function isMain(url: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(url));
  } catch {
    return false;
  }
}
