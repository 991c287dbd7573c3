/**
 * The body map and safety net checks at their edges, on small files written
 * here: what they compile to, and each error an author sees, at its line and
 * column, with what is allowed.
 */
import { describe, expect, it } from 'vitest';
import { linkBodyMap, linkSafetyNet } from '../../src/rules/link-presentation.ts';
import type { Disposition, Question } from '../../src/rules/model.ts';
import { type BodyMapFile, bodyMapFile, type SafetyNetFile, safetyNetFile } from '../../src/rules/schema.ts';
import { formatRuleError, parseYamlSource, type RuleError } from '../../src/rules/yaml-source.ts';

const where: Question = {
  id: 'where',
  type: 'single',
  text: 'Where does it hurt?',
  askWhen: null,
  options: [
    { id: 'back', label: 'Back', exclusive: false },
    { id: 'hips', label: 'Hips', exclusive: false },
  ],
};
const which: Question = { ...where, id: 'which', type: 'multi' };

/** The body map in `text` linked against `questions`: what it compiles to, and its errors as an author reads them. */
function bodyMap(text: string, questions: readonly Question[] = [where, which]) {
  const source = parseYamlSource('rules/body-map.yaml', text);
  const data: BodyMapFile = bodyMapFile.parse(source.data);
  const errors: RuleError[] = [];
  const map = linkBodyMap(source, data, questions, errors);
  return { map, errors: errors.map(formatRuleError) };
}

/** A body map 200 wide and 100 high, with letters 10 high, for `question`, with `regions` and `extra` lines. */
function mapText(regions: string, { question = 'where', extra = '' } = {}): string {
  return `question: ${question}
view-box: 0 0 200 100
text-size: 10
outline:
  - M0 0 L200 0 L200 100 Z
${extra}regions:
${regions}`;
}

const BACK = `  - option: back
    label:
      lines: [Back]
      at: [20, 20]
    shapes:
      - M10 10 L20 10 Z
`;

describe('the body map, compiled', () => {
  it('gives the view box, letter size and line height, with no details or captions when none are written', () => {
    const { map, errors } = bodyMap(mapText(BACK));
    expect(errors).toEqual([]);
    expect(map).toStrictEqual({
      question: 'where',
      viewBox: '0 0 200 100',
      textSize: 10,
      lineHeight: 10 * 1.15,
      outline: ['M0 0 L200 0 L200 100 Z'],
      details: [],
      captions: [],
      regions: [
        {
          option: 'back',
          label: { lines: ['Back'], x: 20, y: 20, align: 'start', leaders: [] },
          shapes: ['M10 10 L20 10 Z'],
        },
      ],
    });
  });

  it('spaces lines 1.15 letters apart', () => {
    const { map } = bodyMap(mapText(BACK).replace('text-size: 10', 'text-size: 20'));
    expect(map.textSize).toBe(20);
    expect(map.lineHeight).toBeCloseTo(23, 10);
  });

  it('keeps the details, the captions and the labels with their alignment and leader lines', () => {
    const text = mapText(
      `  - option: back
    label:
      lines: [Lower, back]
      at: [60, 30]
      align: end
      leaders:
        - [62, 32, 100, 50]
    shapes:
      - M90 40 L110 40 Z
`,
      {
        extra: `details:
  - M100 10 L100 60
captions:
  - lines: [From behind]
    at: [100, 90]
    align: middle
`,
      },
    );
    const { map, errors } = bodyMap(text);
    expect(errors).toEqual([]);
    expect(map.details).toEqual(['M100 10 L100 60']);
    expect(map.captions).toStrictEqual([{ lines: ['From behind'], x: 100, y: 90, align: 'middle' }]);
    expect(map.regions).toStrictEqual([
      {
        option: 'back',
        label: { lines: ['Lower', 'back'], x: 60, y: 30, align: 'end', leaders: [[62, 32, 100, 50]] },
        shapes: ['M90 40 L110 40 Z'],
      },
    ]);
  });
});

