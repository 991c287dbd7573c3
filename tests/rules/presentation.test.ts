/** The body map and safety net files: checked against the questions and dispositions, with file:line errors. */
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES_DIR } from '../../src/cli/shared.ts';
import { compileRules } from '../../src/rules/compile.ts';
import { readRuleFiles } from '../../src/rules/load-dir.ts';
import type { BodyMap } from '../../src/rules/model.ts';
import { formatRuleError } from '../../src/rules/yaml-source.ts';

const shipped = readRuleFiles(RULES_DIR);

function errorsWith(name: string, edit: (text: string) => string): string[] {
  const files = new Map(shipped);
  files.set(name, edit(files.get(name) ?? ''));
  const result = compileRules(files);
  return result.ok ? [] : result.errors.map(formatRuleError);
}

describe('the shipped body map and safety net', () => {
  it('compile into the model', () => {
    const result = compileRules(shipped);
    if (!result.ok) throw new Error(result.errors.map(formatRuleError).join('\n'));
    const { bodyMap, questions, dispositions } = result.model;
    const { safetyNet } = result.content;
    const question = questions.find((q) => q.id === bodyMap?.question);
    expect(bodyMap?.regions.map((r) => r.option).sort()).toEqual(question?.options.map((o) => o.id).sort());
    for (const d of dispositions.filter((d) => d.careCard !== 'emergency')) {
      expect(
        safetyNet.some((g) => g.showFor.includes(d.id)),
        d.id,
      ).toBe(true);
    }
    expect(questions.every((q) => q.error !== undefined)).toBe(true);
  });
});

/** The corners of an SVG path written with absolute M, L, C and Q commands, as [x, y] pairs. */
function points(d: string): [number, number][] {
  expect(d, 'the test reads absolute M, L, C, Q and Z commands only').toMatch(/^[MLCQZ0-9 .-]+$/);
  const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  return numbers.flatMap((n, i) => (i % 2 === 0 ? [[n, numbers[i + 1] ?? Number.NaN] as [number, number]] : []));
}

