/**
 * Small random triage models for property tests: a few single and
 * multi-select questions, some asked only when earlier answers say so, and a
 * handful of rules over them.
 */
import fc from 'fast-check';
import { EMPTY_START_PAGE, SYNTHETIC_VERSION, syntheticLocations } from '../../scripts/synthetic-rules.ts';
import type { Atom, Condition, ModelLocations, Question, Rule, TriageModel } from '../../src/rules/model.ts';

const DISPOSITIONS = ['red', 'amber', 'green'];

interface Shape {
  readonly multi: boolean;
  readonly options: number;
}

const shape = fc.record({ multi: fc.boolean(), options: fc.integer({ min: 2, max: 4 }) });

function optionIds(q: number, s: Shape): string[] {
  const ids = Array.from({ length: s.options }, (_, o) => `q${q}o${o}`);
  return s.multi ? [...ids.slice(0, -1), `q${q}none`] : ids;
}

/** A condition over questions `0..limit-1`, built from random numbers. */
function condition(shapes: readonly Shape[], limit: number, maxClauses: number) {
  const atom = fc
    .record({ q: fc.nat({ max: limit - 1 }), pick: fc.integer({ min: 1, max: 15 }) })
    .map(({ q, pick }): Atom => {
      const ids = optionIds(q, shapes[q] as Shape);
      const chosen = ids.filter((_, i) => pick & (1 << i));
      return { question: `q${q}`, options: chosen.length > 0 ? chosen : [ids[0] as string] };
    });
  const clause = fc
    .array(atom, { minLength: 1, maxLength: 2 })
    .map((atoms) => [...new Map(atoms.map((a) => [a.question, a])).values()]);
  return fc.array(clause, { minLength: 1, maxLength: maxClauses }).map((anyOf): Condition => ({ anyOf }));
}

/** A random model of 2 to 4 questions and 1 to 7 rules. */
export const randomModel: fc.Arbitrary<TriageModel> = fc
  .array(shape, { minLength: 2, maxLength: 4 })
  .chain((shapes) =>
    fc.record({
      shapes: fc.constant(shapes),
      askWhen: fc.tuple(
        ...shapes.map((_, q) => (q === 0 ? fc.constant(null) : fc.option(condition(shapes, q, 2), { freq: 2 }))),
      ),
      rules: fc.array(fc.record({ when: condition(shapes, shapes.length, 2), to: fc.nat({ max: 2 }) }), {
        minLength: 1,
        maxLength: 7,
      }),
    }),
  )
  .map(({ shapes, askWhen, rules }): TriageModel => {
    const questions = shapes.map(
      (s, q): Question => ({
        id: `q${q}`,
        type: s.multi ? 'multi' : 'single',
        text: `Question ${q}`,
        options: optionIds(q, s).map((id) => ({ id, label: id, exclusive: id.endsWith('none') })),
        askWhen: askWhen[q] ?? null,
      }),
    );
    return {
      questions,
      dispositions: DISPOSITIONS.map((id) => ({ id, careCard: 'self-care', title: id, summary: id })),
      rules: rules.map(
        (r, i): Rule => ({
          id: `r${i}`,
          when: r.when,
          disposition: DISPOSITIONS[r.to] as string,
          guidance: 'a',
          related: [],
          reason: 'because',
        }),
      ),
      regions: [],
      startPage: EMPTY_START_PAGE,
      version: SYNTHETIC_VERSION,
    };
  });

/** Made-up locations, one line per item, so findings can be traced back. */
export function fakeLocations(model: TriageModel): ModelLocations {
  return syntheticLocations(model, 'rules');
}
