/**
 * How hard a text is to read, by the Flesch-Kincaid grade formula, so the
 * rules can be held to plain English by a test rather than by eye. For the
 * tests and `npm run rules:reading-level` only: the app never measures its
 * own words, so none of this, nor the syllable package, reaches the browser.
 */
import { syllable } from 'syllable';
import type { Article } from '../../src/rules/model.ts';

/** Counts of a text's sentences, words and syllables. */
export interface TextStats {
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
}

/**
 * Syllables in one word, by the `syllable` package (its rules and its list of
 * hard words, within one syllable of a dictionary for most words), plus one
 * for each digit, as numbers are read aloud. The parts of a hyphenated word
 * add up; case and punctuation around a word do not count.
 */
export function countSyllables(word: string): number {
  return word.replace(/[^0-9]/g, '').length + syllable(word);
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
