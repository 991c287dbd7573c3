/**
 * The engine walked over every distinct answer path of the shipped model,
 * and every emergency and warning sign combination checked exhaustively.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInvariants } from '../../src/checker/invariants-file.ts';
import type { Answers } from '../../src/engine/answers.ts';
import { decide, step, walk } from '../../src/engine/decide.ts';
import { Evaluator } from '../../src/engine/truth.ts';
import type { Condition, TriageModel } from '../../src/rules/model.ts';
import { model, answers as parse } from '../support/model.ts';
import { sampled } from '../support/mutation.ts';
import { type AnswerPath, allPaths } from '../support/paths.ts';
import { shippedFiles } from '../support/rule-files.ts';

// Walked before the tests rather than as the file loads, so that mutation testing walks them with its mutant on.
let paths: AnswerPath[] = [];
/** All the paths, or a sample of them under mutation testing, for the checks that walk each one. */
let checked: AnswerPath[] = [];
beforeAll(() => {
  paths = allPaths(model);
  checked = sampled(paths);
});

function shippedInvariants() {
  const result = compileInvariants(shippedFiles, model);
  if (!result.ok) throw new Error(`the shipped invariants are invalid: ${JSON.stringify(result.errors)}`);
  return result.invariants;
}

/** Every non-empty set of the options of a multi-select question, but its exclusive one. */
function signSets(questionId: string): string[][] {
  const question = model.questions.find((q) => q.id === questionId);
  const signs = question?.options.filter((o) => !o.exclusive).map((o) => o.id) ?? [];
  const sets: string[][] = [];
  for (let mask = 1; mask < 1 << signs.length; mask++) sets.push(signs.filter((_, i) => mask & (1 << i)));
  return sets;
}

/**
 * The plain two-valued reading of the rules over complete answers: the first
 * rule whose condition holds, a question not answered counting as no match.
 */
function firstHit(m: TriageModel, answers: Answers): string | undefined {
  return m.rules.find((rule) => holds(rule.when, answers))?.id;
}

function holds(condition: Condition, answers: Answers): boolean {
  return condition.anyOf.some((clause) =>
    clause.every((atom) => (answers[atom.question] ?? []).some((o) => atom.options.includes(o))),
  );
}

/** Answers every question the path did not reach, so the full table can be read. */
function complete(m: TriageModel, answers: Answers, pick: (n: number) => number): Answers {
  const full: Record<string, readonly string[]> = { ...answers };
  for (const question of m.questions) {
    if (full[question.id]) continue;
    if (question.askWhen && !holds(question.askWhen, full)) continue;
    full[question.id] = [question.options[pick(question.options.length)]?.id ?? ''];
  }
  return full;
}