describe('body map errors, each at its place', () => {
  it('names a question that does not exist, listing the questions', () => {
    const { errors } = bodyMap(mapText(BACK, { question: 'wehre' }));
    expect(errors).toEqual([
      'rules/body-map.yaml:1:11: the body map names question "wehre", which does not exist; questions are where, which',
    ]);
  });

  it('refuses a multi-choice question at the question', () => {
    const { errors } = bodyMap(mapText(BACK, { question: 'which' }));
    expect(errors).toEqual([
      `rules/body-map.yaml:1:11: the body map's question "which" must be single-choice, because clicking a region selects one answer`,
    ]);
  });

  it('names an option the question does not have, at the option, listing its options', () => {
    const { errors } = bodyMap(mapText(`${BACK}${BACK.replace('option: back', 'option: knees')}`));
    expect(errors).toEqual([
      'rules/body-map.yaml:13:13: the body map names option "knees" of question "where"; options are back, hips',
    ]);
  });

  it('refuses a second region for the same option, at the second', () => {
    const { errors } = bodyMap(mapText(`${BACK}${BACK}`));
    expect(errors).toEqual([
      'rules/body-map.yaml:13:13: option "back" has two regions in the body map; put all its shapes in one',
    ]);
  });

  it('takes points on the very edges of the view box as inside it', () => {
    const text = mapText(
      BACK.replace(
        'at: [20, 20]\n',
        'at: [20, 20]\n      leaders:\n        - [0, 0, 200, 100]\n        - [200, 0, 0, 100]\n',
      ),
    );
    expect(bodyMap(text).errors).toEqual([]);
  });

  it('points at each end of a leader line that leaves the drawing, giving the point and the view box', () => {
    const text = mapText(
      BACK.replace(
        'at: [20, 20]\n',
        'at: [20, 20]\n      leaders:\n        - [-1, 5, 20, 101]\n        - [5, -1, 201, 5]\n',
      ),
    );
    expect(bodyMap(text).errors).toEqual([
      'rules/body-map.yaml:12:11: a line from the label of "back" reaches -1, 5, outside the view box 0 0 200 100',
      'rules/body-map.yaml:12:11: a line from the label of "back" reaches 20, 101, outside the view box 0 0 200 100',
      'rules/body-map.yaml:13:11: a line from the label of "back" reaches 5, -1, outside the view box 0 0 200 100',
      'rules/body-map.yaml:13:11: a line from the label of "back" reaches 201, 5, outside the view box 0 0 200 100',
    ]);
  });

  it('points at a caption that pokes out of the top, giving how far it reaches', () => {
    // Letters reach three quarters of their height above the baseline: 5 - 7.5 is above the top.
    const text = mapText(BACK, { extra: 'captions:\n  - lines: [Seen from behind]\n    at: [0, 5]\n' });
    expect(bodyMap(text).errors).toEqual([
      'rules/body-map.yaml:8:9: the caption "Seen from behind" at 0, 5 runs outside the view box 0 0 200 100 (about 0 to 80 across, -2 to 8 down); move it, or break it into shorter lines',
    ]);
  });

  it('fits words that touch the top and left edges exactly', () => {
    const text = mapText(BACK, { extra: 'captions:\n  - lines: [Seen from behind]\n    at: [0, 7.5]\n' });
    expect(bodyMap(text).errors).toEqual([]);
  });

  it('counts every line of a caption when it nears the bottom', () => {
    // Two lines: the second baseline is 11.5 lower, and letters reach a quarter of their height below it.
    const text = mapText(BACK, { extra: 'captions:\n  - lines: [From, behind]\n    at: [10, 90]\n' });
    expect(bodyMap(text).errors).toEqual([
      'rules/body-map.yaml:8:9: the caption "From behind" at 10, 90 runs outside the view box 0 0 200 100 (about 10 to 40 across, 83 to 104 down); move it, or break it into shorter lines',
    ]);
    const fits = mapText(BACK, { extra: 'captions:\n  - lines: [From, behind]\n    at: [10, 86]\n' });
    expect(bodyMap(fits).errors).toEqual([]);
  });

  it('centres middle-aligned words on their point, and ends end-aligned words there', () => {
    const text = mapText(
      BACK.replace('at: [20, 20]', 'at: [30, 50]\n      align: end').replace('lines: [Back]', 'lines: [Lower back]'),
      { extra: 'captions:\n  - lines: [From behind]\n    at: [190, 50]\n    align: middle\n' },
    );
    expect(bodyMap(text).errors).toEqual([
      'rules/body-map.yaml:8:9: the caption "From behind" at 190, 50 runs outside the view box 0 0 200 100 (about 163 to 218 across, 43 to 53 down); move it, or break it into shorter lines',
      'rules/body-map.yaml:14:11: the label of "back" at 30, 50 runs outside the view box 0 0 200 100 (about -20 to 30 across, 43 to 53 down); move it, or break it into shorter lines',
    ]);
  });
});

const dispositions: Disposition[] = [
  { id: 'emergency', careCard: 'emergency', title: 'Call now', summary: 'Now.' },
  { id: 'urgent', careCard: 'urgent', title: 'Today', summary: 'Today.' },
  { id: 'self-care', careCard: 'non-urgent', title: 'At home', summary: 'Home.' },
];

function safetyNet(text: string) {
  const source = parseYamlSource('rules/safety-net.yaml', text);
  const data: SafetyNetFile = safetyNetFile.parse(source.data);
  const errors: RuleError[] = [];
  const groups = linkSafetyNet(source, data, dispositions, errors);
  return { groups, errors: errors.map(formatRuleError) };
}

describe('the safety net', () => {
  it('compiles each group with its care card, heading, signs and results', () => {
    const { groups, errors } = safetyNet(`groups:
  - care-card: emergency
    heading: Call 999 if
    signs: [you have chest pain]
    show-for: [urgent, self-care]
`);
    expect(errors).toEqual([]);
    expect(groups).toStrictEqual([
      {
        careCard: 'emergency',
        heading: 'Call 999 if',
        signs: ['you have chest pain'],
        showFor: ['urgent', 'self-care'],
      },
    ]);
  });

  it('names a result that does not exist, at its place in show-for, listing the results', () => {
    const { errors } = safetyNet(`groups:
  - care-card: urgent
    heading: Call 111 if
    signs: [you get a fever]
    show-for: [urgent, self-care, slef-care]
`);
    expect(errors).toEqual([
      'rules/safety-net.yaml:5:35: the safety net names disposition "slef-care", which does not exist; dispositions are emergency, urgent, self-care',
    ]);
  });

  it('points at the groups when a result below emergency is in none of them', () => {
    const { errors } = safetyNet(`groups:
  - care-card: urgent
    heading: Call 111 if
    signs: [you get a fever]
    show-for: [urgent]
`);
    expect(errors).toEqual([
      `rules/safety-net.yaml:2:3: disposition "self-care" is below emergency, so its result needs safety-netting; add it to a group's show-for`,
    ]);
  });
});
