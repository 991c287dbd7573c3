/**
 * The body map (body-map.yaml): the drawing on the "where" question, its
 * shapes, labels and captions, and which option each region selects.
 */
import { z } from 'zod';
import { id, text } from './schema-conditions.ts';

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
