/** The shipped rules, compiled once for the tests that need them. */
import { PICTURES_DIR, RULES_DIR } from '../../src/cli/shared.ts';
import type { Answers } from '../../src/engine/answers.ts';
import { parseAnswers } from '../../src/engine/answers-text.ts';
import { loadRulesDir } from '../../src/rules/load-dir.ts';
import type { TriageContent, TriageModel } from '../../src/rules/model.ts';

function load() {
  const result = loadRulesDir(RULES_DIR, { picturesDir: PICTURES_DIR });
  if (!result.ok) throw new Error(`the shipped rules are invalid: ${JSON.stringify(result.errors)}`);
  return result;
}

const loaded = load();

export const model: TriageModel = loaded.model;

/** The FAQ and other content served apart from the model. */
export const content: TriageContent = loaded.content;

/** Answers from text that the test knows is valid. */
export function answers(text: string): Answers {
  const parsed = parseAnswers(model, text);
  if (!parsed.ok) throw new Error(`bad test answers "${text}": ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.answers;
}
