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
    error: 'ids use lower-case letters and digits joined by hyphens, like "pain-at-night"',
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

export const picture = z.strictObject({
  file: id.describe('A drawing in public/pictures/, named without .svg.'),
  alt: text.describe('What the picture shows, for people who cannot see it.'),
});

export const guidanceSection = z.strictObject({
  heading: text.describe('A short heading, such as the name of an exercise.'),
  intro: text.optional().describe('A sentence or two before the steps.'),
  picture: picture.optional(),
  steps: z.array(text).min(1).optional().describe('What to do, in order: shown as a numbered list. Only for steps.'),
  points: z
    .array(text)
    .min(1)
    .optional()
    .describe('Things that are not steps in order, such as what to tell a doctor: shown as a bulleted list.'),
  dose: text.optional().describe('How long to hold, how many times, how often.'),
  caution: text.optional().describe('Who should not do this, or when to stop.'),
});

export const source = z.strictObject({
  name: text.describe('Who published it, such as "NHS".'),
  title: text.describe('The title of the page or guideline.'),
  url: z
    .string()
    .regex(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\/\S*$/, {
      error: 'a source links to its page with an https address, like "https://www.nhs.uk/conditions/back-pain/"',
    })
    .describe('The stable address of the page: a link the person can follow, never fetched by the app.'),
});

export const guidanceFile = z.strictObject({
  title: text,
  summary: text.describe('One paragraph.'),
  sections: z.array(guidanceSection).min(1).describe('What to do, in parts.'),
  recovery: text.describe('How long it should take to get better.'),
  sources: z.array(source).min(1).describe('Where the facts come from.'),
});

export const faqEntry = z.strictObject({
  question: text.describe('The question as people ask it, shown as a heading.'),
  answer: text.describe('A short answer in our own words: two or three sentences.'),
  article: id.describe('The guidance article that answers it in full: a file name in guidance/ without .yaml.'),
});

export const faqFile = z.strictObject({
  faq: z.array(faqEntry).min(1).describe('The questions people ask, in the order shown.'),
});

const PLACEHOLDER_NAME = /^[a-z]+(-[a-z]+)*$/;

/** A number a result offers to call, with the words on its button. */
const phone = z.strictObject({
  call: text.describe('The words on the call button, such as "Call 999" or "Call healthdirect".'),
  number: z
    .string()
    .regex(/^\+?[0-9][0-9 ]*$/, { error: 'a phone number is digits, with spaces between groups, like "0800 611 116"' })
    .describe('The number to dial, as people write it; the call link drops the spaces.'),
});

export const region = z.strictObject({
  id,
  name: text.describe('The name the person picks, such as "United Kingdom".'),
  'sentence-name': text
    .optional()
    .describe(
      'The name inside a sentence, where it differs: "the United Kingdom" in "Showing numbers for the United Kingdom".',
    ),
  countries: z
    .array(z.string().regex(/^[A-Z]{2}$/, { error: 'a country is a two-letter code in capitals, like "GB"' }))
    .describe(
      'Country codes (as in the language setting "en-GB") that choose this region by default. Empty for the fallback.',
    ),
  fallback: z
    .literal(true)
    .optional()
    .describe('The region chosen when the language setting names no listed country. Exactly one region has it.'),
  phone: z
    .strictObject({
      emergency: phone.describe('The emergency number: ambulance, fire and police.'),
      urgent: phone
        .optional()
        .describe('The urgent medical advice line, where the region has one (NHS 111, healthdirect, 811).'),
      online: z
        .strictObject({
          text: text.describe('The link\'s words, such as "Use NHS 111 online".'),
          url: z
            .string()
            .regex(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\/\S*$/, { error: 'an online service is an https address' }),
        })
        .optional()
        .describe('The urgent advice service online, where the region has one: offered beside the urgent call button.'),
    })
    .describe('The numbers a result offers to call.'),
  words: z
    .record(
      z.string().regex(PLACEHOLDER_NAME, { error: 'a placeholder name is lower-case words joined by hyphens' }),
      text,
    )
    .describe('What each {placeholder} in the rules text says in this region. Every region fills the same ones.'),
});

export const regionsFile = z.strictObject({
  regions: z.array(region).min(1).describe('Where the person is, in the order offered.'),
});

/** SVG path data: commands, numbers, spaces and commas only, so nothing else can reach the page. */
const pathData = z
  .string()
  .regex(/^[MmLlHhVvCcSsQqTtAaZz0-9 ,.-]+$/, { error: 'a shape is SVG path data, like "M10 10 L40 10 L40 40 Z"' })
  .describe("SVG path data in the drawing's coordinates.");

/** A point in the drawing's coordinates. */
const point = z.tuple([z.number(), z.number()]).describe("A point, [x, y], in the drawing's coordinates.");

