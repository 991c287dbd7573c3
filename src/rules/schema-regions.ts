/**
 * The regions (regions.yaml): each country's emergency and urgent numbers
 * and the words its `{placeholders}` stand for.
 */
import { z } from 'zod';
import { id, text } from './schema-conditions.ts';

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
