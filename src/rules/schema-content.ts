/**
 * The files a person reads beside the result: guidance articles
 * (guidance/<id>.yaml), the FAQ (faq.yaml), the safety net (safety-net.yaml)
 * and the start page (start-page.yaml).
 */
import { z } from 'zod';
import { id, text } from './schema-conditions.ts';
import { careCard } from './schema-routing.ts';

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

export const versionFile = z.strictObject({
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'a version is three numbers with dots, like "2.1.0", in quotes')
    .describe('The rules version, shown on every result: raise it with every change to rules/.'),
  changed: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written year-month-day, like 2026-11-30')
    .refine(isCalendarDate, 'is not a day in the calendar')
    .describe('The day the rules last changed, year-month-day.'),
  files: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'written by npm run rules:stamp: do not edit it')
    .describe('The SHA-256 of every other file in rules/ when this version was stamped (npm run rules:stamp).'),
});

/** Whether a year-month-day is a day of the calendar (not 2026-02-30); other text is the pattern's to refuse. */
function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return true;
  const time = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === date;
}
