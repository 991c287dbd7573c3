/**
 * Resolves a condition as written in YAML (`question: option`, a list of
 * options, `not:`, `any-of:`) into the compiled form, for rules, ask-whens
 * and the checker's invariants alike, with every error at its line and column.
 */
import type { Atom, Condition, Question } from './model.ts';
import type { ConditionSource } from './schema.ts';
import type { PathSegment, RuleError, YamlSource } from './yaml-source.ts';

/** Which questions a condition may name. */
export interface ConditionScope {
  /** The questions it may name: all of them for a rule or an invariant, only earlier ones for an ask-when. */
  readonly allowed: readonly Question[];
  /** Every question id in the rules, to tell one asked too late from one that does not exist. */
  readonly known: ReadonlySet<string>;
}

type Match = string | readonly string[] | { readonly not: string | readonly string[] };

/**
 * The condition at `path` of `source`, its questions and options checked;
 * `owner` names what it belongs to in messages (`rule "x"`). Errors are pushed onto `errors`.
 */
export function resolveCondition(
  source: YamlSource,
  path: readonly PathSegment[],
  condition: ConditionSource,
  owner: string,
  scope: ConditionScope,
  errors: RuleError[],
): Condition {
  const isAnyOf = 'any-of' in condition;
  const clauses = (isAnyOf ? condition['any-of'] : [condition]) as Record<string, Match>[];
  const error = (at: readonly PathSegment[], message: string, options: { key?: boolean } = {}) =>
    errors.push({ ...source.locate(at, options), message });
  return {
    anyOf: clauses.map((clause, ci) =>
      Object.entries(clause).flatMap(([questionId, match]): Atom[] => {
        const at = isAnyOf ? [...path, 'any-of', ci, questionId] : [...path, questionId];
        const question = scope.allowed.find((q) => q.id === questionId);
        if (!question) {
          const names = scope.allowed.map((q) => q.id).join(', ') || '(there are none)';
          error(
            at,
            scope.known.has(questionId)
              ? `${owner} names question "${questionId}", which is not asked before it; an ask-when can only name earlier questions: ${names}`
              : `${owner} names question "${questionId}", which does not exist; questions are ${names}`,
            { key: true },
          );
          return [];
        }
        const negated = typeof match === 'object' && !Array.isArray(match);
        const written = negated ? (match as { readonly not: string | readonly string[] }).not : match;
        const listed: readonly string[] = typeof written === 'string' ? [written] : (written as readonly string[]);
        const optionIds = question.options.map((o) => o.id);
        let unknown = false;
        listed.forEach((optionId, i) => {
          if (optionIds.includes(optionId)) return;
          unknown = true;
          error(
            [...at, ...(negated ? ['not'] : []), ...(Array.isArray(written) ? [i] : [])],
            `${owner} names option "${optionId}" of question "${questionId}"; options are ${optionIds.join(', ')}`,
          );
        });
        const options = optionIds.filter((o) => listed.includes(o) !== negated);
        if (options.length === 0 && !unknown) {
          error(at, `${owner} excludes every option of question "${questionId}", so it can never hold`);
        }
        return [{ question: questionId, options }];
      }),
    ),
  };
}
