/**
 * The files that decide a result: the questions (questions.yaml), the
 * dispositions (dispositions.yaml), the routing table (routing.yaml) and
 * the safety promises the checker proves (invariants.yaml).
 */
import { z } from 'zod';
import { condition, id, oneOrMore, text } from './schema-conditions.ts';

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
  error: text
    .optional()
    .describe('What to do when Continue is pressed with no answer, like "Select where you feel it most".'),
  'ask-when': condition
    .optional()
    .describe('Ask this question only when this holds; it may name only questions asked before it.'),
  options: z.array(option).min(2, { error: 'a question needs at least two options' }),
});

export const questionsFile = z.strictObject({
  questions: z.array(question).min(1).describe('The questions, in the order they are asked.'),
});

export const careCard = z.enum(['emergency', 'urgent', 'non-urgent', 'self-care']);

/** Shown right under the care card: a few short dos and don'ts. */
export const whatToDoNow = z
  .strictObject({
    do: z.array(text).min(1).describe('What to do now, most important first: one short line each.'),
    'do-not': z.array(text).optional().describe('What not to do, each starting "Do not".'),
  })
  .refine((list) => list.do.length + (list['do-not']?.length ?? 0) <= 6, {
    error: 'keep "what to do now" to 6 lines or fewer in all, so it can be read at a glance',
  })
  .refine((list) => list.do.length + (list['do-not']?.length ?? 0) >= 3, {
    error: '"what to do now" needs at least 3 lines in all',
  });

export const disposition = z.strictObject({
  id,
  'care-card': careCard.describe('The NHS care card style the result is shown in.'),
  title: text.describe('What the person should do, as the result heading.'),
  summary: text.describe('One or two sentences under the heading.'),
  'what-to-do-now': whatToDoNow.describe("The dos and don'ts shown right under the care card."),
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

/** A safety promise about the routing, proved by the rules checker over every path. */
export const invariant = z
  .strictObject({
    id,
    when: condition.describe(
      'The answers the promise is about, read like a rule, whatever else is answered: it applies even where the result is decided before a question it names; a question its ask-when skips does not match.',
    ),
    'leads-to': oneOrMore
      .optional()
      .describe('The dispositions every such path must reach, exactly (one of them). Give this or leads-to-at-least.'),
    'leads-to-at-least': id
      .optional()
      .describe(
        'The least urgent disposition every such path may reach: it, or any listed above it in dispositions.yaml. Give this or leads-to.',
      ),
    reason: text.describe('Why this must hold, for the author who breaks it.'),
  })
  .refine((inv) => (inv['leads-to'] === undefined) !== (inv['leads-to-at-least'] === undefined), {
    error:
      'give either "leads-to" (exactly these dispositions) or "leads-to-at-least" (this one or more urgent), not both or neither',
  });

export const invariantsFile = z.strictObject({
  invariants: z.array(invariant).min(1).describe('Promises the routing must keep, whatever else changes.'),
});
