/**
 * Regions of the answer space as people read them: one concrete set of
 * answers from a region, a compact notation for all of it, and merging
 * neighbouring regions so a gap is reported as few regions as it can be.
 *
 * Region notation extends the answers text format: `question=a|b` means the
 * answer is a or b, `question=-` that it is not asked, and a question left
 * out may take any answer (or be skipped, where its ask-when says so). A
 * multi-select alternative such as `signs=fever,rash` stands for every answer
 * set that the rules cannot tell apart from it.
 */
import type { Answers } from '../engine/answers.ts';
import type { Domain } from './domain.ts';
import type { Region } from './sweep.ts';

/** The first complete path in the region: every question it answers, none it skips. */
export function regionExample(domain: Domain, region: Region): Answers {
  const answers: Record<string, readonly string[]> = {};
  domain.questions.forEach((d, q) => {
    const comp = region.comps[q] as number;
    // A question the region may skip stays out: the first path skips it. Otherwise its first value.
    if ((comp & d.notAsked) !== 0) return;
    answers[d.question.id] = d.values[Math.log2(comp & -comp)] as readonly string[];
  });
  return answers;
}

/** The region in region notation; empty when it is the whole answer space. */
export function regionText(domain: Domain, region: Region): string {
  const parts: string[] = [];
  domain.questions.forEach((d, q) => {
    const comp = region.comps[q] as number;
    // Every answer, skipped or not, is what leaving the question out says.
    if ((comp & d.answered) === d.answered) return;
    const alternatives = d.values.filter((_, v) => comp & (1 << v)).map((value) => value.join(','));
    if (comp & d.notAsked) alternatives.push('-');
    parts.push(`${d.question.id}=${alternatives.join('|')}`);
  });
  return parts.join('&');
}

/**
 * Merges regions that differ in one question only, until none do. The
 * regions must not overlap; the result covers exactly the same paths.
 */
export function mergeRegions(regions: readonly Region[]): Region[] {
  let current = regions.map((r) => ({ comps: [...r.comps], hash: hashAll(r.comps) }));
  const width = current[0]?.comps.length ?? 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (let q = 0; q < width; q++) {
      // Regions alike but for question q share a hash of every other component: the hash is a sum of
      // one share a component, so leaving q out costs one subtraction rather than a pass over the region.
      const buckets = new Map<number, { comps: number[]; hash: number }[]>();
      const next: typeof current = [];
      for (const region of current) {
        const { comps } = region;
        const key = (region.hash - hashAt(q, comps[q] as number)) | 0;
        const bucket = buckets.get(key);
        const twin = bucket?.find((other) => sameExcept(other.comps, comps, q));
        if (twin) {
          const merged = (twin.comps[q] as number) | (comps[q] as number);
          twin.hash = (key + hashAt(q, merged)) | 0;
          twin.comps[q] = merged;
          changed = true;
          continue;
        }
        if (bucket) bucket.push(region);
        else buckets.set(key, [region]);
        next.push(region);
      }
      current = next;
    }
  }
  return current.map(({ comps }) => ({ comps }));
}

/** One component's share of a region's hash. */
function hashAt(i: number, comp: number): number {
  return Math.imul((Math.imul(i + 1, 0x9e3779b1) ^ comp) >>> 0, 0x01000193);
}

/** A region's hash: the sum of its components' shares, so one can be taken out. */
function hashAll(comps: readonly number[]): number {
  let hash = 0;
  for (let i = 0; i < comps.length; i++) hash = (hash + hashAt(i, comps[i] as number)) | 0;
  return hash;
}

function sameExcept(a: readonly number[], b: readonly number[], skip: number): boolean {
  for (let i = 0; i < a.length; i++) if (i !== skip && a[i] !== b[i]) return false;
  return true;
}
