/** The shipped rules files as text, to compile with one defect injected, and where it stands. */
import { RULES_DIR } from '../../src/cli/shared.ts';
import { type CompileResult, compileRules } from '../../src/rules/compile.ts';
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

/** The shipped files with `path`'s text passed through `edit`; fails the test if the edit changed nothing. */
export function withEdit(path: string, edit: (text: string) => string): Map<string, string> {
  const files = readRuleFiles(RULES_DIR);
  const before = files.get(path);
  if (before === undefined) throw new Error(`no rules file ${path}`);
  const after = edit(before);
  if (after === before) throw new Error(`the edit to ${path} changed nothing`);
  files.set(path, after);
  return files;
}

/** A compile result's errors as `file:line:column: message` lines (none when it compiled). */
export function errorLines(result: CompileResult): string[] {
  return result.ok ? [] : result.errors.map(formatRuleError);
}

/** Where `needle` first occurs in `text`, 1-based, as an editor shows it. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

export { compileRules };