// Exhaustive over 10,484 paths: seconds of work, more on a busy two-core machine.
describe('every answer path of the model', { timeout: 60_000 }, () => {
  it('has the 10,484 distinct paths the spec counts', () => {
    expect(paths).toHaveLength(10484);
  });

  it('names as the deciding answers a whole clause of the rule, each answer with the options that matched', () => {
    for (const path of checked) {
      if (path.end.kind !== 'decided') continue;
      const { rule, because } = path.end;
      const clause = rule.when.anyOf.find(
        (atoms) => atoms.length === because.length && atoms.every((atom, i) => atom.question === because[i]?.question),
      );
      expect(clause, `${rule.id} on ${path.asked.join(',')}`).toBeDefined();
      for (const [i, atom] of (clause ?? []).entries()) {
        const given = path.answers[atom.question] ?? [];
        expect(because[i]?.options).toEqual(given.filter((option) => atom.options.includes(option)));
        expect(because[i]?.options.length, `${rule.id}: ${atom.question}`).toBeGreaterThan(0);
      }
    }
  });

  it('keeps every safety invariant on every path, whatever the questions not asked would have been', () => {
    const invariants = shippedInvariants();
    expect(invariants).toHaveLength(12);
    const broken: string[] = [];
    for (const path of paths) {
      if (path.end.kind !== 'decided') continue;
      // Undecided counts as applying: a question the path never reached might have matched.
      const evaluator = new Evaluator(model, path.answers);
      for (const invariant of invariants) {
        const applies = evaluator.condition(invariant.when) !== false;
        if (applies && !invariant.dispositions.includes(path.end.rule.disposition)) {
          broken.push(`${invariant.id}: ${JSON.stringify(path.answers)} → ${path.end.rule.id}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('applies every invariant on some path, so none is vacuous', () => {
    const invariants = shippedInvariants();
    const applied = invariants.filter((invariant) =>
      paths.some((path) => new Evaluator(model, path.answers).condition(invariant.when) === true),
    );
    expect(applied.map((i) => i.id)).toEqual(invariants.map((i) => i.id));
  });

  it('gives the published examples what the spec says', () => {
    const examples = [
      { text: 'emergency-signs=bladder-bowel', rule: 'emergency-sign', guidance: 'emergency-care', asked: 1 },
      {
        text: 'emergency-signs=none&warning-signs=none&age=20-to-49&location=thighs&leg-symptoms=no&onset=after-training&feeling=dull-ache&duration=under-3-days&prior-injury=no&impact=mild',
        rule: 'muscle-soreness',
        guidance: 'expected-soreness',
        asked: 10,
      },
      {
        text: 'emergency-signs=none&warning-signs=none&age=20-to-49&location=lower-back-middle&leg-symptoms=yes',
        rule: 'nerve-symptoms',
        guidance: 'see-a-professional',
        asked: 5,
      },
    ];
    const dispositions = ['emergency', 'self-care', 'see-professional'];
    examples.forEach(({ text, rule, guidance, asked }, i) => {
      const path = walk(model, parse(text));
      expect(path.step).toMatchObject({ kind: 'decided', rule: { id: rule, guidance, disposition: dispositions[i] } });
      expect(path.asked).toHaveLength(asked);
    });
  });

  it('ends every path in exactly one result, never in a gap', () => {
    const gaps = paths.filter((p) => p.end.kind !== 'decided');
    expect(gaps).toEqual([]);
  });

  it('reaches every rule on some path', () => {
    const reached = new Set(paths.map((p) => (p.end.kind === 'decided' ? p.end.rule.id : '')));
    expect([...reached].sort()).toEqual(model.rules.map((r) => r.id).sort());
  });

  it('asks no question after the result is decided', () => {
    for (const path of checked) {
      for (let n = 0; n < path.asked.length; n++) {
        const prefix = Object.fromEntries(path.asked.slice(0, n).map((q) => [q, path.answers[q] ?? []]));
        expect(step(model, prefix).kind, `${path.asked.slice(0, n).join(',')} is already decided`).toBe('ask');
      }
    }
  });

  it('agrees with the plain first-hit table once every remaining question is answered', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (const path of checked) {
      const decided = path.end.kind === 'decided' ? path.end.rule.id : undefined;
      expect(
        firstHit(
          model,
          complete(model, path.answers, () => 0),
        ),
      ).toBe(decided);
      expect(firstHit(model, complete(model, path.answers, random))).toBe(decided);
    }
  });

  it('ends every path through an emergency sign in emergency, after that one question', () => {
    const emergencyPaths = paths.filter((p) => !(p.answers['emergency-signs'] ?? []).includes('none'));
    expect(emergencyPaths).toHaveLength(11);
    for (const path of emergencyPaths) {
      expect(path.end).toMatchObject({ kind: 'decided', rule: { disposition: 'emergency' } });
      expect(path.asked).toEqual(['emergency-signs']);
    }
  });

  it('leads every combination of emergency signs to emergency, whatever else is answered', () => {
    const rest = paths.map((p) => p.answers);
    const sets = signSets('emergency-signs');
    expect(sets).toHaveLength(2047);
    for (const signs of sets) {
      for (const others of [rest[0], rest[rest.length - 1], rest[5000]]) {
        const result = walk(model, { ...others, 'emergency-signs': signs });
        expect(result.step).toMatchObject({ kind: 'decided', rule: { disposition: 'emergency' } });
        expect(result.asked).toEqual(['emergency-signs']);
      }
    }
  });

  it('leads every combination of warning signs without an emergency sign to urgent', () => {
    const sets = signSets('warning-signs');
    expect(sets).toHaveLength(4095);
    for (const signs of sets) {
      expect(decide(model, { 'emergency-signs': ['none'], 'warning-signs': signs })?.rule.disposition).toBe('urgent');
    }
  });
});
