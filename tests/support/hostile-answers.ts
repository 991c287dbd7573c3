/**
 * Answers text and answers objects as a careless, curious or hostile person
 * might make them: unknown ids, repeated keys, huge strings, %-encoded junk,
 * answers out of order. For the property tests and the browser's share links.
 */
import fc from 'fast-check';
import type { Answers } from '../../src/engine/answers.ts';
import type { TriageModel } from '../../src/rules/model.ts';

/** Names a prototype-polluting or careless key might use. */
const TRAPS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', ' ', '=', '&', ','];

/** A question id: a real one most of the time, else a trap or junk. */
export function questionIdArb(model: TriageModel): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...model.questions.map((q) => q.id)) },
    { weight: 1, arbitrary: fc.constantFrom(...TRAPS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
}

/** An option id: one of any question's, or a trap or junk. */
export function optionIdArb(model: TriageModel): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...model.questions.flatMap((q) => q.options.map((o) => o.id))) },
    { weight: 1, arbitrary: fc.constantFrom(...TRAPS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
}

/**
 * Text of any code points, surrogate halves aside: what fast-check's `unit: 'binary'` makes, without its
 * set-up. The first string of that unit maps the whole of Unicode, about a second and a half, so that
 * words such as "__proto__" can be slipped into the text (TRAPS above does that anyway); every run of
 * a file under mutation testing, and every test file in `npm test`, would pay it.
 */
const anyCodePoint = fc
  .integer({ min: 0, max: 0x10ffff - 0x800 })
  .map((n) => String.fromCodePoint(n < 0xd800 ? n : n + 0x800));

export function anyText(constraints: Omit<fc.StringConstraints, 'unit'> = {}): fc.Arbitrary<string> {
  return fc.string({ ...constraints, unit: anyCodePoint });
}

/** Some text %-encoded, half-encoded or with a broken escape. */
const encodedJunkArb = fc.oneof(
  anyText({ maxLength: 30 }).map(encodeURIComponent),
  anyText({ maxLength: 30 }),
  fc.constantFrom('%', '%E0%A4%A', '%zz', '%00', '%2526', '%C0%AF', '%uD800', '%EF%BB%BF', '+', '\u0000', '\uFFFF'),
);

/** Answers text: pairs of likely ids in any order, repeats and junk, sometimes huge. */
export function answersTextArb(model: TriageModel): fc.Arbitrary<string> {
  const pair = fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .tuple(questionIdArb(model), fc.array(optionIdArb(model), { maxLength: 4 }))
        .map(([q, o]) => `${q}=${o.join(',')}`),
    },
    { weight: 1, arbitrary: questionIdArb(model) },
    { weight: 1, arbitrary: fc.tuple(encodedJunkArb, encodedJunkArb).map(([k, v]) => `${k}=${v}`) },
  );
  return fc.oneof(
    { weight: 8, arbitrary: fc.array(pair, { maxLength: 12 }).map((pairs) => pairs.join('&')) },
    { weight: 1, arbitrary: fc.array(pair, { maxLength: 12 }).map((pairs) => `?${pairs.join('&')}`) },
    { weight: 1, arbitrary: anyText({ minLength: 3000, maxLength: 6000 }) },
    { weight: 1, arbitrary: encodedJunkArb },
  );
}

/** Valid answers to any questions, in any order (not necessarily on one path). */
export function validAnswersArb(model: TriageModel): fc.Arbitrary<Answers> {
  const answerArb = (q: TriageModel['questions'][number]) => {
    const exclusive = q.options.filter((o) => o.exclusive).map((o) => [o.id]);
    const others = q.options.filter((o) => !o.exclusive).map((o) => o.id);
    if (q.type === 'single') return fc.constantFrom(...others.map((id) => [id]));
    return fc.oneof(
      fc.constantFrom(...exclusive),
      fc.subarray(others, { minLength: 1 }).map((ids) => [...ids]),
    );
  };
  return fc.record(Object.fromEntries(model.questions.map((q) => [q.id, answerArb(q)])), {
    requiredKeys: [],
  }) as fc.Arbitrary<Answers>;
}

/** An answers object nobody should build: unknown keys, wrong options, empty or odd arrays. */
export function hostileAnswersArb(model: TriageModel): fc.Arbitrary<Answers> {
  return fc
    .array(fc.tuple(questionIdArb(model), fc.array(optionIdArb(model), { maxLength: 5 })), { maxLength: 12 })
    .map((entries) => {
      const answers: Record<string, readonly string[]> = {};
      // defineProperty so a "__proto__" key is an own key, as JSON.parse would make it.
      for (const [q, o] of entries)
        Object.defineProperty(answers, q, { value: o, enumerable: true, writable: true, configurable: true });
      return answers;
    });
}
