/**
 * The order the test files of one mutant's run go in: the file that caught
 * the last mutant first (the next mutant is usually beside it), then the
 * quickest. Stryker stops a run at the first failing test, so a mutant that
 * is caught costs the time to the first test that catches it, not the whole
 * list. (Vitest's own order runs the slowest files first, for a full run
 * over several workers.) Durations are those of the first run, Stryker's dry
 * run of every test, kept here because later runs time only some tests.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const firstDurations = new Map<string, number>();

export class QuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const key = (spec: TestSpecification) => `${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`;
    const last = (spec: TestSpecification) => this.ctx.cache.getFileTestResults(key(spec));
    for (const spec of files) {
      const duration = last(spec)?.duration;
      if (duration !== undefined && !firstDurations.has(key(spec))) firstDurations.set(key(spec), duration);
    }
    const cost = (spec: TestSpecification) => firstDurations.get(key(spec)) ?? Number.POSITIVE_INFINITY;
    return [...files].sort(
      (a, b) =>
        // Projects run one after the other, the shared one first: the isolated file needs a worker of its
        // own, which a mutant caught in the shared files then never starts.
        Number(a.project.config.isolate) - Number(b.project.config.isolate) ||
        Number(last(b)?.failed === true) - Number(last(a)?.failed === true) ||
        cost(a) - cost(b),
    );
  }
}
