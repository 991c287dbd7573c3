/**
 * `npm run --silent triage -- "<answers>"`: what someone who gave these
 * answers would get, as one JSON object. Content authors try rules with it.
 */
import { describeAnswersErrors, exampleAnswer, parseAnswers, writeAnswers } from '../engine/answers-text.ts';
import { walk } from '../engine/decide.ts';
import type { TriageModel } from '../rules/model.ts';
import { isMain, loadCompiledRules, type Output } from './shared.ts';

/** The help text, with an example of answers built from the rules themselves. */
export function help(model: TriageModel): string {
  return `Usage: npm run --silent triage -- "<answers>"

Shows what someone who gave these answers would get, as one JSON object.

Answers are question=option pairs joined by "&". A multi-select question
takes one or more options joined by ","; its "none of these" option stands
alone. Put the whole argument in quotes so the shell keeps the "&".

Example:
  npm run --silent triage -- "${exampleAnswers(model)}"

When the answers reach a result it prints "complete": true with the
disposition, guidance, related guidance, rule, reason, the questions asked
(in order) and any answers ignored because they are not on the path.
Otherwise it prints "complete": false and the next question to ask.
An empty argument ("") shows the first question.

Exit status: 0 for a result or a next question, 1 when the rules files are
invalid or decide nothing for these answers, 2 when the answers are invalid.`;
}

/** A complete set of answers: "none of these" to each multi-select question, the first option to the rest. */
function exampleAnswers(model: TriageModel): string {
  const answers: Record<string, readonly string[]> = {};
  for (let next = walk(model, answers).step; next.kind === 'ask'; next = walk(model, answers).step) {
    const { question } = next;
    const option = question.options.find((o) => o.exclusive) ?? question.options[0];
    answers[question.id] = option ? [option.id] : [];
    if (!option) break;
  }
  return writeAnswers(model, answers);
}

/** Runs the command on its arguments against a compiled model. */
export function triage(model: TriageModel, args: readonly string[]): Output {
  if (args.includes('--help') || args.includes('-h')) return { code: 0, stdout: `${help(model)}\n`, stderr: '' };
  if (args.length !== 1) {
    return {
      code: 2,
      stdout: '',
      stderr: `triage: give the answers as one quoted argument, like "${exampleAnswer(model)}"; see --help\n`,
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
