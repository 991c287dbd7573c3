/**
 * Reads the rules folder from disk and compiles it. Node only: the app gets
 * the compiled model from the Vite plugin instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { type CompileResult, compileRules } from './compile.ts';

/** Every `.yaml` file below `dir`, keyed by its path inside it. */
export function readRuleFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.yaml')) continue;
    const full = join(entry.parentPath, entry.name);
    files.set(relative(dir, full).split('\\').join('/'), readFileSync(full, 'utf8'));
  }
  return files;
}

/** Compiles the rules in `dir`; errors name files as `rules/...`, after the folder's own name. */
export function loadRulesDir(dir: string): CompileResult {
  return compileRules(readRuleFiles(dir), basename(dir));
}
