/** Reading the rules folder and the drawings from disk, and compiling them. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES_DIR } from '../../src/cli/shared.ts';
import { loadRulesDir, readPictureNames, readRuleFiles } from '../../src/rules/load-dir.ts';
import { formatRuleError } from '../../src/rules/yaml-source.ts';

const scratch = mkdtempSync(join(tmpdir(), 'rules-load-dir-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fresh folder inside the scratch folder, with these files (a path ending in `/` is a folder). */
function folder(name: string, files: readonly string[]): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  for (const file of files) {
    if (file.endsWith('/')) mkdirSync(join(dir, file), { recursive: true });
    else writeFileSync(join(dir, file), `text of ${file}\n`);
  }
  return dir;
}

describe('reading the rules folder', () => {
  it('reads every .yaml file, in subfolders too, keyed by its path with forward slashes', () => {
    const dir = folder('rules', [
      'guidance/',
      'notes.yaml.d/',
      'questions.yaml',
      'README.md',
      'guidance/stretching.yaml',
    ]);
    expect(Object.fromEntries(readRuleFiles(dir))).toEqual({
      'questions.yaml': 'text of questions.yaml\n',
      'guidance/stretching.yaml': 'text of guidance/stretching.yaml\n',
    });
  });

  it('writes a backslash in a path, as Windows separates folders, as a forward slash', () => {
    const dir = folder('windows-rules', ['guidance\\stretching.yaml']);
    expect([...readRuleFiles(dir).keys()]).toEqual(['guidance/stretching.yaml']);
  });

  it('finds the shipped guidance articles under guidance/', () => {
    const names = [...readRuleFiles(RULES_DIR).keys()].filter((name) => name.startsWith('guidance/')).sort();
    expect(names).toEqual([
      'guidance/emergency-care.yaml',
      'guidance/expected-soreness.yaml',
      'guidance/form-correction.yaml',
      'guidance/rest-and-recovery.yaml',
      'guidance/see-a-professional.yaml',
      'guidance/strengthening.yaml',
      'guidance/stretching.yaml',
      'guidance/urgent-care.yaml',
    ]);
  });
});

describe('reading the names of the drawings', () => {
  it('names each .svg file without its extension, and nothing else', () => {
    const dir = folder('pictures', ['bird-dog.svg', 'glute-bridge.svg', 'notes.txt', 'photo.png']);
    expect([...readPictureNames(dir)].sort()).toEqual(['bird-dog', 'glute-bridge']);
  });

  it('finds none in a folder that does not exist', () => {
    expect([...readPictureNames(join(scratch, 'no-such-folder'))]).toEqual([]);
  });
});

describe('compiling the rules folder', () => {
  it('compiles the shipped rules without checking the drawings when no pictures folder is given', () => {
    expect(loadRulesDir(RULES_DIR).ok).toBe(true);
  });

  it('checks every drawing an article names against the pictures folder given', () => {
    const drawings = [
      'bird-dog',
      'glute-bridge',
      'glute-stretch',
      'hamstring-stretch',
      'knee-to-chest',
      'squat-back-neutral-rounded',
      'squat-hips-knees-together',
    ];
    const dir = folder(
      'all-but-one-picture',
      drawings.map((name) => `${name}.svg`),
    );
    const result = loadRulesDir(RULES_DIR, { picturesDir: dir });
    expect(result.ok ? [] : result.errors.map(formatRuleError)).toEqual([
      `rules/guidance/strengthening.yaml:11:13: there is no drawing "pelvic-tilt.svg" in public/pictures/; drawings are ${drawings.join(', ')}`,
    ]);
  });
});
