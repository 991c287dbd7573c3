/**
 * Parts of the wizard's contract a page build may not have yet. Tests that
 * need one are marked fixme with the reason, so they show as "fixme", not as
 * passes. Empty now that the wizard (issue 3) is merged; add an entry only
 * while a part is knowingly missing.
 */
import { test } from '@playwright/test';

/** A part of the wizard's contract that journeys rely on. */
export type Feature = 'urls' | 'guidance' | 'error-summary' | 'focus' | 'saved-progress' | 'share-links' | 'change';

const NOT_YET: Partial<Record<Feature, string>> = {};

/** Marks the running test fixme while the page lacks any of `features`. */
export function needs(...features: Feature[]): void {
  const missing = features.filter((f) => Object.hasOwn(NOT_YET, f)).map((f) => NOT_YET[f]);
  test.fixme(missing.length > 0, `waits for the wizard UI: ${missing.join('; ')}`);
}
