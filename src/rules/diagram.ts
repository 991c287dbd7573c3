/**
 * The triage flow as a Mermaid flowchart, for `docs/triage-flow.md`: the
 * questions in the order asked (with the ask-conditions that skip some), the
 * rules in the order tried, each hung on the last question it needs, and the
 * dispositions they lead to. Rendered by GitHub.
 */
import type { Atom, Condition, Question, TriageModel } from './model.ts';

/** The whole Markdown file. */
export function triageFlowMarkdown(model: TriageModel): string {
  return [
    '# Triage flow',
    '',
    'Generated from `rules/` by `npm run rules:diagram`; do not edit it by hand (a test keeps it in step with the rules).',
    '',
    'Questions (rounded boxes) are asked from the top down; a dotted arrow skips a question whose',
    'ask-condition does not hold. After every answer the rules (square boxes, numbered in the order',
    'they are tried) are read first hit: the first that holds, with every rule above it ruled out,',
    'decides the result (the care-card shapes at the bottom). Each rule hangs from the last question',
    'it needs.',
    '',
    '```mermaid',
    flowchart(model),
    '```',
    '',
  ].join('\n');
}

/** The Mermaid flowchart alone. */
export function flowchart(model: TriageModel): string {
  const lines = ['flowchart TD', '  start([Start])'];
  const qid = (i: number) => `q${i}`;
  model.questions.forEach((q, i) => {
    lines.push(`  ${qid(i)}(${label(`${q.id}: ${q.text}`)})`);
  });
  lines.push('  finish(["No rule holds: a gap, which the rules checker refuses"])');
  model.questions.forEach((q, i) => {
    const from = i === 0 ? 'start' : qid(i - 1);
    if (!q.askWhen) {
      lines.push(`  ${from} --> ${qid(i)}`);
      return;
    }
    lines.push(`  ${from} -->|${label(`if ${conditionText(model, q.askWhen)}`)}| ${qid(i)}`);
    const next = i + 1 < model.questions.length ? qid(i + 1) : 'finish';
    lines.push(`  ${from} -.->|otherwise| ${next}`);
  });
  if (model.questions.length > 0) lines.push(`  ${qid(model.questions.length - 1)} --> finish`);
  const index = new Map(model.questions.map((q, i) => [q.id, i]));
  model.rules.forEach((rule, r) => {
    const needs = Math.max(0, ...rule.when.anyOf.flat().map((a) => index.get(a.question) ?? 0));
    lines.push(`  r${r}[${label(`${r + 1}. ${rule.id}: ${conditionText(model, rule.when)}`)}]`);
    lines.push(`  ${qid(needs)} --> r${r}`);
  });
  lines.push(...model.dispositions.map((d, i) => `  d${i}{{${label(`${d.id}: ${d.title}`)}}}`));
  const dispositionIndex = new Map(model.dispositions.map((d, i) => [d.id, i]));
  lines.push(...model.rules.map((rule, r) => `  r${r} --> d${dispositionIndex.get(rule.disposition) ?? 0}`));
  return lines.join('\n');
}

/** A condition in short notation: clauses joined by "or", atoms by "and". */
function conditionText(model: TriageModel, condition: Condition): string {
  return condition.anyOf.map((clause) => clause.map((atom) => atomText(model, atom)).join(' and ')).join(' or ');
}

function atomText(model: TriageModel, atom: Atom): string {
  const question = model.questions.find((q: Question) => q.id === atom.question);
  const all = question?.options.map((o) => o.id) ?? atom.options;
  const left = all.filter((o) => !atom.options.includes(o));
  const set = (ids: readonly string[]) => (ids.length === 1 ? ids[0] : `{${ids.join(', ')}}`);
  if (left.length > 0 && left.length < atom.options.length) {
    return `${atom.question} ${left.length === 1 ? '≠' : '∉'} ${set(left)}`;
  }
  return `${atom.question} ${atom.options.length === 1 ? '=' : '∈'} ${set(atom.options)}`;
}

/** A quoted Mermaid label; quotes and angle brackets become entities so no text breaks the syntax. */
function label(text: string): string {
  const escaped = text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
  return `"${escaped}"`;
}
