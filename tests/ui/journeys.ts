/**
 * A person's shortest journey to each rule's result, from the machine's own
 * graph: on the start page they press start; on a question they choose each
 * single option in turn, or for a multi-select the exclusive option or one
 * other option at a time.
 */
import { getShortestPaths } from 'xstate/graph';
import { selectOutcome, selectPage, selectQuestion } from '../../src/machine/selectors.ts';
import { createTriageMachine, type TriageEvent } from '../../src/machine/triage-machine.ts';
import type { TriageModel } from '../../src/rules/model.ts';

export interface Journey {
  readonly rule: string;
  readonly disposition: string;
  readonly guidance: string;
  /** Each step: the question and the options chosen. */
  readonly steps: readonly { readonly question: string; readonly options: readonly string[] }[];
}

/** The shortest journey the machine allows to each rule's result. */
export function journeysToEachRule(model: TriageModel): Journey[] {
  const machine = createTriageMachine(model);
  const paths = getShortestPaths(machine, {
    input: {},
    events: (snapshot): TriageEvent[] => {
      const page = selectPage(snapshot);
      if (page === 'start') return [{ type: 'triage.start' }];
      const question = selectQuestion(model, snapshot);
      if (page !== 'question' || !question) return [];
      return question.options.map((o) => ({ type: 'answer.submit', question: question.id, options: [o.id] }));
    },
    toState: (snapshot) => selectPage(snapshot) === 'result',
  });
  const byRule = new Map<string, Journey>();
  for (const path of paths) {
    const outcome = selectOutcome(model, path.state);
    if (!outcome) continue;
    const steps = path.steps.flatMap(({ event }) =>
      event.type === 'answer.submit' ? [{ question: event.question, options: event.options }] : [],
    );
    const known = byRule.get(outcome.rule.id);
    if (known && known.steps.length <= steps.length) continue;
    byRule.set(outcome.rule.id, {
      rule: outcome.rule.id,
      disposition: outcome.rule.disposition,
      guidance: outcome.rule.guidance,
      steps,
    });
  }
  return model.rules.flatMap((rule) => byRule.get(rule.id) ?? []);
}