/** Words drawn on the body map: a label or a caption, a word or two a line. */
const drawnText = z.strictObject({
  lines: z
    .array(text)
    .min(1)
    .max(3)
    .describe('The words, one line each, top to bottom: a word or two a line, so they stay legible on a phone.'),
  at: point.describe("Where the first line's baseline starts, is centred or ends, as align says."),
  align: z
    .enum(['start', 'middle', 'end'])
    .optional()
    .describe(
      'Which end of each line sits at `at`: start (text runs right), middle, or end (text runs left). Start if left out.',
    ),
});

export const bodyMapFile = z.strictObject({
  question: id.describe('The single-choice question the drawing belongs to.'),
  'view-box': z
    .string()
    .regex(/^-?\d+(\.\d+)? -?\d+(\.\d+)? \d+(\.\d+)? \d+(\.\d+)?$/, {
      error: 'a view box is four numbers: left top width height, like "0 0 200 400"',
    })
    .describe("The drawing's coordinates: left top width height."),
  'text-size': z
    .number()
    .positive()
    .describe(
      "The height of the labels' and captions' letters in the drawing's coordinates; lines are 1.15 times apart.",
    ),
  outline: z
    .array(pathData)
    .min(1)
    .describe('The bodies, filled: draw each as one path, so no seam can show between its parts.'),
  details: z
    .array(pathData)
    .optional()
    .describe('Lines drawn on the bodies, such as the spine and the folds under the buttocks.'),
  captions: z.array(drawnText).optional().describe('Words that belong to no region, such as which way a body faces.'),
  regions: z
    .array(
      z.strictObject({
        option: id.describe('The option this region selects.'),
        label: drawnText
          .extend({
            leaders: z
              .array(z.tuple([z.number(), z.number(), z.number(), z.number()]))
              .optional()
              .describe(
                'Lines from the label to the region, each [x1, y1, x2, y2]: from near the words to a dot on a shape.',
              ),
          })
          .describe('A word or two drawn beside the region, naming it.'),
        shapes: z.array(pathData).min(1),
      }),
    )
    .min(1)
    .describe(
      'Which shapes belong to which option: clicking one selects the option, and it lights up when chosen. Later regions are drawn on top of earlier ones.',
    ),
});

export const safetyNetFile = z.strictObject({
  groups: z
    .array(
      z.strictObject({
        'care-card': careCard.describe('The care card style of the group, by how urgent its signs are.'),
        heading: text.describe('What to do, such as "Call 999 if".'),
        signs: z.array(text).min(1).describe("The signs, each finishing the heading's sentence."),
        'show-for': z.array(id).min(1).describe('The dispositions whose result shows this group.'),
      }),
    )
    .min(1)
    .describe('The signs that mean getting help sooner, most urgent first.'),
});

/** A list with the line that introduces it, such as "Use this check if you:". */
const introducedList = z.strictObject({
  intro: text.describe('The line before the list, ending in a colon.'),
  items: z.array(text).min(1).describe('Each item finishes the intro line.'),
});

export const startPageFile = z.strictObject({
  title: text.describe('The page heading: what the check does.'),
  lead: text.describe('One or two sentences: what the person does and what they get.'),
  emergency: text.describe('What to do instead in an emergency, shown in a warning box.'),
  'use-if': introducedList.describe('Who the check is for.'),
  'do-not-use-if': introducedList.describe('Who should get help another way, and where.'),
  notes: z.array(text).describe('Short lines after the lists: what the check is not, how long it takes, privacy.'),
});

export type OptionMatchSource = z.infer<typeof optionMatch>;
export type ClauseSource = z.infer<typeof clause>;
export type ConditionSource = z.infer<typeof condition>;
export type QuestionsFile = z.infer<typeof questionsFile>;
export type DispositionsFile = z.infer<typeof dispositionsFile>;
export type RoutingFile = z.infer<typeof routingFile>;
export type GuidanceFile = z.infer<typeof guidanceFile>;
export type FaqFile = z.infer<typeof faqFile>;
export type RegionsFile = z.infer<typeof regionsFile>;
export type CareCard = z.infer<typeof careCard>;
export type BodyMapFile = z.infer<typeof bodyMapFile>;
export type SafetyNetFile = z.infer<typeof safetyNetFile>;
export type StartPageFile = z.infer<typeof startPageFile>;

/** Each rules file with its schema, by path inside `rules/`. */
export const ruleFiles = {
  'questions.yaml': questionsFile,
  'dispositions.yaml': dispositionsFile,
  'routing.yaml': routingFile,
  'faq.yaml': faqFile,
  'regions.yaml': regionsFile,
  'start-page.yaml': startPageFile,
} as const;

export type RuleFileName = keyof typeof ruleFiles;

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

export type InvariantsFile = z.infer<typeof invariantsFile>;
