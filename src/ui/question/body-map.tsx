/**
 * A drawing of the body from behind, with a small one from the front, from
 * `rules/body-map.yaml`: each option's region is drawn on the body and named
 * by a label beside it. Clicking a region or its label chooses its option, and
 * the chosen region lights up, with a thicker edge and its label in bold.
 * The drawing is hidden from screen readers; the radios are the control.
 */
import { useWatch } from 'react-hook-form';
import type { BodyMap as BodyMapData, DrawnText } from '../../rules/model.ts';
import { useModel } from '../region/region-context.tsx';
import { useAnswerForm } from './answer-form.ts';

export function BodyMap({ map }: { readonly map: BodyMapData }) {
  const model = useModel();
  const { control, setValue, formState } = useAnswerForm();
  const labels = new Map(model.questions.find((q) => q.id === map.question)?.options.map((o) => [o.id, o.label]) ?? []);
  // Only the drawing re-renders as the choice changes, not the whole form.
  const chosen = useWatch({ control, name: map.question });
  const choose = (option: string) =>
    setValue(map.question, option, { shouldValidate: formState.isSubmitted, shouldDirty: true });
  const className = (block: string, option: string) => (chosen === option ? `${block} ${block}--chosen` : block);
  return (
    <svg className="body-map" viewBox={map.viewBox} aria-hidden="true" focusable="false" fontSize={map.textSize}>
      {map.outline.map((d) => (
        <path key={d} d={d} className="body-map__outline" />
      ))}
      {map.details.map((d) => (
        <path key={d} d={d} className="body-map__detail" />
      ))}
      {map.regions.map((region) => (
        // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut only; the radio beside it is the keyboard control
        <g
          key={region.option}
          className={className('body-map__region', region.option)}
          onClick={() => choose(region.option)}
        >
          {/* A tooltip for pointer users; the drawing is hidden from screen readers. */}
          <title>{labels.get(region.option)}</title>
          {region.shapes.map((d) => (
            <path key={d} d={d} />
          ))}
        </g>
      ))}
      {/* The labels after every region, so no region covers a label's line. */}
      {map.regions.map(({ option, label }) => (
        // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut only, as above
        <g key={option} className={className('body-map__label', option)} onClick={() => choose(option)}>
          {label.leaders.map(([x1, y1, x2, y2]) => (
            <g key={`${x1} ${y1} ${x2} ${y2}`}>
              <line x1={x1} y1={y1} x2={x2} y2={y2} className="body-map__leader" />
              <circle cx={x2} cy={y2} r={map.textSize / 7} className="body-map__dot" />
            </g>
          ))}
          <Words text={label} lineHeight={map.lineHeight} />
        </g>
      ))}
      {map.captions.map((caption) => (
        <g key={caption.lines.join(' ')} className="body-map__caption">
          <Words text={caption} lineHeight={map.lineHeight} />
        </g>
      ))}
    </svg>
  );
}

function Words({ text, lineHeight }: { readonly text: DrawnText; readonly lineHeight: number }) {
  return (
    <text x={text.x} y={text.y} textAnchor={text.align}>
      {text.lines.map((line, i) => (
        <tspan key={line} x={text.x} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
