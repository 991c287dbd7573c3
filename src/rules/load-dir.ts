/**
 * Reads the rules folder from disk and compiles it. Node only: the app gets
 * the compiled model from the Vite plugin instead.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** The names, without `.svg`, of the drawings in `dir` (none when it does not exist). */
export function readPictureNames(dir: string): Set<string> {
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir)
      .filter((name) => name.endsWith('.svg'))
      .map((name) => name.slice(0, -'.svg'.length)),
  );
}

/**
 * Compiles the rules in `dir`; errors name files as `rules/...`, after the
 * folder's own name. With `picturesDir`, every picture an article names must be a drawing there.
 */
export function loadRulesDir(dir: string, options: { picturesDir?: string } = {}): CompileResult {
  const pictures = options.picturesDir === undefined ? {} : { pictures: readPictureNames(options.picturesDir) };
  return compileRules(readRuleFiles(dir), basename(dir), pictures);
}
