/** Writes the JSON Schemas for the rules files into `rules/schema/`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES_DIR } from '../src/cli/shared.ts';
import { jsonSchemaFiles } from '../src/rules/json-schema.ts';

for (const [name, text] of jsonSchemaFiles()) {
  writeFileSync(join(RULES_DIR, 'schema', name), text);
  console.log(`wrote rules/schema/${name}`);
}
