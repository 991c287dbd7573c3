/**
 * `npm run rules:check [-- --json] [-- --budget N]`: proves the rules in
 * `rules/` complete and safe, or reports each finding as
 * `file:line:column: severity: message` with answers that show it.
 */
import { basename } from 'node:path';
import { checkRuleFiles, hasErrors } from '../checker/check.ts';
import { formatReport, reportJson } from '../checker/format.ts';
import { readRuleFiles } from '../rules/load-dir.ts';
import { isMain, type Output, RULES_DIR } from './shared.ts';

export const HELP = `Usage: npm run rules:check [-- --json] [-- --budget N]

Checks the rules in rules/: the files and their references, then every path
of answers without listing them one by one. It reports gaps (answers no rule
decides), rules that can never fire, questions never asked, ask-conditions
that never hold, dispositions and articles never reached, and broken safety
invariants (rules/invariants.yaml), each as file:line:column: severity:
message, with example answers and a fix.

A gap is shown as a region: answers text where "question=a|b" means a or
b, "question=-" that it is not asked, and a question left out may take any
answer. A multi-select alternative such as "question=a" stands for every
set of options the rules cannot tell apart from it.

  --json      print the findings as JSON
  --budget N  regions one sweep may visit before it stops with
              "analysis incomplete" (default 2000000)

Exit status: 1 when there is an error, 0 otherwise (warnings allowed).`;

/** Runs the command on the rules in `dir`. */
export function rulesCheck(args: readonly string[], dir = RULES_DIR): Output {
  if (args.includes('--help') || args.includes('-h')) return { code: 0, stdout: `${HELP}\n`, stderr: '' };
  const budgetAt = args.indexOf('--budget');
  const budget = budgetAt >= 0 ? Number(args[budgetAt + 1]) : undefined;
  const known = (a: string, i: number) => a === '--json' || a === '--budget' || (budgetAt >= 0 && i === budgetAt + 1);
  if (!args.every(known) || (budget !== undefined && !(Number.isInteger(budget) && budget > 0))) {
    return { code: 2, stdout: '', stderr: 'rules:check: unknown arguments; see --help\n' };
  }
  const report = checkRuleFiles(readRuleFiles(dir), basename(dir), budget === undefined ? {} : { budget });
  const code = hasErrors(report) ? 1 : 0;
  if (args.includes('--json')) return { code, stdout: `${reportJson(report)}\n`, stderr: '' };
  const text = `${formatReport(report)}\n`;
  return code === 0 ? { code, stdout: text, stderr: '' } : { code, stdout: '', stderr: text };
}

if (isMain(import.meta.url)) {
  const output = rulesCheck(process.argv.slice(2));
  process.stdout.write(output.stdout);
  process.stderr.write(output.stderr);
  process.exitCode = output.code;
}
