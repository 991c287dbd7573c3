/**
 * The rules checker: proves a compiled model complete and safe, or says
 * exactly what to fix. `checkRuleFiles` starts from the files' text.
 */
import { compileRules } from '../rules/compile.ts';
import type { ModelLocations, TriageModel } from '../rules/model.ts';
import { coverageFindings, sweepCoverage } from './coverage.ts';
import { buildDomain } from './domain.ts';
import type { Analysis } from './examples.ts';
import { type Finding, finding } from './finding.ts';
import { compileInvariants, type Invariant } from './invariants-file.ts';
import { invariantFindings } from './safety.ts';
import { structureFindings } from './structure.ts';

/** Enough for rule sets far larger than a national service's; a guard against hanging, not a limit on authors. */
export const DEFAULT_BUDGET = 2_000_000;

export interface CheckOptions {
  /** The most regions one sweep may visit before it reports "analysis incomplete". */
  readonly budget?: number;
}

export interface CheckReport {
  readonly findings: readonly Finding[];
  /** Regions the main sweep visited. */
  readonly nodes: number;
  /** Gap regions after merging, all of them (the findings show the first few). */
  readonly gapRegions: number;
}

/** Checks a compiled model against its invariants. */
export function checkModel(
  model: TriageModel,
  locations: ModelLocations,
  invariants: readonly Invariant[] = [],
  options: CheckOptions = {},
): CheckReport {
  const domain = buildDomain(model);
  const structure = structureFindings(model, locations, domain);
  if (structure.length > 0) return { findings: structure, nodes: 0, gapRegions: 0 };
  const analysis: Analysis = { model, domain, budget: options.budget ?? DEFAULT_BUDGET };
  const coverage = sweepCoverage(analysis);
  const findings = [...coverageFindings(analysis, locations, coverage), ...invariantFindings(analysis, invariants)];
  return { findings, nodes: coverage.nodes, gapRegions: coverage.gaps.length };
}

/** Compiles the rules files and checks them: schema and reference errors first, then the model. */
export function checkRuleFiles(
  files: ReadonlyMap<string, string>,
  dir = 'rules',
  options: CheckOptions = {},
): CheckReport {
  const compiled = compileRules(files, dir);
  if (!compiled.ok) return { findings: compiled.errors.map(asFinding), nodes: 0, gapRegions: 0 };
  const invariants = compileInvariants(files, compiled.model, dir);
  if (!invariants.ok) return { findings: invariants.errors.map(asFinding), nodes: 0, gapRegions: 0 };
  return checkModel(compiled.model, compiled.locations, invariants.invariants, options);
}

function asFinding(error: { file: string; line: number; column: number; message: string }): Finding {
  return finding(error, 'error', 'rules-file', error.message);
}

/** Whether any finding is an error (the rules must be refused). */
export function hasErrors(report: CheckReport): boolean {
  return report.findings.some((f) => f.severity === 'error');
}
