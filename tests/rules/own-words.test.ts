import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RULES_DIR } from '../../src/cli/shared.ts';
import { readRuleFiles } from '../../src/rules/load-dir.ts';
import { findCopies, sentences } from '../support/overlap.ts';

// The seed FAQ sits beside the repository: ../shared/seed/ from its root.
const SEED_DIR = fileURLToPath(new URL('../../../shared/seed/', import.meta.url));
const seedFound = existsSync(SEED_DIR);

/** Every text in the rules a person can read, by file, except the FAQ's question headings (the seed's own questions). */
function ourTexts(): { file: string; text: string }[] {
  const texts: { file: string; text: string }[] = [];
  const walk = (file: string, value: unknown, key: string | null) => {
    if (typeof value === 'string') {
      if (!(file === 'faq.yaml' && key === 'question')) texts.push({ file, text: value });
    } else if (Array.isArray(value)) {
      for (const item of value) walk(file, item, key);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, item] of Object.entries(value)) walk(file, item, k);
    }
  };
  for (const [file, text] of readRuleFiles(RULES_DIR)) walk(file, parse(text), null);
  return texts;
}

describe('the copy finder', () => {
  const source = ['If you are feeling pain in the lower back, you are probably doing it wrong.'];

  it('finds a sentence copied word for word, or with its punctuation and case changed', () => {
    expect(
      findCopies(source, ['If you are feeling pain in the lower back, you are probably doing it wrong.']),
    ).toHaveLength(1);
    expect(
      findCopies(source, ['if YOU are feeling pain in the lower-back you are probably doing it wrong']),
    ).toHaveLength(1);
  });

  it('finds a lightly edited sentence', () => {
    expect(
      findCopies(source, ['When you are feeling pain in your lower back, you are likely doing it wrong.']),
    ).toHaveLength(1);
  });

  it('finds a short source sentence copied whole', () => {
    expect(findCopies(['Pay attention when you squat.'], ['Always pay attention when you squat.'])).toHaveLength(1);
  });

  it('lets the same facts through in other words', () => {
    expect(findCopies(source, ['A sore lower back after squats usually means your form needs work.'])).toEqual([]);
  });
});

describe('our own words', () => {
  it.skipIf(!seedFound)(
    `no sentence of the seed FAQ appears in rules/, even lightly edited${seedFound ? '' : ` (skipped: no seed folder at ${SEED_DIR})`}`,
    () => {
      const seed = readdirSync(SEED_DIR)
        .filter((name) => name.endsWith('.txt'))
        .flatMap((name) => sentences(readFileSync(join(SEED_DIR, name), 'utf8')));
      expect(seed.length).toBeGreaterThan(10);
      const ours = ourTexts();
      const copies = ours.flatMap(({ file, text }) =>
        findCopies(seed, sentences(text)).map((c) => `rules/${file}: "${c.ours}" ${c.why} of the seed's "${c.source}"`),
      );
      expect(copies).toEqual([]);
    },
  );
});
