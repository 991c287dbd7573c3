import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PICTURES_DIR } from '../../src/cli/shared.ts';
import { readPictureNames } from '../../src/rules/load-dir.ts';
import { content } from '../support/model.ts';
import { compileRules, errorLines, positionOf, withEdit } from '../support/rule-files.ts';

const referenced = Object.values(content.articles).flatMap((article) =>
  article.sections.flatMap((section) => (section.picture ? [{ article: article.id, ...section.picture }] : [])),
);
const drawings = readPictureNames(PICTURES_DIR);

describe('the pictures', () => {
  it('illustrate each exercise and the main form cues', () => {
    expect(new Set(referenced.map((p) => p.file))).toEqual(
      new Set([
        'knee-to-chest',
        'hamstring-stretch',
        'glute-stretch',
        'pelvic-tilt',
        'glute-bridge',
        'bird-dog',
        'squat-hips-knees-together',
        'squat-back-neutral-rounded',
      ]),
    );
  });

  it.each(referenced.map((p) => [p.article, p.file, p] as const))(
    '%s: %s exists and says in words what it shows',
    (_article, file, picture) => {
      expect(drawings.has(file)).toBe(true);
      expect(picture.alt.split(/\s+/).length).toBeGreaterThanOrEqual(12);
      expect(picture.alt).not.toMatch(/^(image|picture|drawing) of/i);
    },
  );

  it('has no drawing that no article uses', () => {
    const used = new Set(referenced.map((p) => p.file));
    expect([...drawings].filter((d) => !used.has(d))).toEqual([]);
  });

  it.each([...drawings])('%s.svg is small, self-contained and has a dark theme', (name) => {
    const svg = readFileSync(join(PICTURES_DIR, `${name}.svg`), 'utf8');
    expect(svg.length).toBeLessThan(3000);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 320 200"/);
    expect(svg).toMatch(/@media \(prefers-color-scheme:\s*dark\)/);
    // Nothing that could fetch from elsewhere or run.
    expect(svg).not.toMatch(/<script|href=|url\(|@import/i);
  });
});

describe('the picture check', () => {
  it('refuses a picture with no drawing, pointing at its file name', () => {
    const files = withEdit('guidance/stretching.yaml', (text) =>
      text.replace('file: knee-to-chest', 'file: knee-to-chin'),
    );
    const at = positionOf(files.get('guidance/stretching.yaml') ?? '', 'knee-to-chin');
    const result = compileRules(files, 'rules', { pictures: drawings });
    expect(errorLines(result)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^rules/guidance/stretching\\.yaml:${at.line}:${at.column}: there is no drawing "knee-to-chin\\.svg"`,
        ),
      ),
    ]);
  });

  it('is skipped when no pictures are given, as for rules checked on their own', () => {
    const files = withEdit('guidance/stretching.yaml', (text) =>
      text.replace('file: knee-to-chest', 'file: knee-to-chin'),
    );
    expect(compileRules(files).ok).toBe(true);
  });
});
