/**
 * How hard a text is to read, by the Flesch-Kincaid grade formula, so the
 * rules can be held to plain English by a test rather than by eye.
 */
import type { Article } from './model.ts';

/** Counts of a text's sentences, words and syllables. */
export interface TextStats {
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
}

// Words the spelling rules below get wrong by more than a syllable or often enough to matter here.
const EXCEPTIONS: Readonly<Record<string, number>> = {
  every: 2,
  everyday: 3,
  business: 2,
  area: 3,
  idea: 3,
  being: 2,
  doing: 2,
  going: 2,
  seeing: 2,
  create: 2,
  period: 3,
  serious: 3,
  obvious: 3,
  physiotherapist: 6,
  physiotherapists: 6,
  physio: 3,
  radio: 3,
  cauda: 2,
  equina: 3,
  syndrome: 2,
  people: 2,
  quiet: 2,
  science: 2,
  recreate: 3,
  fluid: 2,
  ibuprofen: 4,
  paracetamol: 5,
  video: 3,
  react: 2,
  whole: 1,
  sometimes: 2,
  someone: 2,
};

/**
 * Syllables in one English word, from its spelling: vowel groups, less a
 * silent final "e" or "-ed", with a short list of exceptions. Digits count a
 * syllable each, as numbers are read aloud. Within one either way for most words.
 */
export function countSyllables(word: string): number {
  const digits = word.replace(/[^0-9]/g, '').length;
  const parts = word
    .toLowerCase()
    .split(/[-–]/)
    .map((part) => part.replace(/[^a-z]/g, ''))
    .filter((part) => part.length > 0);
  return digits + parts.reduce((sum, part) => sum + partSyllables(part), 0);
}

function partSyllables(word: string): number {
  const known = EXCEPTIONS[word] ?? EXCEPTIONS[word.replace(/s$/, '')];
  if (known !== undefined) return known;
  if (word.length <= 3) return 1;
  const trimmed = word
    .replace(/(?:[^laeiouy]es|[^laeiouy]e)$/, (ending) => ending.slice(0, 1))
    .replace(/([^aeiouydt])ed$/, '$1')
    .replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]+/g) ?? [];
  // "-ia", "-io", "-eo" and "-ua" are usually two syllables ("area", "video"), except in "-tion" and "-ious".
  const hiatus = trimmed.match(/(?:ia|eo|(?<!q)ua|io(?!n|u))/g) ?? [];
  return Math.max(1, groups.length + hiatus.length);
}

/** Counts over passages of text; each passage ends a sentence even without a full stop (a list item). */
export function textStats(passages: readonly string[]): TextStats {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const passage of passages) {
    for (const sentence of passage.split(/[.!?]+(?=\s|$)/)) {
      const tokens = sentence.split(/\s+/).filter((t) => /[a-z0-9]/i.test(t));
      if (tokens.length === 0) continue;
      sentences += 1;
      words += tokens.length;
      syllables += tokens.reduce((sum, token) => sum + countSyllables(token), 0);
    }
  }
  return { sentences, words, syllables };
}

/** The US school grade a reader needs, by Flesch-Kincaid: 0.39 words/sentence + 11.8 syllables/word - 15.59. */
export function fleschKincaidGrade(stats: TextStats): number {
  if (stats.words === 0 || stats.sentences === 0) return 0;
  return 0.39 * (stats.words / stats.sentences) + 11.8 * (stats.syllables / stats.words) - 15.59;
}

/** The running text of an article a person reads (not its headings or source titles). */
export function articlePassages(article: Article): string[] {
  return [
    article.summary,
    ...article.sections.flatMap((s) => [
      ...(s.intro ? [s.intro] : []),
      ...(s.picture ? [s.picture.alt] : []),
      ...(s.steps ?? []),
      ...(s.points ?? []),
      ...(s.dose ? [s.dose] : []),
      ...(s.caution ? [s.caution] : []),
    ]),
    article.recovery,
  ];
}
