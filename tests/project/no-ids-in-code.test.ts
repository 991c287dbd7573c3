/**
 * No TypeScript outside the tests names a question, option, rule, article or
 * disposition: those ids live in rules/ alone, so an author's change there
 * needs no code change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { careCard } from '../../src/rules/schema.ts';
import { content, model } from '../support/model.ts';

const ROOT = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

const ids = new Set([
  ...model.questions.flatMap((q) => [q.id, ...q.options.map((o) => o.id)]),
  ...model.rules.map((r) => r.id),
  ...model.dispositions.map((d) => d.id),
  ...Object.keys(content.articles),
]);
// The NHS care-card styles are the interface's own vocabulary, which some disposition ids share.
for (const level of careCard.options) ids.delete(level);

describe('ids in code', () => {
  it('knows the ids of the model', () => {
    expect(ids.has('emergency-signs')).toBe(true);
    expect(ids.has('acute-strain')).toBe(true);
    expect(ids.size).toBeGreaterThan(60);
  });

  it('finds none in a string literal in src/ or scripts/', () => {
    const found: string[] = [];
    for (const file of [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'scripts'))]) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(['"`])([a-z0-9-]+)\1/g)) {
        const literal = match[2] ?? '';
        if (ids.has(literal)) found.push(`${relative(ROOT, file)}: "${literal}"`);
      }
    }
    expect(found).toEqual([]);
  });
});
