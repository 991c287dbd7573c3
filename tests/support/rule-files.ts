/** Copies of the shipped rules files with one defect injected, and where it stands. */
import { RULES_DIR } from '../../src/cli/shared.ts';
import { compileRules } from '../../src/rules/compile.ts';
import { readRuleFiles } from '../../src/rules/load-dir.ts';
import { formatRuleError } from '../../src/rules/yaml-source.ts';

export const shippedFiles: ReadonlyMap<string, string> = readRuleFiles(RULES_DIR);

export interface Injected {
  readonly files: Map<string, string>;
  /** `rules/<file>:<line>:<column>` of `at` inside the replacement. */
  readonly where: string;
}

/**
 * Replaces the first `find` in `file` with `replace`, and locates the last
 * `at` (by default the whole replacement) inside it.
 */
export function inject(file: string, find: string, replace: string, at = replace): Injected {
  const text = shippedFiles.get(file);
  if (text === undefined) throw new Error(`no rules file ${file}`);
  const start = text.indexOf(find);
  if (start < 0) throw new Error(`"${find}" is not in ${file}`);
  // The last occurrence, so a test can point at the second of two equal ids.
  const offset = start + replace.lastIndexOf(at);
  if (replace.lastIndexOf(at) < 0) throw new Error(`"${at}" is not in the replacement`);
  const before = `${text.slice(0, start)}${replace}`.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const files = new Map(shippedFiles);
  files.set(file, text.slice(0, start) + replace + text.slice(start + find.length));
  return { files, where: `rules/${file}:${line}:${column}` };
}

/** Every error compiling `files` gives, formatted as the build prints them. */
export function compileErrors(files: ReadonlyMap<string, string>): string[] {
  const result = compileRules(files);
  return result.ok ? [] : result.errors.map(formatRuleError);
}
