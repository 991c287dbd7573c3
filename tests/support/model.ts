/**
 * The shipped rules, compiled once for the tests that need them. Under
 * mutation testing they come compiled from the file `npm run mutation` writes
 * first (MUTATION_RULES): every run loads this module afresh, and compiling
 * (with zod and the YAML parser) costs more than most of the tests.
 */
import { readFileSync } from 'node:fs';
import type { Answers } from '../../src/engine/answers.ts';
import { parseAnswers } from '../../src/engine/answers-text.ts';
import type { TriageContent, TriageModel } from '../../src/rules/model.ts';

interface Shipped {
  readonly model: TriageModel;
  readonly content: TriageContent;
}

async function compileShipped(): Promise<Shipped> {
  const [{ PICTURES_DIR, RULES_DIR }, { loadRulesDir }] = await Promise.all([
    import('../../src/cli/shared.ts'),
    import('../../src/rules/load-dir.ts'),
  ]);
  const result = loadRulesDir(RULES_DIR, { picturesDir: PICTURES_DIR });
  if (!result.ok) throw new Error(`the shipped rules are invalid: ${JSON.stringify(result.errors)}`);
  return result;
}

const precompiled = process.env.MUTATION_RULES;
const loaded: Shipped = precompiled ? JSON.parse(readFileSync(precompiled, 'utf8')) : await compileShipped();

export const model: TriageModel = loaded.model;

/** The FAQ and other content served apart from the model. */
export const content: TriageContent = loaded.content;

/** Answers from text that the test knows is valid. */
export function answers(text: string): Answers {
  const parsed = parseAnswers(model, text);
  if (!parsed.ok) throw new Error(`bad test answers "${text}": ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.answers;
}
