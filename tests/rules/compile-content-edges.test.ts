/**
 * The checks for content around the rules (the FAQ's links, the regions, the
 * placeholders and the drawings) on small files written here: what they
 * compile to, and each error an author sees, at its line and column, with
 * what is allowed.
 */
import { describe, expect, it } from 'vitest';
import {
  checkPictures,
  checkPlaceholders,
  linkFaq,
  linkRegions,
  type Parsed,
} from '../../src/rules/compile-content.ts';
import type { Region } from '../../src/rules/model.ts';
import { type FaqFile, type GuidanceFile, guidanceFile, ruleFiles } from '../../src/rules/schema.ts';
import { formatRuleError, parseYamlSource, type RuleError } from '../../src/rules/yaml-source.ts';

function parsed<T>(file: string, text: string, parse: (data: unknown) => T): Parsed<T> {
  const source = parseYamlSource(file, text);
  return { source, data: parse(source.data) };
}

function regions(text: string) {
  const errors: RuleError[] = [];
  const linked = linkRegions(
    parsed('rules/regions.yaml', text, (d) => ruleFiles['regions.yaml'].parse(d)),
    errors,
  );
  return { regions: linked, errors: errors.map(formatRuleError) };
}

const NORTH = `  - id: north
    name: North
    sentence-name: the North
    countries: [NO, SE]
    fallback: true
    phone:
      emergency: { call: Call 112, number: "112" }
      urgent: { call: Call 1813, number: "1813" }
      online: { text: Use the helpline online, url: "https://help.example.org/" }
    words:
      doctor: doctor
      emergency-number: "112"
`;

const SOUTH = `  - id: south
    name: South
    countries: [IT]
    phone:
      emergency: { call: Call 118, number: "118" }
    words:
      doctor: medico
      emergency-number: "118"
`;

describe('the regions, compiled', () => {
  it('give each region its names, countries, fallback, numbers and words, leaving out lines it has not', () => {
    const { regions: linked, errors } = regions(`regions:\n${NORTH}${SOUTH}`);
    expect(errors).toEqual([]);
    expect(linked).toStrictEqual([
      {
        id: 'north',
        name: 'North',
        sentenceName: 'the North',
        countries: ['NO', 'SE'],
        fallback: true,
        phone: {
          emergency: { call: 'Call 112', number: '112' },
          urgent: { call: 'Call 1813', number: '1813' },
          online: { text: 'Use the helpline online', url: 'https://help.example.org/' },
        },
        words: { doctor: 'doctor', 'emergency-number': '112' },
      },
      {
        id: 'south',
        name: 'South',
        sentenceName: 'South',
        countries: ['IT'],
        fallback: false,
        phone: { emergency: { call: 'Call 118', number: '118' } },
        words: { doctor: 'medico', 'emergency-number': '118' },
      },
    ]);
  });
});

describe('region errors, each at its place', () => {
  it('refuses a region id used twice, at the second, saying where it was first used', () => {
    const { errors } = regions(`regions:\n${NORTH}${SOUTH}${SOUTH.replace('countries: [IT]', 'countries: [MT]')}`);
    expect(errors).toEqual(['rules/regions.yaml:22:9: region id "south" is used twice; it was first used at line 14']);
  });

  it('gives the line of the first id itself, when the region starts with another key', () => {
    const nameFirst = SOUTH.replace('  - id: south\n    name: South\n', '  - name: South\n    id: south\n');
    const { errors } = regions(`regions:\n${NORTH}${nameFirst}${SOUTH.replace('countries: [IT]', 'countries: [MT]')}`);
    expect(errors).toEqual(['rules/regions.yaml:22:9: region id "south" is used twice; it was first used at line 15']);
  });

  it('refuses a country that two regions list, at the second listing', () => {
    const { errors } = regions(`regions:\n${NORTH}${SOUTH.replace('countries: [IT]', 'countries: [IT, SE]')}`);
    expect(errors).toEqual([
      'rules/regions.yaml:16:21: country "SE" already chooses region "north"; a country can choose only one region',
    ]);
  });

  it('refuses a second fallback at its "fallback: true"', () => {
    const { errors } = regions(
      `regions:\n${NORTH}${SOUTH.replace('countries: [IT]\n', 'countries: [IT]\n    fallback: true\n')}`,
    );
    expect(errors).toEqual([
      'rules/regions.yaml:17:15: exactly one region needs "fallback: true", for people whose language setting names no listed country; 2 do',
    ]);
  });

  it('points at the list of regions when none is the fallback', () => {
    const { errors } = regions(`regions:\n${NORTH.replace('    fallback: true\n', '')}${SOUTH}`);
    expect(errors).toEqual([
      'rules/regions.yaml:2:3: exactly one region needs "fallback: true", for people whose language setting names no listed country; 0 do',
    ]);
  });

  it('names, in order, the placeholders a region does not fill, at its words', () => {
    const north = NORTH.replace('      doctor: doctor\n', '      doctor: doctor\n      tummy: belly\n');
    const south = SOUTH.replace(
      '      doctor: medico\n      emergency-number: "118"\n',
      '      physio: fisioterapista\n',
    );
    const { errors } = regions(`regions:\n${north}${south}`);
    expect(errors).toEqual([
      'rules/regions.yaml:12:7: region "north" does not say what {physio} should read; every region fills the same placeholders',
      'rules/regions.yaml:21:7: region "south" does not say what {doctor}, {emergency-number}, {tummy} should read; every region fills the same placeholders',
    ]);
  });
});

