/**
 * The format of the files in `rules/`: the single source of truth for their
 * TypeScript types, the JSON Schemas editors use, and validation. Each family
 * of files has its schema in a file of its own (`schema-*.ts`); this one
 * gathers them, names their types and maps each file to its schema.
 */
import type { z } from 'zod';
import type { bodyMapFile } from './schema-body-map.ts';
import type { clause, condition, optionMatch } from './schema-conditions.ts';
import { faqFile, type guidanceFile, type safetyNetFile, startPageFile, versionFile } from './schema-content.ts';
import { regionsFile } from './schema-regions.ts';
import { type careCard, dispositionsFile, type invariantsFile, questionsFile, routingFile } from './schema-routing.ts';

export { bodyMapFile } from './schema-body-map.ts';
export { clause, condition, id, optionMatch } from './schema-conditions.ts';
export {
  faqEntry,
  faqFile,
  guidanceFile,
  guidanceSection,
  picture,
  safetyNetFile,
  source,
  startPageFile,
  versionFile,
} from './schema-content.ts';
export { region, regionsFile } from './schema-regions.ts';
export {
  careCard,
  disposition,
  dispositionsFile,
  invariant,
  invariantsFile,
  option,
  question,
  questionsFile,
  routingFile,
  rule,
  whatToDoNow,
} from './schema-routing.ts';

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
export type VersionFile = z.infer<typeof versionFile>;
export type InvariantsFile = z.infer<typeof invariantsFile>;

/** Each rules file with its schema, by path inside `rules/`. */
export const ruleFiles = {
  'questions.yaml': questionsFile,
  'dispositions.yaml': dispositionsFile,
  'routing.yaml': routingFile,
  'faq.yaml': faqFile,
  'regions.yaml': regionsFile,
  'start-page.yaml': startPageFile,
  'version.yaml': versionFile,
} as const;

export type RuleFileName = keyof typeof ruleFiles;
