/**
 * Finds text copied from a source, even lightly edited: a shared run of
 * words, or most of a source sentence's word pairs reused in one of ours.
 */

/** Lower-case words, without punctuation ("Don't!" → ["dont"]). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Sentences of a text: split at line breaks and at full stops, question marks and exclamation marks. */
export function sentences(text: string): string[] {
  return text
    .split(/\n|(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

function grams(list: readonly string[], n: number): string[] {
  const result: string[] = [];
  for (let i = 0; i + n <= list.length; i += 1) result.push(list.slice(i, i + n).join(' '));
  return result;
}

export interface Copy {
  readonly source: string;
  readonly ours: string;
  readonly why: string;
}

/** Longest run of words we may share with a source sentence: longer runs are copying. */
export const RUN = 8;
/** Share of a source sentence's word pairs that one of our sentences may reuse. */
export const PAIRS = 0.5;

/**
 * Each of our sentences that copies a source sentence: shares a run of RUN
 * words (or all of a shorter source sentence), or reuses more than PAIRS of its word pairs.
 */
export function findCopies(sourceSentences: readonly string[], ourSentences: readonly string[]): Copy[] {
  const ours = ourSentences.map((s) => ({ text: s, words: words(s) }));
  const copies: Copy[] = [];
  for (const source of sourceSentences) {
    const sourceWords = words(source);
    if (sourceWords.length < 4) continue; // "Squats:" or "1. Knee-to-chest" say nothing of their own
    const run = Math.min(RUN, sourceWords.length);
    const runs = new Set(grams(sourceWords, run));
    const pairs = new Set(grams(sourceWords, 2));
    for (const our of ours) {
      const shared = grams(our.words, run).find((g) => runs.has(g));
      if (shared) {
        copies.push({ source, ours: our.text, why: `shares "${shared}"` });
        continue;
      }
      if (sourceWords.length < RUN) continue;
      const ourPairs = new Set(grams(our.words, 2));
      const reused = [...pairs].filter((p) => ourPairs.has(p)).length / pairs.size;
      if (reused > PAIRS)
        copies.push({ source, ours: our.text, why: `reuses ${Math.round(reused * 100)}% of its word pairs` });
    }
  }
  return copies;
}