function bounds(shapes: readonly string[]) {
  const all = shapes.flatMap(points);
  const xs = all.map(([x]) => x);
  const ys = all.map(([, y]) => y);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

describe('the shipped body map', () => {
  // Compiled before the first of these tests, not as the file loads: a run that picks none of them
  // (a mutation run picking one test) skips the compiling, and the compiling runs with the run's code.
  let map: BodyMap;
  beforeAll(() => {
    const result = compileRules(shipped);
    if (!result.ok) throw new Error(result.errors.map(formatRuleError).join('\n'));
    if (!result.model.bodyMap) throw new Error('the rules have no body map');
    map = result.model.bodyMap;
  });
  const shapesOf = (option: string) => map.regions.find((r) => r.option === option)?.shapes ?? [];

  it('draws each body as one closed path, so no seam can show between its parts', () => {
    expect(map.outline.length).toBe(2);
    for (const body of map.outline) {
      expect(body.match(/[Mm]/g)).toHaveLength(1);
      expect(body.trim()).toMatch(/Z$/);
    }
  });

  it('names every region with a label of a word or two a line, with a line to the region', () => {
    for (const { option, label } of map.regions) {
      expect(label.lines.length, option).toBeGreaterThan(0);
      for (const line of label.lines) expect(line.length, `${option}: "${line}"`).toBeLessThanOrEqual(12);
      expect(label.leaders.length, option).toBeGreaterThan(0);
    }
    expect(map.captions.map((c) => c.lines.join(' '))).toEqual(['From behind', 'From the front']);
  });

  it('draws pain that spreads down the leg as one stripe from the buttock to below the thighs', () => {
    const [stripe, ...others] = shapesOf('down-the-leg');
    expect(others).toEqual([]);
    const leg = bounds([stripe ?? '']);
    const buttocks = bounds(shapesOf('buttocks-hips'));
    const thighs = bounds(shapesOf('thighs'));
    expect(leg.top).toBeGreaterThanOrEqual(buttocks.top);
    expect(leg.top).toBeLessThan(buttocks.bottom);
    expect(leg.bottom).toBeGreaterThan(thighs.bottom + 20);
    expect(leg.bottom - leg.top).toBeGreaterThan(5 * (leg.right - leg.left));
    // Drawn last, so it lies on top of the buttock and thigh it runs over.
    expect(map.regions.at(-1)?.option).toBe('down-the-leg');
  });

  it('shows the fronts of the thighs on the small body, as part of the thighs', () => {
    const front = bounds([map.outline[1] ?? '']);
    const inFront = shapesOf('thighs').filter((d) => {
      const b = bounds([d]);
      return b.left >= front.left && b.right <= front.right;
    });
    expect(inFront).toHaveLength(2);
  });
});

/** The line and column where `text` first appears in the file as edited. */
function place(text: string, needle: string): string {
  const before = text.slice(0, text.indexOf(needle));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${line}:${column}`;
}

describe('body map errors', () => {
  it('names an unknown option with its place and the options allowed', () => {
    const errors = errorsWith('body-map.yaml', (t) => t.replace('option: thighs', 'option: thihgs'));
    expect(errors).toEqual([expect.stringMatching(/^rules\/body-map\.yaml:\d+:\d+: .*"thihgs".*options are /)]);
  });

  it('refuses a multi-select question and path data that is not SVG path data', () => {
    const multi = errorsWith('body-map.yaml', (t) => t.replace(/^question: .*$/m, 'question: emergency-signs'));
    expect(multi.join('\n')).toMatch(/body-map\.yaml:\d+:\d+: .*must be single-choice/);
    let edited = '';
    const script = errorsWith('body-map.yaml', (t) => {
      edited = t.replace(/^( {6}- )M[^\n]*/m, '$1<script>');
      return edited;
    });
    expect(script).toEqual([
      expect.stringMatching(
        new RegExp(`^rules/body-map\\.yaml:${place(edited, '<script>')}: .*a shape is SVG path data`),
      ),
    ]);
  });

  it('points at a label drawn outside the view box', () => {
    let edited = '';
    const errors = errorsWith('body-map.yaml', (t) => {
      edited = t.replace(/^( {6}at: )\[[^\]]*\]/m, '$1[900, 62]');
      return edited;
    });
    expect(errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^rules/body-map\\.yaml:${place(edited, '[900, 62]')}: the label of "[a-z-]+" at 900, 62 runs outside the view box`,
        ),
      ),
    ]);
  });

  it('points at a label too long for its place, and at a line that leaves the drawing', () => {
    let edited = '';
    const errors = errorsWith('body-map.yaml', (t) => {
      edited = t
        .replace(/^( {6}lines: )\[Middle of, lower back\]/m, '$1[Middle of, the lower part of my back]')
        .replace(/^( {8}- )\[([^\]]*), -?[\d.]+\]/m, '$1[$2, 300]');
      return edited;
    });
    expect(errors.join('\n')).toMatch(
      /body-map\.yaml:\d+:\d+: the label of "lower-back-middle" at .* runs outside the view box .*shorter lines/,
    );
    expect(errors.join('\n')).toMatch(/reaches [\d.]+, 300, outside the view box 0 0 \d+ 262/);
    expect(errors.every((e) => e.startsWith('rules/body-map.yaml:'))).toBe(true);
  });

  it('needs a label on every region, and words in each of its lines', () => {
    let edited = '';
    const errors = errorsWith('body-map.yaml', (t) => {
      edited = t.replace(/^( {6}lines: )\[Buttocks, or hips\]/m, "$1[Buttocks, ' ']");
      return edited;
    });
    expect(errors).toEqual([
      `rules/body-map.yaml:${place(edited, "' '")}: regions[2], label, lines[1]: this text cannot be empty`,
    ]);
    const unlabelled = errorsWith('body-map.yaml', (t) => t.replace(/^ {4}label:\n( {6}.*\n)+?(?= {4}shapes:)/m, ''));
    expect(unlabelled).toEqual([expect.stringMatching(/^rules\/body-map\.yaml:\d+:\d+: .*label/)]);
  });
});

describe('safety net errors', () => {
  it('names an unknown disposition', () => {
    const errors = errorsWith('safety-net.yaml', (t) => t.replace('show-for: [self-care]', 'show-for: [self-car]'));
    expect(errors.join('\n')).toMatch(/safety-net\.yaml:\d+:\d+: .*"self-car".*dispositions are/);
  });

  it('requires safety-netting on every result below emergency', () => {
    const errors = errorsWith('safety-net.yaml', (t) =>
      t
        .replace('show-for: [see-professional, self-care]', 'show-for: [self-care]')
        .replaceAll('show-for: [urgent, see-professional, self-care]', 'show-for: [urgent, self-care]'),
    );
    expect(errors.join('\n')).toMatch(/disposition "see-professional" is below emergency/);
  });
});
