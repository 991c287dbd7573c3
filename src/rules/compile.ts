/**
 * Compiles the rules files into the triage model: validates each file against
 * its schema, then checks every reference between them.
 */
import type { z } from 'zod';
import { checkPictures, checkPlaceholders, linkFaq, linkRegions } from './compile-content.ts';
import { linkBodyMap, linkSafetyNet } from './link-presentation.ts';
import { Linker } from './linker.ts';
import type { Article, ModelLocations, SourceLocation, StartPage, TriageContent, TriageModel } from './model.ts';
import {
  type BodyMapFile,
  bodyMapFile,
  type DispositionsFile,
  type FaqFile,
  type GuidanceFile,
  guidanceFile,
  id as idSchema,
  type QuestionsFile,
  type RegionsFile,
  type RoutingFile,
  ruleFiles,
  type SafetyNetFile,
  type StartPageFile,
  safetyNetFile,
  type VersionFile,
} from './schema.ts';
import { schemaErrors } from './schema-errors.ts';
import { parseYamlSource, type RuleError, type YamlSource } from './yaml-source.ts';

/** Rules that compiled: the model, the content served apart from it, and where each id was written. */
export interface CompiledRules {
  readonly ok: true;
  readonly model: TriageModel;
  readonly content: TriageContent;
  readonly locations: ModelLocations;
}

export type CompileResult = CompiledRules | { readonly ok: false; readonly errors: readonly RuleError[] };

export interface CompileOptions {
  /** The drawings in `public/pictures/`, named without `.svg`; when given, every picture named must be one. */
  readonly pictures?: ReadonlySet<string>;
}

const GUIDANCE_DIR = 'guidance/';

/**
 * Compiles rules files given as text, keyed by their path inside the rules
 * folder (`questions.yaml`, `guidance/stretching.yaml`). Errors name `dir/path`.
 */
export function compileRules(
  files: ReadonlyMap<string, string>,
  dir = 'rules',
  options: CompileOptions = {},
): CompileResult {
  const errors: RuleError[] = [];
  const parse = <T>(name: string, schema: z.ZodType<T>): { source: YamlSource; data: T } | null => {
    const text = files.get(name);
    const file = `${dir}/${name}`;
    if (text === undefined) {
      errors.push({ file, line: 1, column: 1, message: 'this file is missing' });
      return null;
    }
    const source = parseYamlSource(file, text);
    if (source.syntaxErrors.length > 0) {
      errors.push(...source.syntaxErrors);
      return null;
    }
    const result = schema.safeParse(source.data ?? {});
    if (!result.success) {
      errors.push(...schemaErrors(source, schema, result.error.issues));
      return null;
    }
    return { source, data: result.data };
  };

  const questions = parse<QuestionsFile>('questions.yaml', ruleFiles['questions.yaml']);
  const dispositions = parse<DispositionsFile>('dispositions.yaml', ruleFiles['dispositions.yaml']);
  const routing = parse<RoutingFile>('routing.yaml', ruleFiles['routing.yaml']);
  const faq = parse<FaqFile>('faq.yaml', ruleFiles['faq.yaml']);
  const regionsFile = parse<RegionsFile>('regions.yaml', ruleFiles['regions.yaml']);
  // Optional: without them the questions show no drawing and results no safety net.
  const bodyMap = files.has('body-map.yaml') ? parse<BodyMapFile>('body-map.yaml', bodyMapFile) : null;
  const safetyNet = files.has('safety-net.yaml') ? parse<SafetyNetFile>('safety-net.yaml', safetyNetFile) : null;
  const guidance = new Map<string, { source: YamlSource; data: GuidanceFile }>();
  for (const name of [...files.keys()].filter((n) => n.startsWith(GUIDANCE_DIR)).sort()) {
    const articleId = name.slice(GUIDANCE_DIR.length).replace(/\.yaml$/, '');
    if (!name.endsWith('.yaml') || !idSchema.safeParse(articleId).success) {
      errors.push({
        file: `${dir}/${name}`,
        line: 1,
        column: 1,
        message: `a guidance file is named by its article id and ends in .yaml, like "stretching.yaml"; "${name.slice(GUIDANCE_DIR.length)}" is not`,
      });
      continue;
    }
    const parsed = parse<GuidanceFile>(name, guidanceFile);
    if (parsed) guidance.set(articleId, parsed);
  }
  if (!questions || !dispositions || !routing || !faq || !regionsFile || errors.length > 0) {
    return { ok: false, errors };
  }

  const startPage = parse<StartPageFile>('start-page.yaml', ruleFiles['start-page.yaml']);
  const version = parse<VersionFile>('version.yaml', ruleFiles['version.yaml']);
  if (!startPage || !version) return { ok: false, errors };

  const linker = new Linker(errors);
  const regions = linkRegions(regionsFile, errors);
  const articles = Object.fromEntries(
    [...guidance].map(([articleId, { data }]): [string, Article] => [articleId, toArticle(articleId, data)]),
  );
  const linkedDispositions = linker.dispositions(dispositions.source, dispositions.data);
  const model: TriageModel = {
    questions: linker.questions(questions.source, questions.data),
    dispositions: linkedDispositions,
    rules: linker.rules(routing.source, routing.data, linkedDispositions, Object.keys(articles)),
    regions,
    startPage: toStartPage(startPage.data),
    version: { version: version.data.version, changed: version.data.changed },
  };
  const content: TriageContent = {
    articles,
    whatToDoNow: Object.fromEntries(
      dispositions.data.dispositions.map((d) => [
        d.id,
        { do: d['what-to-do-now'].do, doNot: d['what-to-do-now']['do-not'] ?? [] },
      ]),
    ),
    safetyNet: safetyNet ? linkSafetyNet(safetyNet.source, safetyNet.data, model.dispositions, errors) : [],
    faq: linkFaq(faq, Object.keys(articles), errors),
  };
  const presentationFiles = [bodyMap, safetyNet].filter((file) => file !== null);
  checkPlaceholders(
    [questions, dispositions, routing, faq, startPage, ...presentationFiles, ...guidance.values()],
    regions,
    errors,
  );
  if (options.pictures) checkPictures(guidance, options.pictures, errors);
  const presentation = bodyMap ? { bodyMap: linkBodyMap(bodyMap.source, bodyMap.data, model.questions, errors) } : {};
  if (errors.length > 0) return { ok: false, errors };

  const locations: ModelLocations = {
    questions: locationsOf(questions.source, 'questions', questions.data.questions),
    dispositions: locationsOf(dispositions.source, 'dispositions', dispositions.data.dispositions),
    rules: locationsOf(routing.source, 'rules', routing.data.rules),
    articles: Object.fromEntries([...guidance].map(([articleId, { source }]) => [articleId, source.locate([])])),
  };
  return { ok: true, model: { ...model, ...presentation }, content, locations };
}

function toStartPage(data: StartPageFile): StartPage {
  const { 'use-if': useIf, 'do-not-use-if': doNotUseIf, ...rest } = data;
  return { ...rest, useIf, doNotUseIf };
}

function toArticle(articleId: string, data: GuidanceFile): Article {
  return { id: articleId, ...data } as Article;
}

function locationsOf(
  source: YamlSource,
  key: string,
  items: readonly { id: string }[],
): Record<string, SourceLocation> {
  return Object.fromEntries(items.map((item, i) => [item.id, source.locate([key, i, 'id'])]));
}
