/**
 * Completeness and reachability: gaps, rules that never fire (and the rules
 * that mask them), questions never asked, ask-conditions that never hold, and
 * dispositions and articles no path reaches.
 */
import type { ModelLocations, SourceLocation } from '../rules/model.ts';
import { askedQuestions } from './asked.ts';
import { compatibleWith, type MaskCondition, toMasks } from './domain.ts';
import { type Analysis, exampleText, pathText, regionWhere } from './examples.ts';
import { type Finding, finding } from './finding.ts';
import { walkRegion } from './path.ts';
import { mergeRegions, regionText } from './regions.ts';
import { firstConsistent, type Region, sweep } from './sweep.ts';

/** Gaps shown one by one; the rest are counted. */
const MAX_GAPS_SHOWN = 20;

/** The main sweep's outcome, which the other checks read. */
export interface Coverage {
  readonly nodes: number;
  readonly complete: boolean;
  /** Real paths each firing rule decides, by rule index. */
  readonly fired: ReadonlyMap<number, Region>;
  /**
   * The regions no rule decides, merged into as few as the merge finds; each
   * holds real paths, and its real paths are exactly the gaps. (Cutting them
   * down to real paths only would split them on every ask-condition.)
   */
  readonly gaps: readonly Region[];
  /** One region of real paths inside each gap region found by the sweep. */
  readonly gapPaths: readonly Region[];
  readonly rules: readonly MaskCondition[];
  readonly asked: readonly boolean[];
}

/** Sweeps the whole answer space with the model's rules. */
export function sweepCoverage(analysis: Analysis): Coverage {
  const { domain, budget } = analysis;
  const rules = analysis.model.rules.map((r) => toMasks(domain, r.when));
  const fired = new Map<number, Region>();
  const gaps: Region[] = [];
  const gapPaths: Region[] = [];
  const result = sweep({
    domain,
    rules,
    budget,
    // Once every rule that can decide a gapless region is known to fire, its pieces tell nothing new.
    skipCovered: (deciding) => deciding.every((r) => fired.has(r)),
    onLeaf: (leaf) => {
      if (leaf.kind === 'gap') {
        const part = firstConsistent(domain, leaf.region, budget);
        if (part) {
          gaps.push(leaf.region);
          gapPaths.push(part);
        }
      } else if (!fired.has(leaf.rule)) {
        const part = firstConsistent(domain, leaf.region, budget);
        if (part) fired.set(leaf.rule, part);
      }
      return false;
    },
  });
  const complete = result.unexplored.length === 0;
  const asked = complete ? askedQuestions(analysis, rules, [...fired.values(), ...gapPaths], fired) : null;
  return {
    nodes: result.nodes,
    complete: complete && asked?.complete === true,
    fired,
    gaps: mergeRegions(gaps),
    gapPaths,
    rules,
    asked: asked?.asked ?? [],
  };
}

/** Every coverage finding. */
export function coverageFindings(analysis: Analysis, locations: ModelLocations, coverage: Coverage): Finding[] {
  const { model, domain } = analysis;
  const lastRule = model.rules.at(-1);
  const routingAt: SourceLocation = (lastRule && locations.rules[lastRule.id]) ?? {
    file: 'rules/routing.yaml',
    line: 1,
    column: 1,
  };
  const findings: Finding[] = [];
  if (!coverage.complete) {
    findings.push(
      finding(
        routingAt,
        'error',
        'analysis-incomplete',
        `analysis incomplete: the node budget (${analysis.budget} regions a sweep) ran out; so far ${coverage.fired.size} of ${model.rules.length} rules were seen to fire and ${coverage.gaps.length} gap regions were found, after ${coverage.nodes} regions`,
        { fix: 'run with a larger --budget; rules never firing and questions never asked are not reported until then' },
      ),
    );
  }

  const merged = coverage.gaps;
  merged.slice(0, MAX_GAPS_SHOWN).forEach((region) => {
    findings.push(
      finding(routingAt, 'error', 'gap', 'no rule decides the answers in this region', {
        example: pathText(analysis, coverage.rules, firstConsistent(domain, region, analysis.budget) ?? region),
        region: regionText(domain, region),
        fix: 'add a rule that holds for them (the last rule is here), or widen a rule above',
      }),
    );
  });
  if (merged.length > MAX_GAPS_SHOWN) {
    findings.push(
      finding(routingAt, 'error', 'gap', `and ${merged.length - MAX_GAPS_SHOWN} more gap regions (see --json)`),
    );
  }
  if (!coverage.complete) return findings;

  findings.push(...deadRuleFindings(analysis, locations, coverage));
  findings.push(...questionFindings(analysis, locations, coverage));

  const reachedDispositions = new Set<string>();
  const reachedArticles = new Set<string>();
  for (const r of coverage.fired.keys()) {
    const rule = model.rules[r];
    if (!rule) continue;
    reachedDispositions.add(rule.disposition);
    for (const article of [rule.guidance, ...rule.related]) reachedArticles.add(article);
  }
  for (const d of model.dispositions) {
    if (reachedDispositions.has(d.id)) continue;
    const at = locations.dispositions[d.id] ?? routingAt;
    findings.push(
      finding(at, 'warning', 'disposition-never-reached', `no path of answers reaches disposition "${d.id}"`, {
        fix: 'route a rule that can fire to it, or remove it',
      }),
    );
  }
  for (const id of Object.keys(locations.articles).sort()) {
    if (reachedArticles.has(id)) continue;
    const at = locations.articles[id] ?? routingAt;
    findings.push(
      finding(at, 'warning', 'article-never-reached', `no path of answers shows guidance article "${id}"`, {
        fix: 'name it as guidance or related on a rule that can fire, or remove the file',
      }),
    );
  }
  return findings;
}

