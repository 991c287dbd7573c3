/**
 * The answer space the checker sweeps, made categorical: each question gets a
 * short list of answer values, and each condition becomes bit masks over them.
 *
 * A single-choice question's values are its options. A multi-select answer is
 * a set, and "includes any of" over sets is not a per-option test, so its
 * values are: the exclusive option alone, or any non-empty set of option
 * groups, where a group is options that every condition in the model treats
 * alike. An atom then holds for a value exactly when the value takes a group
 * inside the atom's options, so the values decide every atom as the real
 * answer sets would, with far fewer of them.
 */
import type { Condition, Question, TriageModel } from '../rules/model.ts';

/** Component masks are 31-bit numbers: the answer values, plus one bit for "not asked". */
export const MAX_VALUES = 30;

export interface QuestionDomain {
  readonly question: Question;
  /** For each value, the options of a representative answer. */
  readonly values: readonly (readonly string[])[];
  /** Mask of every answer value (not "not asked"). */
  readonly answered: number;
  /** The bit meaning "this question is not asked on the path". */
  readonly notAsked: number;
}

/** One atom: the question's index and the values for which it holds. */
export interface MaskAtom {
  readonly q: number;
  readonly mask: number;
}

/** A condition over value masks, in disjunctive form; no two atoms of a clause name one question. */
export type MaskCondition = readonly (readonly MaskAtom[])[];

export interface Domain {
  readonly questions: readonly QuestionDomain[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Each question's ask-when as masks, or null when always asked. */
  readonly askWhen: readonly (MaskCondition | null)[];
  /** Questions whose answer space is too large for the masks (the checker says so). */
  readonly tooLarge: readonly string[];
}

/** The option sets the model's conditions name for one question, each under a key that ignores their order. */
type OptionSets = Map<number | string, readonly string[]>;

/** Builds the categorical answer space for a model. */
export function buildDomain(model: TriageModel): Domain {
  const indexOf = new Map(model.questions.map((q, i) => [q.id, i]));
  const optionSets = model.questions.map((): OptionSets => new Map());
  // Each option set is keyed by a bit per option where the options are few and known, so
  // thousands of rules do not each build and sort a string.
  const optionBits = model.questions.map((q) => new Map(q.options.map((o, b) => [o.id, 1 << b])));
  const keyOf = (i: number, options: readonly string[]): number | string => {
    const bits = optionBits[i] as Map<string, number>;
    let key = 0;
    for (const option of options) {
      const bit = bits.get(option);
      if (bit === undefined || bits.size > 30) return [...options].sort().join('\0');
      key |= bit;
    }
    return key;
  };
  const note = (condition: Condition | null) => {
    if (!condition) return;
    for (const clause of condition.anyOf) {
      for (const atom of clause) {
        const i = indexOf.get(atom.question);
        if (i !== undefined) (optionSets[i] as OptionSets).set(keyOf(i, atom.options), atom.options);
      }
    }
  };
  for (const q of model.questions) note(q.askWhen);
  for (const r of model.rules) note(r.when);

  const tooLarge: string[] = [];
  const questions = model.questions.map((question, i): QuestionDomain => {
    const values =
      question.type === 'multi' ? multiValues(question, [...(optionSets[i] as OptionSets).values()]) : null;
    const list = values ?? question.options.map((o) => [o.id]);
    if (list.length > MAX_VALUES) {
      tooLarge.push(question.id);
      return { question, values: list.slice(0, MAX_VALUES), answered: bits(MAX_VALUES), notAsked: 1 << MAX_VALUES };
    }
    return { question, values: list, answered: bits(list.length), notAsked: 1 << list.length };
  });
  const domain = { questions, indexOf, askWhen: [] as (MaskCondition | null)[], tooLarge };
  domain.askWhen = model.questions.map((q) => (q.askWhen ? toMasks(domain, q.askWhen) : null));
  return domain;
}

/** The mask of the first n values (n is at most MAX_VALUES). */
function bits(n: number): number {
  return (1 << n) - 1;
}

/** The values of a multi-select question: the exclusive option alone, then each non-empty set of groups. */
function multiValues(question: Question, optionSets: readonly (readonly string[])[]): string[][] {
  const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.id);
  const others = question.options.filter((o) => !o.exclusive).map((o) => o.id);
  const groups = new Map<string, string[]>();
  for (const option of others) {
    const signature = optionSets.map((set) => (set.includes(option) ? '1' : '0')).join('');
    groups.set(signature, [...(groups.get(signature) ?? []), option]);
  }
  const firsts = [...groups.values()].map((g) => g[0] as string);
  if (firsts.length > 20) return new Array(MAX_VALUES + 1).fill([]);
  const values: string[][] = exclusive.map((id) => [id]);
  for (let set = 1; set < 1 << firsts.length; set++) values.push(firsts.filter((_, g) => set & (1 << g)));
  return values;
}

/** For each question, the values each option belongs to; built once a domain, so a mask costs one lookup an option. */
const optionMasks = new WeakMap<readonly QuestionDomain[], readonly ReadonlyMap<string, number>[]>();

function valuesOf(questions: readonly QuestionDomain[]): readonly ReadonlyMap<string, number>[] {
  let known = optionMasks.get(questions);
  if (!known) {
    known = questions.map((d) => {
      const masks = new Map<string, number>();
      d.values.forEach((value, v) => {
        for (const option of value) masks.set(option, (masks.get(option) ?? 0) | (1 << v));
      });
      return masks;
    });
    optionMasks.set(questions, known);
  }
  return known;
}

/** A model condition as masks; atoms naming unknown questions are dropped (the compiler reports them). */
export function toMasks(domain: Pick<Domain, 'questions' | 'indexOf'>, condition: Condition): MaskCondition {
  const masks = valuesOf(domain.questions);
  const result: MaskAtom[][] = [];
  for (const clause of condition.anyOf) {
    const atoms: MaskAtom[] = [];
    for (const atom of clause) {
      const q = domain.indexOf.get(atom.question);
      if (q === undefined) continue;
      const byOption = masks[q] as ReadonlyMap<string, number>;
      let mask = 0;
      for (const option of atom.options) mask |= byOption.get(option) ?? 0;
      atoms.push({ q, mask });
    }
    result.push(atoms);
  }
  return result;
}

/** Both conditions at once: each pair of clauses joined, with empty ones dropped. */
export function conjoin(a: MaskCondition, b: MaskCondition): MaskCondition {
  const result: MaskAtom[][] = [];
  for (const left of a) {
    for (const right of b) {
      const merged = new Map<number, number>();
      for (const atom of [...left, ...right]) merged.set(atom.q, (merged.get(atom.q) ?? -1) & atom.mask);
      if ([...merged.values()].every((mask) => mask !== 0)) {
        result.push([...merged].map(([q, mask]) => ({ q, mask })));
      }
    }
  }
  return result;
}

/**
 * A test of which conditions can hold on one path together with `condition`:
 * some pair of clauses agrees on every question both name.
 */
export function compatibleWith(condition: MaskCondition, questions: number): (other: MaskCondition) => boolean {
  // Each clause as a mask per question (all bits where it names none), so a test is one lookup per atom.
  const clauses = condition.map((clause) => {
    const masks = new Int32Array(questions).fill(-1);
    for (const atom of clause) masks[atom.q] = (masks[atom.q] as number) & atom.mask;
    return masks;
  });
  return (other) =>
    other.some((clause) =>
      clauses.some((masks) => clause.every((atom) => ((masks[atom.q] as number) & atom.mask) !== 0)),
    );
}
