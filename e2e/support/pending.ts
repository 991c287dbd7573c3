/**
 * What the throwaway plain page on main cannot show yet; the wizard (issue 3)
 * brings each. Tests that need one are marked fixme with the reason, so they
 * show as "fixme" in the report, not as passes. Delete an entry once the page
 * has it; when this is empty, delete the file and the `needs` calls.
 */
import { test } from '@playwright/test';

/** A part of the wizard's contract that journeys rely on. */
export type Feature = 'urls' | 'guidance' | 'error-summary' | 'focus' | 'saved-progress' | 'share-links' | 'change';

const NOT_YET: Partial<Record<Feature, string>> = {
  urls: 'the plain page has no address per page (History API), so browser back, forward and reload cannot work',
  guidance: 'the plain page shows no guidance article and no data-guidance',
  'error-summary': 'the plain page has no validation or "There is a problem" summary',
  focus: 'the plain page does not move focus to the heading after a step',
  'saved-progress': 'the plain page keeps no answers in sessionStorage',
  'share-links': 'the plain page ignores answers in its address and has no share link',
  change: 'the plain page has no "Change" links on the result',
};

/** Marks the running test fixme while the page lacks any of `features`. */
export function needs(...features: Feature[]): void {
  const missing = features.filter((f) => Object.hasOwn(NOT_YET, f)).map((f) => NOT_YET[f]);
  test.fixme(missing.length > 0, `waits for the wizard UI: ${missing.join('; ')}`);
}
