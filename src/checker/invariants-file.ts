/**
 * Reads `rules/invariants.yaml`, the safety promises the checker proves:
 * validated by its schema, every question, option and disposition checked.
 */
import { resolveCondition } from '../rules/condition.ts';
import type { Condition, SourceLocation, TriageModel } from '../rules/model.ts';
import { type InvariantsFile, invariantsFile } from '../rules/schema.ts';
import { schemaErrors } from '../rules/schema-errors.ts';
import { parseYamlSource, type RuleError } from '../rules/yaml-source.ts';

export const INVARIANTS_FILE = 'invariants.yaml';

/** One promise: every path where `when` holds reaches one of `dispositions`. */
export interface Invariant {
  readonly id: string;
  readonly when: Condition;
  /** The dispositions that keep the promise: those named, or for "at least", that one and every one above it. */
  readonly dispositions: readonly string[];
  /** What the promise asks, in words: `"urgent"`, or `at least "urgent"`. */
  readonly leadsTo?: string;
  readonly reason: string;
  readonly location: SourceLocation;
}

export type InvariantsResult =
  | { readonly ok: true; readonly invariants: readonly Invariant[] }
  | { readonly ok: false; readonly errors: readonly RuleError[] };

/** Compiles the invariants file against a compiled model; no file means no promises. */
export function compileInvariants(
  files: ReadonlyMap<string, string>,
  model: TriageModel,
  dir = 'rules',
): InvariantsResult {
  const text = files.get(INVARIANTS_FILE);
  if (text === undefined) return { ok: true, invariants: [] };
  const source = parseYamlSource(`${dir}/${INVARIANTS_FILE}`, text);
  if (source.syntaxErrors.length > 0) return { ok: false, errors: source.syntaxErrors };
  const parsed = invariantsFile.safeParse(source.data ?? {});
  if (!parsed.success) {
    return { ok: false, errors: schemaErrors(source, invariantsFile, parsed.error.issues) };
  }
  const errors: RuleError[] = [];
  const dispositionIds = model.dispositions.map((d) => d.id);
  const scope = { allowed: model.questions, known: new Set(model.questions.map((q) => q.id)) };
  const invariants = parsed.data.invariants.map((inv: InvariantsFile['invariants'][number], i): Invariant => {
    const atLeast = inv['leads-to-at-least'];
    const exact = inv['leads-to'] ?? [];
    const named = atLeast === undefined ? (typeof exact === 'string' ? [exact] : exact) : [atLeast];
    named.forEach((d, di) => {
      if (dispositionIds.includes(d)) return;
      const field = atLeast === undefined ? 'leads-to' : 'leads-to-at-least';
      // The item of a list; a single value, with nothing to index, is located itself.
      const at = source.locate(['invariants', i, field, di]);
      errors.push({
        ...at,
        message: `invariant "${inv.id}" names disposition "${d}", which does not exist; dispositions are ${dispositionIds.join(', ')}`,
      });
    });
    // Dispositions are listed most urgent first, so "at least" is the named one and every one above it.
    const dispositions =
      atLeast === undefined ? named : dispositionIds.slice(0, Math.max(0, dispositionIds.indexOf(atLeast) + 1));
    const leadsTo =
      atLeast === undefined
        ? named.map((d) => `"${d}"`).join(' or ')
        : `at least "${atLeast}" (${dispositions.join(', ')})`;
    const when = resolveCondition(source, ['invariants', i, 'when'], inv.when, `invariant "${inv.id}"`, scope, errors);
    return {
      id: inv.id,
      when,
      dispositions,
      leadsTo,
      reason: inv.reason,
      location: source.locate(['invariants', i, 'id']),
    };
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, invariants };
}
