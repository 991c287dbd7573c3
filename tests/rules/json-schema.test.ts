import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_DIR } from '../../src/cli/shared.ts';
import { jsonSchemaFiles } from '../../src/rules/json-schema.ts';
import { shippedFiles } from '../support/rule-files.ts';

describe('the JSON Schemas editors use', () => {
  it.each([...jsonSchemaFiles()])(
    'rules/schema/%s is generated from the zod schema (npm run rules:schema)',
    (name, text) => {
      expect(readFileSync(join(RULES_DIR, 'schema', name), 'utf8')).toBe(text);
    },
  );

  it('is the JSON Schema of what an author writes, as committed in rules/schema/, ending in a newline', () => {
    const generated = jsonSchemaFiles();
    expect([...generated.keys()].sort()).toEqual(readdirSync(join(RULES_DIR, 'schema')).sort());
    for (const [name, text] of generated) {
      expect(text, `${name}: run npm run rules:schema`).toBe(readFileSync(join(RULES_DIR, 'schema', name), 'utf8'));
      expect(text.endsWith('}\n')).toBe(true);
      expect(JSON.parse(text).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });

  it('is referenced from the top of every rules file', () => {
    const names = new Set(jsonSchemaFiles().keys());
    for (const [file, text] of shippedFiles) {
      const match = /^# yaml-language-server: \$schema=(\.\.?\/schema\/([a-z-]+\.schema\.json))$/m.exec(text);
      expect(match, `${file} has no $schema line`).not.toBeNull();
      expect(names.has(match?.[2] ?? ''), `${file} names ${match?.[1]}`).toBe(true);
      expect(text.startsWith(match?.[0] ?? '-'), `${file}: the $schema line comes first`).toBe(true);
      expect(match?.[1]?.startsWith('../'), `${file}: path relative to the file`).toBe(file.includes('/'));
    }
  });
});
