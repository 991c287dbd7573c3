/**
 * Under mutation testing (`npm run mutation` sets MUTATION=1), the exhaustive
 * tests take a sample: every run repeats for each mutant, and a sample still
 * covers the same behaviour.
 */
export const UNDER_MUTATION = process.env.MUTATION === '1';

/** Every item, or every `step`th under mutation testing. */
export function sampled<T>(items: readonly T[], step = 7): T[] {
  return UNDER_MUTATION ? items.filter((_, i) => i % step === 0) : [...items];
}

/** A property test's runs: a tenth under mutation testing, and never fewer than 20. */
export function runs(n: number): number {
  return UNDER_MUTATION ? Math.max(20, Math.ceil(n / 10)) : n;
}
