/**
 * The checks for content around the triage rules: the FAQ's links to
 * articles, the regions and the `{placeholders}` their words fill, and the
 * drawings the articles name. Each adds located errors; none throws.
 */
import type { FaqEntry, Region } from './model.ts';
import type { FaqFile, GuidanceFile, RegionsFile } from './schema.ts';
import type { PathSegment, RuleError, YamlSource } from './yaml-source.ts';

/** A parsed rules file with its source, for locating what is wrong in it. */
export interface Parsed<T> {
  readonly source: YamlSource;
  readonly data: T;
}

const PLACEHOLDER = /\{[^{}]*\}/g;

/** Builds the FAQ, checking that each entry links to an article that exists. */
export function linkFaq(faq: Parsed<FaqFile>, articleIds: readonly string[], errors: RuleError[]): FaqEntry[] {
  const known = [...articleIds].sort();
  faq.data.faq.forEach((entry, i) => {
    if (!known.includes(entry.article)) {
      errors.push({
        ...faq.source.locate(['faq', i, 'article']),
        message: `the question "${entry.question}" links to article "${entry.article}", which does not exist; articles are ${known.join(', ')}`,
      });
    }
  });
  return faq.data.faq.map((entry) => ({ ...entry }));
}

/** Builds the regions: ids and countries unique, exactly one fallback, the same placeholders filled in each. */
export function linkRegions(regions: Parsed<RegionsFile>, errors: RuleError[]): Region[] {
  const { source, data } = regions;
  const at = (...path: PathSegment[]) => source.locate(['regions', ...path]);
  const firstById = new Map<string, number>();
  const countryOwner = new Map<string, string>();
  data.regions.forEach((r, ri) => {
    const first = firstById.get(r.id);
    if (first !== undefined) {
      errors.push({
        ...at(ri, 'id'),
        message: `region id "${r.id}" is used twice; it was first used at line ${at(first, 'id').line}`,
      });
    } else firstById.set(r.id, ri);
    r.countries.forEach((country, ci) => {
      const owner = countryOwner.get(country);
      if (owner !== undefined) {
        errors.push({
          ...at(ri, 'countries', ci),
          message: `country "${country}" already chooses region "${owner}"; a country can choose only one region`,
        });
      } else countryOwner.set(country, r.id);
    });
  });
  const fallbacks = data.regions.flatMap((r, ri) => (r.fallback ? [ri] : []));
  if (fallbacks.length !== 1) {
    errors.push({
      ...(fallbacks[1] === undefined ? at() : at(fallbacks[1], 'fallback')),
      message: `exactly one region needs "fallback: true", for people whose language setting names no listed country; ${fallbacks.length} do`,
    });
  }
  const allWords = [...new Set(data.regions.flatMap((r) => Object.keys(r.words)))].sort();
  data.regions.forEach((r, ri) => {
    const missing = allWords.filter((word) => !(word in r.words));
    if (missing.length > 0) {
      errors.push({
        ...at(ri, 'words'),
        message: `region "${r.id}" does not say what ${missing.map((w) => `{${w}}`).join(', ')} should read; every region fills the same placeholders`,
      });
    }
  });
  return data.regions.map((r) => ({
    id: r.id,
    name: r.name,
    sentenceName: r['sentence-name'] ?? r.name,
    countries: r.countries,
    fallback: r.fallback === true,
    phone: {
      emergency: r.phone.emergency,
      ...(r.phone.urgent === undefined ? {} : { urgent: r.phone.urgent }),
      ...(r.phone.online === undefined ? {} : { online: r.phone.online }),
    },
    words: r.words,
  }));
}

/** Checks that every `{placeholder}` in the text of these files is one the regions fill. */
export function checkPlaceholders(
  files: readonly Parsed<unknown>[],
  regions: readonly Region[],
  errors: RuleError[],
): void {
  const filled = new Set(regions.flatMap((r) => Object.keys(r.words)));
  const names = [...filled].sort().map((w) => `{${w}}`);
  for (const { source, data } of files) {
    walkText(data, [], (text, path) => {
      for (const [placeholder] of text.matchAll(PLACEHOLDER)) {
        if (filled.has(placeholder.slice(1, -1))) continue;
        errors.push({
          ...source.locate(path),
          message: `"${placeholder}" is not a placeholder the regions fill (in regions.yaml); placeholders are ${names.join(', ') || '(there are none)'}`,
        });
      }
    });
  }
}

/** Checks that each picture an article names is a drawing in the pictures folder. */
export function checkPictures(
  guidance: ReadonlyMap<string, Parsed<GuidanceFile>>,
  pictures: ReadonlySet<string>,
  errors: RuleError[],
): void {
  const known = [...pictures].sort();
  for (const { source, data } of guidance.values()) {
    data.sections.forEach((section, si) => {
      const file = section.picture?.file;
      if (file === undefined || pictures.has(file)) return;
      errors.push({
        ...source.locate(['sections', si, 'picture', 'file']),
        message: `there is no drawing "${file}.svg" in public/pictures/; drawings are ${known.join(', ') || '(there are none)'}`,
      });
    });
  }
}

function walkText(value: unknown, path: PathSegment[], visit: (text: string, path: PathSegment[]) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      walkText(item, [...path, i], visit);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walkText(item, [...path, key], visit);
  }
}
