/** The shipped rules files as text, to compile with one file changed. */
import { RULES_DIR } from '../../src/cli/shared.ts';
import { type CompileResult, compileRules } from '../../src/rules/compile.ts';
import { readRuleFiles } from '../../src/rules/load-dir.ts';
import { formatRuleError } from '../../src/rules/yaml-source.ts';

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
