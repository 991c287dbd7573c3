/**
 * Checks the rules files that shape how results and questions are shown (the
 * body map and the safety net) against the questions and dispositions.
 */
import type { BodyMap, Disposition, DrawnText, Question, SafetyNetGroup } from './model.ts';
import type { BodyMapFile, SafetyNetFile } from './schema.ts';
import type { PathSegment, RuleError, YamlSource } from './yaml-source.ts';

/** The body map, with every question and option it names checked; errors are pushed to `errors`. */
export function linkBodyMap(
  source: YamlSource,
  data: BodyMapFile,
  questions: readonly Question[],
  errors: RuleError[],
): BodyMap {
  const question = questions.find((q) => q.id === data.question);
  if (!question) {
    errors.push({
      ...source.locate(['question']),
      message: `the body map names question "${data.question}", which does not exist; questions are ${questions.map((q) => q.id).join(', ')}`,
    });
  } else if (question.type !== 'single') {
    errors.push({
      ...source.locate(['question']),
      message: `the body map's question "${data.question}" must be single-choice, because clicking a region selects one answer`,
    });
  }
  const optionIds = question?.options.map((o) => o.id);
  const seen = new Set<string>();
  data.regions.forEach((region, i) => {
    if (optionIds && !optionIds.includes(region.option)) {
      errors.push({
        ...source.locate(['regions', i, 'option']),
        message: `the body map names option "${region.option}" of question "${data.question}"; options are ${optionIds.join(', ')}`,
      });
    }
    if (seen.has(region.option)) {
      errors.push({
        ...source.locate(['regions', i, 'option']),
        message: `option "${region.option}" has two regions in the body map; put all its shapes in one`,
      });
    }
    seen.add(region.option);
  });
  const fits = fitsViewBox(source, data, errors);
  (data.captions ?? []).forEach((caption, i) => {
    fits.text(['captions', i], `the caption "${caption.lines.join(' ')}"`, caption);
  });
  data.regions.forEach((region, i) => {
    const { label } = region;
    fits.text(['regions', i, 'label'], `the label of "${region.option}"`, label);
    (label.leaders ?? []).forEach(([x1, y1, x2, y2], j) => {
      fits.point(['regions', i, 'label', 'leaders', j], `a line from the label of "${region.option}"`, x1, y1);
      fits.point(['regions', i, 'label', 'leaders', j], `a line from the label of "${region.option}"`, x2, y2);
    });
  });
  return {
    question: data.question,
    viewBox: data['view-box'],
    textSize: data['text-size'],
    lineHeight: data['text-size'] * LINE_SPACING,
    outline: data.outline,
    details: data.details ?? [],
    captions: (data.captions ?? []).map(toDrawnText),
    regions: data.regions.map((region) => ({
      option: region.option,
      label: { ...toDrawnText(region.label), leaders: region.label.leaders ?? [] },
      shapes: region.shapes,
    })),
  };
}

type DrawnTextSource = NonNullable<BodyMapFile['captions']>[number];

function toDrawnText({ lines, at: [x, y], align }: DrawnTextSource): DrawnText {
  return { lines, x, y, align: align ?? 'start' };
}

/** Letters average about half their height in width: enough to catch words drawn off the edge. */
const LETTER_WIDTH = 0.5;
/** How far apart lines are, in letter heights; the drawing uses the same. */
const LINE_SPACING = 1.15;

/** Checks that points and words lie inside the drawing's view box, pushing an error for each that does not. */
function fitsViewBox(source: YamlSource, data: BodyMapFile, errors: RuleError[]) {
  const [left = 0, top = 0, width = 0, height = 0] = data['view-box'].split(' ').map(Number);
  const right = left + width;
  const bottom = top + height;
  const size = data['text-size'];
  const box = `the view box ${data['view-box']}`;
  const inside = (x: number, y: number) => x >= left && x <= right && y >= top && y <= bottom;
  return {
    point(path: readonly PathSegment[], what: string, x: number, y: number) {
      if (inside(x, y)) return;
      errors.push({ ...source.locate(path), message: `${what} reaches ${x}, ${y}, outside ${box}` });
    },
    text(path: readonly PathSegment[], what: string, words: DrawnTextSource) {
      const [x, y] = words.at;
      const wide = Math.max(...words.lines.map((line) => line.length)) * size * LETTER_WIDTH;
      const start = x - (words.align === 'end' ? wide : words.align === 'middle' ? wide / 2 : 0);
      const lowest = y + (words.lines.length - 1) * size * LINE_SPACING;
      if (inside(start, y - size * 0.75) && inside(start + wide, lowest + size * 0.25)) return;
      errors.push({
        ...source.locate([...path, 'at']),
        message: `${what} at ${x}, ${y} runs outside ${box} (about ${Math.round(start)} to ${Math.round(start + wide)} across, ${Math.round(y - size * 0.75)} to ${Math.round(lowest + size * 0.25)} down); move it, or break it into shorter lines`,
      });
    },
  };
}

/** The safety net, checked so that every result below emergency shows at least one group. */
export function linkSafetyNet(
  source: YamlSource,
  data: SafetyNetFile,
  dispositions: readonly Disposition[],
  errors: RuleError[],
): SafetyNetGroup[] {
  const ids = dispositions.map((d) => d.id);
  data.groups.forEach((group, gi) => {
    group['show-for'].forEach((id, i) => {
      if (!ids.includes(id)) {
        errors.push({
          ...source.locate(['groups', gi, 'show-for', i]),
          message: `the safety net names disposition "${id}", which does not exist; dispositions are ${ids.join(', ')}`,
        });
      }
    });
  });
  for (const d of dispositions) {
    if (d.careCard === 'emergency' || data.groups.some((g) => g['show-for'].includes(d.id))) continue;
    errors.push({
      ...source.locate(['groups']),
      message: `disposition "${d.id}" is below emergency, so its result needs safety-netting; add it to a group's show-for`,
    });
  }
  return data.groups.map((g) => ({
    careCard: g['care-card'],
    heading: g.heading,
    signs: g.signs,
    showFor: g['show-for'],
  }));
}
