/**
 * The format of the files in `rules/`: the single source of truth for their
 * TypeScript types, the JSON Schemas editors use, and validation.
 */
import { z } from 'zod';

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** An id: lower-case letters and digits in words joined by single hyphens. */
export const id = z
  .string()
  .regex(ID_PATTERN, {
    error: 'ids use lower-case letters and digits joined by hyphens, like "lower-back-middle"',
  })
  .describe('An id: lower-case letters and digits, words joined by hyphens. Ids are a public contract.');

const text = z.string().trim().min(1, { error: 'this text cannot be empty' });

const oneOrMore = z.union([id, z.array(id).min(1)]);

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

export const option = z.strictObject({
  id,
  label: text.describe('What the person sees beside the radio or checkbox.'),
  hint: text.optional().describe('A line of help under the label.'),
  exclusive: z
    .literal(true)
    .optional()
    .describe(
      'The "No, I do not have any of these" option of a multi-select question: it cannot be combined with another.',
    ),
});

export const question = z.strictObject({
  id,
  type: z.enum(['single', 'multi']).describe('single: radios, one answer. multi: checkboxes, one or more.'),
  text: text.describe('The question, shown as the page heading.'),
  hint: text.optional().describe('Help shown under the question.'),
  'ask-when': condition
    .optional()
    .describe('Ask this question only when this holds; it may name only questions asked before it.'),
  options: z.array(option).min(2, { error: 'a question needs at least two options' }),
});

export const questionsFile = z.strictObject({
  questions: z.array(question).min(1).describe('The questions, in the order they are asked.'),
});

export const careCard = z.enum(['emergency', 'urgent', 'non-urgent', 'self-care']);

export const disposition = z.strictObject({
  id,
  'care-card': careCard.describe('The NHS care card style the result is shown in.'),
  title: text.describe('What the person should do, as the result heading.'),
  summary: text.describe('One or two sentences under the heading.'),
});

export const dispositionsFile = z.strictObject({
  dispositions: z.array(disposition).min(1).describe('Most urgent first.'),
});

export const rule = z.strictObject({
  id,
  when: condition.describe('When this rule applies.'),
  disposition: id.describe('A disposition id from dispositions.yaml.'),
  guidance: id.describe('The primary guidance article: a file name in guidance/ without .yaml.'),
  related: z.array(id).optional().describe('Further guidance articles shown below the primary one.'),
  reason: text.describe('One line in plain words, shown under "Why we suggest this".'),
});

export const routingFile = z.strictObject({
  rules: z.array(rule).min(1).describe('First hit: the first rule that holds decides the result.'),
});

export const picture = z.strictObject({
  file: id.describe('A drawing in public/pictures/, named without .svg.'),
  alt: text.describe('What the picture shows, for people who cannot see it.'),
});

export const guidanceSection = z.strictObject({
  heading: text.describe('A short heading, such as the name of an exercise.'),
  intro: text.optional().describe('A sentence or two before the steps.'),
  picture: picture.optional(),
  steps: z.array(text).min(1).optional().describe('What to do, in order: shown as a numbered list.'),
  dose: text.optional().describe('How long to hold, how many times, how often.'),
  caution: text.optional().describe('Who should not do this, or when to stop.'),
});

export const source = z.strictObject({
  name: text.describe('Who published it, such as "NHS".'),
  title: text.describe('The title of the page or guideline. No links: they can track people.'),
});

export const guidanceFile = z.strictObject({
  title: text,
  summary: text.describe('One paragraph.'),
  sections: z.array(guidanceSection).optional().describe('What to do, in parts.'),
  recovery: text.optional().describe('How long it should take to get better.'),
  'get-help': z.array(text).min(1).optional().describe('Signs that mean getting help sooner.'),
  sources: z.array(source).min(1).optional().describe('Where the facts come from.'),
});

export type OptionMatchSource = z.infer<typeof optionMatch>;
export type ClauseSource = z.infer<typeof clause>;
export type ConditionSource = z.infer<typeof condition>;
export type QuestionsFile = z.infer<typeof questionsFile>;
export type DispositionsFile = z.infer<typeof dispositionsFile>;
export type RoutingFile = z.infer<typeof routingFile>;
export type GuidanceFile = z.infer<typeof guidanceFile>;
export type CareCard = z.infer<typeof careCard>;

/** Each rules file with its schema, by path inside `rules/`. */
export const ruleFiles = {
  'questions.yaml': questionsFile,
  'dispositions.yaml': dispositionsFile,
  'routing.yaml': routingFile,
} as const;

export type RuleFileName = keyof typeof ruleFiles;

/** A safety promise about the routing, proved by the rules checker over every path. */
export const invariant = z.strictObject({
  id,
  when: condition.describe(
    'The answers the promise is about, read like a rule: a question not asked on the path does not match.',
  ),
  'leads-to': oneOrMore.describe('The dispositions every such path must reach (one of them).'),
  reason: text.describe('Why this must hold, for the author who breaks it.'),
});

export const invariantsFile = z.strictObject({
  invariants: z.array(invariant).min(1).describe('Promises the routing must keep, whatever else changes.'),
});

export type InvariantsFile = z.infer<typeof invariantsFile>;
