/**
 * What the rules checker reports: each finding at a place in a rules file,
 * with answers that show it and what to do about it.
 */
import type { SourceLocation } from '../rules/model.ts';

export type Severity = 'error' | 'warning';

export type FindingKind =
  | 'rules-file'
  | 'gap'
  | 'rule-never-fires'
  | 'rule-never-holds'
  | 'question-never-asked'
  | 'ask-when-never-holds'
  | 'ask-when-cycle'
  | 'ask-when-order'
  | 'disposition-never-reached'
  | 'article-never-reached'
  | 'invariant-broken'
  | 'invariant-never-applies'
  | 'analysis-incomplete';

export interface Finding extends SourceLocation {
  readonly severity: Severity;
  readonly kind: FindingKind;
  readonly message: string;
  /** Answers, in the answers text format, that show the finding. */
  readonly example?: string;
  /** For a gap: every path it covers, in region notation (see regions.ts). */
  readonly region?: string;
  /** For a rule that never fires: the earlier rules that decide first. */
  readonly maskedBy?: readonly string[];
  /** For a rule that never fires: those of `maskedBy` that hold wherever it does. */
  readonly coveredBy?: readonly string[];
  readonly fix?: string;
}

/** A finding at a location, with the optional parts left out when absent. */
export function finding(
  at: SourceLocation,
  severity: Severity,
  kind: FindingKind,
  message: string,
  extra: Partial<Pick<Finding, 'example' | 'region' | 'maskedBy' | 'coveredBy' | 'fix'>> = {},
): Finding {
  return { file: at.file, line: at.line, column: at.column, severity, kind, message, ...extra };
}
