/**
 * The JSON Schemas editors use for completion and checking while an author
 * types, generated from the zod schema so the two cannot drift apart.
 */
import { z } from 'zod';
import { bodyMapFile, guidanceFile, invariantsFile, ruleFiles, safetyNetFile } from './schema.ts';

const schemas = {
  'questions.schema.json': ruleFiles['questions.yaml'],
  'dispositions.schema.json': ruleFiles['dispositions.yaml'],
  'routing.schema.json': ruleFiles['routing.yaml'],
  'guidance.schema.json': guidanceFile,
  'faq.schema.json': ruleFiles['faq.yaml'],
  'regions.schema.json': ruleFiles['regions.yaml'],
  'start-page.schema.json': ruleFiles['start-page.yaml'],
  'version.schema.json': ruleFiles['version.yaml'],
  'body-map.schema.json': bodyMapFile,
  'safety-net.schema.json': safetyNetFile,
  'invariants.schema.json': invariantsFile,
};

/** Each schema file's name in `rules/schema/` and its text. */
export function jsonSchemaFiles(): Map<string, string> {
  return new Map(
    Object.entries(schemas).map(([name, schema]) => [
      name,
      `${JSON.stringify(z.toJSONSchema(schema, { io: 'input' }), null, 2)}\n`,
    ]),
  );
}
