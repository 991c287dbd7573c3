/**
 * `npm run --silent triage -- "<answers>"`: what someone who gave these
 * answers would get, as one JSON object. Content authors try rules with it.
 */
import { describeAnswersErrors, parseAnswers } from '../engine/answers-text.ts';
import { walk } from '../engine/decide.ts';
import type { TriageModel } from '../rules/model.ts';
import { isMain, loadCompiledRules, type Output } from './shared.ts';

export const HELP = `Usage: npm run --silent triage -- "<answers>"

Shows what someone who gave these answers would get, as one JSON object.

Answers are question=option pairs joined by "&". A multi-select question
takes one or more options joined by ","; its "none" option stands alone.
Put the whole argument in quotes so the shell keeps the "&".

Example:
  npm run --silent triage -- "emergency-signs=none&warning-signs=none&location=thighs&onset=after-training&feeling=dull-ache&duration=under-3-days&prior-injury=no&impact=mild"

When the answers reach a result it prints "complete": true with the
disposition, guidance, related guidance, rule, reason, the questions asked
(in order) and any answers ignored because they are not on the path.
Otherwise it prints "complete": false and the next question to ask.
An empty argument ("") shows the first question.

Exit status: 0 for a result or a next question, 1 when the rules files are
invalid or decide nothing for these answers, 2 when the answers are invalid.`;

/** Runs the command on its arguments against a compiled model. */
export function triage(model: TriageModel, args: readonly string[]): Output {
  if (args.includes('--help') || args.includes('-h')) return { code: 0, stdout: `${HELP}\n`, stderr: '' };
  if (args.length !== 1) {
    return {
      code: 2,
      stdout: '',
      stderr: 'triage: give the answers as one quoted argument, like "emergency-signs=none"; see --help\n',
    };
  }
  const parsed = parseAnswers(model, args[0] ?? '');
  if (!parsed.ok) return { code: 2, stdout: '', stderr: `triage: ${describeAnswersErrors(parsed.errors)}\n` };

  const path = walk(model, parsed.answers);
  const { asked, ignored, step } = path;
  if (step.kind === 'decided') {
    const { rule } = step;
    const result = {
      complete: true,
      disposition: rule.disposition,
      guidance: rule.guidance,
      related: rule.related,
      rule: rule.id,
      reason: rule.reason,
      asked,
      ignored,
    };
    return { code: 0, stdout: `${JSON.stringify(result, null, 2)}\n`, stderr: '' };
  }
  const next = step.kind === 'ask' ? step.question.id : null;
  const stdout = `${JSON.stringify({ complete: false, next, asked, ignored }, null, 2)}\n`;
  if (step.kind === 'gap') {
    return {
      code: 1,
      stdout,
      stderr: 'triage: no rule decides these answers: the rules have a gap (run npm run rules:check)\n',
    };
  }
  return { code: 0, stdout, stderr: '' };
}

if (isMain(import.meta.url)) {
  const rules = loadCompiledRules();
  const output = rules.ok ? triage(rules.model, process.argv.slice(2)) : rules.output;
  process.stdout.write(output.stdout);
  process.stderr.write(output.stderr);
  process.exitCode = output.code;
}