function deadRuleFindings(analysis: Analysis, locations: ModelLocations, coverage: Coverage): Finding[] {
  const { model } = analysis;
  return model.rules.flatMap((rule, i): Finding[] => {
    if (coverage.fired.has(i)) return [];
    const at = locations.rules[rule.id] ?? { file: 'rules/routing.yaml', line: 1, column: 1 };
    const guard = coverage.rules[i] as MaskCondition;
    // Only earlier rules that can hold together with this one can mask it.
    const meets = compatibleWith(guard, analysis.domain.questions.length);
    const earlier = coverage.rules.slice(0, i).flatMap((when, j) => (meets(when) ? [j] : []));
    const masking = new Map<number, string>();
    sweep({
      domain: analysis.domain,
      rules: earlier.map((j) => coverage.rules[j] as MaskCondition),
      guard,
      budget: analysis.budget,
      skipCovered: (deciding) => deciding.every((k) => masking.has(earlier[k] as number)),
      onLeaf: (leaf) => {
        const j = leaf.kind === 'decided' ? (earlier[leaf.rule] as number) : -1;
        if (j < 0 || masking.has(j)) return false;
        const part = firstConsistent(analysis.domain, leaf.region, analysis.budget);
        if (part) masking.set(j, exampleText(analysis, part));
        return false;
      },
    });
    if (masking.size === 0) {
      return [
        finding(
          at,
          'error',
          'rule-never-holds',
          `rule "${rule.id}" can never fire: no path of answers meets its condition`,
          {
            fix: 'check its options and the ask-when of the questions it names',
          },
        ),
      ];
    }
    const order = [...masking.keys()].sort((a, b) => a - b);
    const names = order.map((j) => model.rules[j]?.id ?? '');
    // The rules that hold wherever this one does say most plainly why it never fires.
    const covering = order.filter((j) => covers(analysis, coverage.rules[j] as MaskCondition, guard));
    const shownRule = covering[0] ?? (order[0] as number);
    const shownName = model.rules[shownRule]?.id ?? '';
    const shown = masking.get(shownRule) as string;
    const why =
      covering.length > 0
        ? `rule "${shownName}" above it holds wherever it does`
        : `rules ${names.map((id) => `"${id}"`).join(', ')} above it between them decide every path where it holds`;
    return [
      finding(
        at,
        'error',
        'rule-never-fires',
        `rule "${rule.id}" can never fire: ${why}; for example "${shown}" meets it but rule "${shownName}" decides first`,
        {
          example: shown,
          maskedBy: names,
          coveredBy: covering.map((j) => model.rules[j]?.id ?? ''),
          fix:
            covering.length > 0
              ? `move it above "${shownName}", narrow "${shownName}", or remove it`
              : 'move it higher, narrow the rules above it, or remove it',
        },
      ),
    ];
  });
}

/** Whether `outer` holds on every real path where `inner` does. */
function covers(analysis: Analysis, outer: MaskCondition, inner: MaskCondition): boolean {
  let escapes = false;
  sweep({
    domain: analysis.domain,
    rules: [outer],
    guard: inner,
    budget: analysis.budget,
    onLeaf: (leaf) => {
      escapes = leaf.kind === 'gap' && firstConsistent(analysis.domain, leaf.region, analysis.budget) !== null;
      return escapes;
    },
  });
  return !escapes;
}

function questionFindings(analysis: Analysis, locations: ModelLocations, coverage: Coverage): Finding[] {
  const { model, domain } = analysis;
  return model.questions.flatMap((question, q): Finding[] => {
    if (coverage.asked[q]) return [];
    const at = locations.questions[question.id] ?? { file: 'rules/questions.yaml', line: 1, column: 1 };
    const askWhen = domain.askWhen[q];
    const where = askWhen
      ? regionWhere(analysis, askWhen)
      : (coverage.fired.values().next().value ?? coverage.gapPaths[0]);
    if (askWhen && !where) {
      return [
        finding(
          at,
          'error',
          'ask-when-never-holds',
          `the ask-when of question "${question.id}" can never hold on any path, so it is never asked`,
          { fix: 'check its options, and whether the questions it names are themselves asked on those paths' },
        ),
      ];
    }
    const outcome = where ? walkRegion(domain, coverage.rules, where) : null;
    const decided = outcome ? model.rules[outcome.rule]?.id : undefined;
    const shown = where ? pathText(analysis, coverage.rules, where) : '';
    return [
      finding(
        at,
        'error',
        'question-never-asked',
        `question "${question.id}" is never asked: every path is decided before it${decided ? `; for example "${shown}" is decided by rule "${decided}"` : ''}`,
        { example: shown, fix: 'move it earlier, narrow the rules that decide first, or remove it' },
      ),
    ];
  });
}
