/**
 * Where the person is: the default region from the browser's language
 * setting, and the rules text with each region's words put in place of its
 * `{placeholders}` (emergency number, where to go). Pure: no I/O.
 */
import type { Article, Region, TriageContent, TriageModel } from '../rules/model.ts';

/**
 * The region a person most likely is in, from language tags in order of
 * preference (`navigator.languages`): the first tag whose country a region
 * lists ("en-GB" → the region listing "GB"), else the fallback region.
 */
export function defaultRegion(regions: readonly Region[], languages: readonly string[]): Region {
  for (const tag of languages) {
    const country = countryOf(tag);
    const match = country && regions.find((r) => r.countries.includes(country));
    if (match) return match;
  }
  const fallback = regions.find((r) => r.fallback) ?? regions[0];
  if (!fallback) throw new Error('the model has no regions');
  return fallback;
}

/** The country in a BCP 47 language tag, upper case: "en-gb" → "GB", "zh-Hant-TW" → "TW", "en" → null. */
export function countryOf(tag: string): string | null {
  const subtags = tag.split(/[-_]/).slice(1);
  for (const subtag of subtags) {
    if (subtag.length === 1) break; // extensions and private use follow a single-letter subtag
    if (/^[a-z]{2}$/i.test(subtag)) return subtag.toUpperCase();
  }
  return null;
}

/** The region with this id, or the fallback region when there is none (an old or edited saved value). */
export function regionById(regions: readonly Region[], id: string | null | undefined): Region {
  return regions.find((r) => r.id === id) ?? defaultRegion(regions, []);
}

/** `text` with each `{placeholder}` replaced by the region's words for it; unknown ones are left as they are. */
export function fillPlaceholders(text: string, region: Region): string {
  return text.replace(/\{([^{}]*)\}/g, (whole, name: string) => region.words[name] ?? whole);
}

/** An article with every text filled in for the region. */
export function localiseArticle(article: Article, region: Region): Article {
  return mapText(article, (text) => fillPlaceholders(text, region));
}

/**
 * The model with every text the person reads filled in for the region: use
 * this at the top of the app, so pages show the region's numbers and services.
 * Ids and conditions hold no placeholders, so routing is unchanged.
 */
export function localiseModel(model: TriageModel, region: Region): TriageModel {
  const { regions, ...rest } = model;
  return { ...mapText(rest, (text) => fillPlaceholders(text, region)), regions };
}

/** The articles, lists and FAQ with every text filled in for the region. */
export function localiseContent(content: TriageContent, region: Region): TriageContent {
  return mapText(content, (text) => fillPlaceholders(text, region));
}

/** Every string in a plain JSON value passed through `fill`. */
function mapText<T>(value: T, fill: (text: string) => string): T {
  if (typeof value === 'string') return fill(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapText(item, fill)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapText(item, fill)])) as T;
  }
  return value;
}
