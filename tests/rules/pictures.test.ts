import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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

/** The size budget for one drawing, sent gzipped: 3 KB. */
const MAX_GZIP_BYTES = 3072;

const svgOf = (name: string) => readFileSync(join(PICTURES_DIR, `${name}.svg`), 'utf8');

/** The style rules of a drawing: those for light mode, and those inside its dark-mode block. */
function stylesOf(svg: string): { light: string; dark: string } {
  const css = [...svg.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]).join('');
  const dark = [...css.matchAll(/@media \(prefers-color-scheme:\s*dark\)\s*\{((?:[^{}]*\{[^}]*\})*)[^{}]*\}/g)];
  let light = css;
  for (const block of dark) light = light.replace(block[0], '');
  return { light, dark: dark.map((m) => m[1]).join('') };
}

/** Class names whose rule sets a colour (a fill or a stroke in #hex). */
function colouredClasses(css: string): string[] {
  return [...css.matchAll(/\.([\w-]+)\{([^}]*)\}/g)]
    .filter(([, , body]) => /(fill|stroke):#[0-9a-f]{3,6}\b/i.test(body ?? ''))
    .map(([, name]) => name ?? '');
}

describe.each([...drawings])('the drawing %s.svg', (name) => {
  const svg = svgOf(name);

  it(`is under ${MAX_GZIP_BYTES} bytes gzipped`, () => {
    expect(gzipSync(svg, { level: 9 }).length).toBeLessThan(MAX_GZIP_BYTES);
  });

  it('starts with a title and has a viewBox', () => {
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"[^>]*>\s*<title>\S[^<]*<\/title>/);
  });

  it('gives every colour a dark-mode colour', () => {
    const { light, dark } = stylesOf(svg);
    expect(dark).not.toBe('');
    const missing = colouredClasses(light).filter((c) => !colouredClasses(dark).includes(c));
    expect(missing).toEqual([]);
  });

  it('runs nothing and refers to nothing outside itself', () => {
    expect(svg).not.toMatch(/<script|<foreignObject|\son\w+=|@import|javascript:/i);
    for (const [, target] of svg.matchAll(/href\s*=\s*["']([^"']*)["']/gi)) expect(target).toMatch(/^#/);
    for (const [, target] of svg.matchAll(/url\(\s*["']?([^"')]*)/gi)) expect(target).toMatch(/^#/);
  });

  it('has no words in the picture, which would not be translated', () => {
    expect(svg).not.toMatch(/<text\b/);
  });

  it('stands its figures on a floor line across the picture', () => {
    const floor = svg.match(/<path class="f" d="M(\d+) (\d+)H(\d+)"\/>/);
    expect(floor, 'a <path class="f" d="M x y H x2"/> floor line').not.toBeNull();
    const [, x1, y, x2] = (floor ?? []).map(Number);
    expect((x2 ?? 0) - (x1 ?? 0)).toBeGreaterThanOrEqual(280);
    expect(y).toBeGreaterThan(100);
    expect(stylesOf(svg).light).toMatch(/\.f\{[^}]*stroke:#aeb7bd/);
  });
});

describe.each(referenced.map((p) => [p.article, p.file, p] as const))('the words for %s: %s', (_a, _f, picture) => {
  it('say what the left and the right of the drawing show', () => {
    expect(picture.alt).toMatch(/\bLeft\b/);
    expect(picture.alt).toMatch(/\bRight\b/);
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
