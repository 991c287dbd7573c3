/**
 * The pieces every rules file shares: ids, text and the conditions that
 * routing rules, `ask-when` and invariants are written in.
 */
import { z } from 'zod';

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** An id: lower-case letters and digits in words joined by single hyphens. */
export const id = z
  .string()
  .regex(ID_PATTERN, {
    error: 'ids use lower-case letters and digits joined by hyphens, like "pain-at-night"',
  })
  .describe('An id: lower-case letters and digits, words joined by hyphens. Ids are a public contract.');

/** Text a person reads: never empty. */
export const text = z.string().trim().min(1, { error: 'this text cannot be empty' });

/** One id, or a list of one or more. */
export const oneOrMore = z.union([id, z.array(id).min(1)]);

/** Which options of one question match: the listed ones, or every one but those listed. */
export const optionMatch = z
  .union([oneOrMore, z.strictObject({ not: oneOrMore })])
  .describe(
    'The options that match: one option id, a list (any of them), or { not: ... } for every option but those. A multi-select answer matches when it includes any matching option.',
  );

/** Every question named must match (all of them). */
export const clause = z
  .record(id, optionMatch)
  .refine((c) => Object.keys(c).length > 0, { error: 'a condition must name at least one question' })
  .describe('Every question named must match its options.');

/** A condition: one clause, or `any-of` a list of clauses. */
export const condition = z
  .union([z.strictObject({ 'any-of': z.array(clause).min(2) }), clause])
  .describe(
    'A condition: a map of question id to matching options (all must match), or { any-of: [...] } where one must.',
  );
