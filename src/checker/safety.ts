/**
 * Safety invariants: every path where an invariant's condition holds must
 * reach one of its dispositions. Each violation comes with answers that break it.
 */
import { toMasks } from './domain.ts';
import { type Analysis, exampleText } from './examples.ts';
import { type Finding, finding } from './finding.ts';
import type { Invariant } from './invariants-file.ts';
import { firstConsistent, sweep } from './sweep.ts';

/** Findings for the invariants; one per invariant and per rule (or gap) that breaks it. */
export function invariantFindings(analysis: Analysis, invariants: readonly Invariant[]): Finding[] {
  const { model, domain } = analysis;
  const rules = model.rules.map((r) => toMasks(domain, r.when));
  return invariants.flatMap((invariant): Finding[] => {
    const guard = toMasks(domain, invariant.when);
    const broken = new Map<string, string>();
    let applies = false;
    const result = sweep({
      domain,
      rules,
      guard,
      budget: analysis.budget,
      skipCovered: (deciding) =>
        applies &&
        deciding.every((r) => {
          const rule = model.rules[r];
          return rule !== undefined && (invariant.dispositions.includes(rule.disposition) || broken.has(rule.id));
        }),
      onLeaf: (leaf) => {
        const rule = leaf.kind === 'decided' ? model.rules[leaf.rule] : undefined;
        const key = rule ? rule.id : '';
        const kept = rule !== undefined && invariant.dispositions.includes(rule.disposition);
        // Finding real paths in a region costs a little, so find one per outcome only.
        if (kept ? applies : broken.has(key)) return false;
        const part = firstConsistent(domain, leaf.region, analysis.budget);
        if (!part) return false;
        applies = true;
        if (!kept) broken.set(key, exampleText(analysis, part));
        return false;
      },
    });
    const leadsTo = invariant.leadsTo ?? invariant.dispositions.map((d) => `"${d}"`).join(' or ');
    const order = (id: string) => (id === '' ? model.rules.length : model.rules.findIndex((r) => r.id === id));
    const sorted = [...broken].sort(([a], [b]) => order(a) - order(b));
    const findings = sorted.map(([ruleId, example]) => {
      const rule = model.rules.find((r) => r.id === ruleId);
      const outcome = rule ? `rule "${rule.id}" sends them to "${rule.disposition}"` : 'no rule decides them (a gap)';
      return finding(
        invariant.location,
        'error',
        'invariant-broken',
        `invariant "${invariant.id}" is broken: these answers should lead to ${leadsTo}, but ${outcome}`,
        {
          example,
          fix: rule
            ? `put a rule leading to ${leadsTo} above "${rule.id}", or narrow "${rule.id}"`
            : `add a rule leading to ${leadsTo} for them`,
        },
      );
    });
    if (!applies && result.unexplored.length === 0) {
      findings.push(
        finding(
          invariant.location,
          'warning',
          'invariant-never-applies',
          `invariant "${invariant.id}" never applies: no path of answers meets its condition`,
          { fix: 'check the questions and options it names' },
        ),
      );
    }
    if (result.unexplored.length > 0) {
      findings.push(
        finding(
          invariant.location,
          'error',
          'analysis-incomplete',
          `analysis incomplete: the node budget ran out before invariant "${invariant.id}" was proved over every path`,
          { fix: 'run with a larger --budget' },
        ),
      );
    }
    return findings;
  });
}
