/**
 * The model as the browser tests see it on screen: in the words of the
 * United Kingdom, the region the browser's language (en-GB, set in
 * playwright.config.ts) picks.
 */
import { localiseContent, localiseModel, regionById } from '../../src/engine/region.ts';
import { model as rules, content as rulesContent } from '../../tests/support/model.ts';

export const REGION = 'uk';

export const model = localiseModel(rules, regionById(rules.regions, REGION));

/** The articles, lists and FAQ as the browser tests see them. */
export const content = localiseContent(rulesContent, regionById(rules.regions, REGION));
