/**
 * Writes the shipped rules, compiled, for the tests to read under mutation
 * testing (see tests/support/model.ts): `npm run mutation` does this first.
 * Compiling before any mutant is switched on is what the tests did anyway,
 * as the module compiled them when it loaded.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PICTURES_DIR, RULES_DIR } from '../../src/cli/shared.ts';
import { loadRulesDir } from '../../src/rules/load-dir.ts';
import { COMPILED_RULES } from './paths.mjs';

/** Compiles the shipped rules into COMPILED_RULES; false when they do not compile. */
export function compileRulesForMutation(): boolean {
  const result = loadRulesDir(RULES_DIR, { picturesDir: PICTURES_DIR });
  if (!result.ok) return false;
  mkdirSync(dirname(COMPILED_RULES), { recursive: true });
  writeFileSync(COMPILED_RULES, JSON.stringify({ model: result.model, content: result.content }));
  return true;
}
