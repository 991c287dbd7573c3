/**
 * Regions of the answer space as people read them: one concrete set of
 * answers from a region, a compact notation for all of it, and merging
 * neighbouring regions so a gap is reported as few regions as it can be.
 *
 * Region notation extends the answers text format: `question=a|b` means the
 * answer is a or b, `question=*` means any answer, and a question left out is
 * not asked on the path. A multi-select alternative such as `signs=fever,rash`
 * stands for every answer set that the rules cannot tell apart from it.
 */
import type { Answers } from '../../engine/answers.ts';
import type { Domain } from './domain.ts';
import type { Region } from './sweep.ts';

/** The first answers in the region, on the path: questions not asked are left out. */
export function regionExample(domain: Domain, region: Region): Answers {
  const answers: Record<string, readonly string[]> = {};
  region.comps.forEach((comp, q) => {
    const d = domain.questions[q];
    if (!d || (comp & d.answered) === 0) return;
    const first = Math.log2(comp & -comp);
    answers[d.question.id] = d.values[first] ?? [];
  });
  return answers;
}

/** The region in region notation. */
export function regionText(domain: Domain, region: Region): string {
  const parts: string[] = [];
  region.comps.forEach((comp, q) => {
    const d = domain.questions[q];
    if (!d || (comp & d.answered) === 0) return;
    if ((comp & d.answered) === d.answered) {
      parts.push(`${d.question.id}=*`);
      return;
    }
    const alternatives = d.values.filter((_, v) => comp & (1 << v)).map((value) => value.join(','));
    parts.push(`${d.question.id}=${alternatives.join('|')}`);
  });
  return parts.join('&');
}

/**
 * Merges regions that differ in one answered question only, until none do.
 * The regions must not overlap; the result covers exactly the same paths.
 */
export function mergeRegions(domain: Domain, regions: readonly Region[]): Region[] {
  let current = regions.map((r) => ({ comps: [...r.comps], k: r.k }));
  for (let changed = true; changed; ) {
    changed = false;
    const width = Math.max(0, ...current.map((r) => r.k));
    for (let q = 0; q < width; q++) {
      const byRest = new Map<string, { comps: number[]; k: number }>();
      const next: { comps: number[]; k: number }[] = [];
      for (const region of current) {
        const comp = region.comps[q];
        const d = domain.questions[q];
        // Asked and not-asked stay apart: a merged region keeps one path shape.
        if (comp === undefined || !d || (comp & d.notAsked) !== 0) {
          next.push(region);
          continue;
        }
        const key = `${region.k}:${region.comps.map((c, i) => (i === q ? '' : c)).join(',')}`;
        const twin = byRest.get(key);
        if (twin) {
          twin.comps[q] = (twin.comps[q] as number) | comp;
          changed = true;
        } else {
          byRest.set(key, region);
          next.push(region);
        }
      }
      current = next;
    }
  }
  return current;
}

/** How many full answer paths the region holds, counting each value once. */
export function regionSize(region: Region): number {
  return region.comps.reduce((size, comp) => size * popcount(comp), 1);
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}
