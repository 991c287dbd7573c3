/**
 * Checks on the shape of the ask-conditions that the sweep relies on: no
 * question's ask-when may depend on itself, and each names only questions
 * asked before it, so the engine can always tell whether to ask the next one.
 * The compiler refuses both for rules files; models built in memory may not.
 */
import type { ModelLocations, SourceLocation, TriageModel } from '../rules/model.ts';
import type { Domain } from './domain.ts';
import { type Finding, finding } from './finding.ts';

const UNKNOWN: SourceLocation = { file: 'rules/questions.yaml', line: 1, column: 1 };

/** Cycles and out-of-order names in ask-conditions, and questions too large to sweep. */
export function structureFindings(model: TriageModel, locations: ModelLocations, domain: Domain): Finding[] {
  const at = (id: string) => locations.questions[id] ?? UNKNOWN;
  const names = new Map(
    model.questions.map((q) => [
      q.id,
      [...new Set(q.askWhen?.anyOf.flatMap((c) => c.map((a) => a.question)))].filter((id) => domain.indexOf.has(id)),
    ]),
  );
  const findings: Finding[] = [];
  const inCycle = new Set<string>();
  for (const cycle of cycles(
    model.questions.map((q) => q.id),
    names,
  )) {
    for (const id of cycle) inCycle.add(id);
    const first = cycle[0] as string;
    findings.push(
      finding(
        at(first),
        'error',
        'ask-when-cycle',
        `the ask-conditions go round in a circle: ${[...cycle, first].join(' → ')}; whether to ask "${first}" depends on itself, so no answers can settle it`,
        { fix: `make the ask-when of "${first}" name only questions asked before it` },
      ),
    );
  }
  model.questions.forEach((q, i) => {
    if (inCycle.has(q.id)) return;
    const later = (names.get(q.id) as string[]).filter((id) => (domain.indexOf.get(id) as number) >= i);
    if (later.length === 0) return;
    findings.push(
      finding(
        at(q.id),
        'error',
        'ask-when-order',
        `the ask-when of question "${q.id}" names ${later.map((id) => `"${id}"`).join(', ')}, asked after it, so it cannot be settled when "${q.id}" comes up`,
        { fix: `move "${q.id}" after ${later.join(', ')}, or name only earlier questions` },
      ),
    );
  });
  for (const id of domain.tooLarge) {
    findings.push(
      finding(
        at(id),
        'error',
        'analysis-incomplete',
        `question "${id}" has more distinct answers than the checker can sweep (at most 30, counting each set of options the rules tell apart)`,
        { fix: 'split it into smaller questions, or let rules treat more of its options alike' },
      ),
    );
  }
  return findings;
}

/** Each cycle once, as the questions on it in model order from its first; Tarjan's strongly connected components. */
function cycles(ids: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) as readonly string[]) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) {
      onStack.delete(w);
      component.push(w);
    }
    const selfLoop = (edges.get(v) as readonly string[]).includes(v);
    if (component.length > 1 || selfLoop)
      found.push(
        roundTrip(
          ids.filter((id) => component.includes(id)),
          edges,
        ),
      );
  };
  for (const id of ids) if (!index.has(id)) visit(id);
  return found;
}

/** A way round the cycle from its first question, following the ask-conditions (shortest, by breadth first). */
function roundTrip(component: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[] {
  const start = component[0] as string;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift() as string;
    for (const w of edges.get(v) as readonly string[]) {
      if (!component.includes(w) || cameFrom.has(w)) continue;
      cameFrom.set(w, v);
      queue.push(w);
    }
  }
  const path: string[] = [];
  for (let v = cameFrom.get(start); v !== undefined && v !== start; v = cameFrom.get(v)) path.unshift(v);
  return [start, ...path];
}