const faqText = `faq:
  - question: Should I rest?
    answer: A little.
    article: rest
  - question: Should I stretch?
    answer: Gently.
    article: strech
`;

function faq(articles: readonly string[]) {
  const errors: RuleError[] = [];
  const entries = linkFaq(
    parsed('rules/faq.yaml', faqText, (d): FaqFile => ruleFiles['faq.yaml'].parse(d)),
    articles,
    errors,
  );
  return { entries, errors: errors.map(formatRuleError) };
}

describe('the FAQ', () => {
  it('gives each question with its answer and article', () => {
    expect(faq(['strech', 'rest']).entries).toStrictEqual([
      { question: 'Should I rest?', answer: 'A little.', article: 'rest' },
      { question: 'Should I stretch?', answer: 'Gently.', article: 'strech' },
    ]);
  });

  it('refuses a link to an article that does not exist, at the link, listing the articles in order', () => {
    expect(faq(['stretching', 'rest', 'posture']).errors).toEqual([
      'rules/faq.yaml:7:14: the question "Should I stretch?" links to article "strech", which does not exist; articles are posture, rest, stretching',
    ]);
  });
});

const wordsOf = (words: Record<string, string>): Region => ({
  id: 'here',
  name: 'Here',
  sentenceName: 'Here',
  countries: [],
  fallback: true,
  phone: { emergency: { call: 'Call 112', number: '112' } },
  words,
});

function placeholders(text: string, filled: readonly Region[]): string[] {
  const errors: RuleError[] = [];
  checkPlaceholders([parsed('rules/questions.yaml', text, (d) => d)], filled, errors);
  return errors.map(formatRuleError);
}

describe('the placeholder check', () => {
  const text = `questions:
  - id: where
    text: Does your {tummy} hurt?
    hint: ~
    options:
      - label: "{doctor} or {pyhsio}"
        order: 2
`;

  it('looks through lists, maps and empty values, pointing at each unknown placeholder and listing the known ones in order', () => {
    const filled = [wordsOf({ tummy: 'belly', doctor: 'doctor' }), wordsOf({ physio: 'physio' })];
    expect(placeholders(text, filled)).toEqual([
      'rules/questions.yaml:6:16: "{pyhsio}" is not a placeholder the regions fill (in regions.yaml); placeholders are {doctor}, {physio}, {tummy}',
    ]);
  });

  it('says there are none when the regions fill no placeholder', () => {
    expect(placeholders(text, [wordsOf({})])).toEqual([
      'rules/questions.yaml:3:11: "{tummy}" is not a placeholder the regions fill (in regions.yaml); placeholders are (there are none)',
      'rules/questions.yaml:6:16: "{doctor}" is not a placeholder the regions fill (in regions.yaml); placeholders are (there are none)',
      'rules/questions.yaml:6:16: "{pyhsio}" is not a placeholder the regions fill (in regions.yaml); placeholders are (there are none)',
    ]);
  });

  it('refuses empty braces as a placeholder no region fills', () => {
    expect(placeholders('text: Call {} now\n', [wordsOf({ doctor: 'doctor' })])).toEqual([
      'rules/questions.yaml:1:7: "{}" is not a placeholder the regions fill (in regions.yaml); placeholders are {doctor}',
    ]);
  });
});

function pictures(known: readonly string[]): string[] {
  const article = parsed(
    'rules/guidance/stretching.yaml',
    `title: Stretching
summary: Gentle stretches.
sections:
  - heading: Hamstrings
    picture:
      file: hamstrings
      alt: A person lying on their back with one leg raised and a towel around the foot, pulled gently towards them.
    steps: [Lie on your back.]
  - heading: Rest
    steps: [Rest a day.]
recovery: A week or two.
sources:
  - { name: NHS, title: Back pain, url: "https://www.nhs.uk/conditions/back-pain/" }
`,
    (d): GuidanceFile => guidanceFile.parse(d),
  );
  const errors: RuleError[] = [];
  checkPictures(new Map([['stretching', article]]), new Set(known), errors);
  return errors.map(formatRuleError);
}

describe('the picture check', () => {
  it('points at a picture with no drawing, listing the drawings in order', () => {
    expect(pictures(['squat', 'bird-dog'])).toEqual([
      'rules/guidance/stretching.yaml:6:13: there is no drawing "hamstrings.svg" in public/pictures/; drawings are bird-dog, squat',
    ]);
  });

  it('says there are none when the folder has no drawings', () => {
    expect(pictures([])).toEqual([
      'rules/guidance/stretching.yaml:6:13: there is no drawing "hamstrings.svg" in public/pictures/; drawings are (there are none)',
    ]);
  });

  it('accepts a picture that has its drawing', () => {
    expect(pictures(['hamstrings'])).toEqual([]);
  });
});
