import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countSyllables, fleschKincaidGrade, textStats } from '../support/readability.ts';

// Syllable counts from a dictionary, for words of the kind the guidance uses.
const DICTIONARY: Record<string, number> = {
  back: 1,
  squat: 1,
  squats: 1,
  knee: 1,
  chest: 1,
  stretch: 1,
  make: 1,
  bones: 1,
  lifted: 2,
  tucked: 1,
  used: 1,
  muscle: 2,
  muscles: 2,
  table: 2,
  gently: 2,
  tummy: 2,
  buttocks: 2,
  thigh: 1,
  thighs: 1,
  doctor: 2,
  recover: 3,
  recovery: 4,
  exercise: 3,
  exercises: 4,
  physiotherapist: 6,
  physical: 3,
  therapist: 3,
  emergency: 4,
  department: 3,
  appointment: 3,
  osteoporosis: 6,
  hamstring: 2,
  neutral: 2,
  position: 3,
  everyday: 3,
  temperature: 4,
  numbness: 2,
  tingling: 2,
  ibuprofen: 4,
  paracetamol: 5,
  video: 3,
  area: 3,
  idea: 3,
  the: 1,
  every: 2,
  ceiling: 2,
  breathe: 1,
  shoulders: 2,
  towards: 2,
  before: 2,
  slowly: 2,
  weight: 1,
  heavy: 2,
  easy: 2,
  pelvis: 2,
  activity: 4,
  training: 2,
  soreness: 2,
  strengthen: 2,
  rehabilitation: 6,
};

// Words of the guidance whose spelling misleads simple rules: silent "-ed" and "-e", "-es" after a hissing sound.
const HARD: Record<string, number> = {
  any: 2,
  changes: 2,
  checked: 1,
  doing: 2,
  easier: 3,
  eases: 2,
  else: 1,
  going: 2,
  helped: 1,
  likely: 2,
  movement: 2,
  peeing: 2,
  places: 2,
  pressed: 1,
  rarely: 2,
  replacement: 3,
  something: 2,
  squeeze: 1,
  stages: 2,
  stretches: 2,
  while: 1,
};

describe('countSyllables', () => {
  const entries = Object.entries(DICTIONARY);

  it('is within one syllable of the dictionary for the words that mislead spelling rules', () => {
    const off = Object.entries(HARD).filter(([word, n]) => Math.abs(countSyllables(word) - n) > 1);
    expect(off).toEqual([]);
  });

  it('is within one syllable of the dictionary for every word', () => {
    const off = entries.filter(([word, n]) => Math.abs(countSyllables(word) - n) > 1);
    expect(off).toEqual([]);
  });

  it('matches the dictionary exactly for at least 9 words in 10', () => {
    const exact = entries.filter(([word, n]) => countSyllables(word) === n).length;
    expect(exact / entries.length).toBeGreaterThanOrEqual(0.9);
  });

  it('ignores case and punctuation around a word', () => {
    expect(countSyllables('Exercise,')).toBe(3);
    expect(countSyllables('(quads)')).toBe(1);
  });

  it('adds up the parts of a hyphenated word', () => {
    expect(countSyllables('knee-to-chest')).toBe(3);
    expect(countSyllables('body-weight')).toBe(3);
  });

  it('counts a syllable for each digit of a number', () => {
    expect(countSyllables('999')).toBe(3);
    expect(countSyllables('20')).toBe(2);
  });
});

describe('textStats', () => {
  it('splits sentences at full stops, question marks and exclamation marks', () => {
    expect(textStats(['Stop. Is it sore? Yes!'])).toEqual({ sentences: 3, words: 5, syllables: 5 });
  });

  it('ends a sentence at the end of each passage, like a list item without a full stop', () => {
    expect(textStats(['Lie on your back', 'Bend your knees']).sentences).toBe(2);
  });

  it('does not count empty passages or bare punctuation as sentences', () => {
    expect(textStats(['', ' - ', 'Rest.'])).toEqual({ sentences: 1, words: 1, syllables: 1 });
  });
});

describe('fleschKincaidGrade', () => {
  it('follows the published formula', () => {
    // 0.39 × (6 / 1) + 11.8 × (6 / 6) − 15.59
    expect(fleschKincaidGrade(textStats(['The cat sat on the mat.']))).toBeCloseTo(-1.45, 2);
    expect(fleschKincaidGrade({ sentences: 2, words: 30, syllables: 45 })).toBeCloseTo(7.96, 2);
  });

  it('rates long sentences of long words far harder than short plain ones', () => {
    const plain = textStats(['Lie on your back. Bend your knees. Hold for 20 seconds.']);
    const dense = textStats([
      'Individuals experiencing persistent musculoskeletal discomfort following resistance training should consider professional physiotherapeutic consultation.',
    ]);
    expect(fleschKincaidGrade(plain)).toBeLessThan(4);
    expect(fleschKincaidGrade(dense)).toBeGreaterThan(14);
  });

  it('is 0 for no text', () => {
    expect(fleschKincaidGrade(textStats([]))).toBe(0);
  });
});

describe('the readability measure', () => {
  it('stays out of the app: no file in src/ imports it or the syllable package', () => {
    const src = join(import.meta.dirname, '../../src');
    const importers = readdirSync(src, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      .filter((file) => /from '(?:syllable|[^']*readability\.ts)'/.test(readFileSync(file, 'utf8')));
    expect(importers).toEqual([]);
  });
});
