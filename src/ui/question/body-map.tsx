/**
 * A drawing of the body from behind, from `rules/body-map.yaml`: the region
 * of the chosen option lights up, and clicking a region chooses its option.
 * It is hidden from screen readers; the radios are the control.
 */
import type { UseFormReturn } from 'react-hook-form';
import type { BodyMap as BodyMapData } from '../../rules/model.ts';
import { model } from '../triage/triage-context.ts';

type Values = Record<string, string | string[] | null>;

interface BodyMapProps {
  readonly map: BodyMapData;
  readonly form: UseFormReturn<Values>;
}

export function BodyMap({ map, form }: BodyMapProps) {
  const labels = new Map(model.questions.find((q) => q.id === map.question)?.options.map((o) => [o.id, o.label]) ?? []);
  const chosen = form.watch(map.question);
  const choose = (option: string) =>
    form.setValue(map.question, option, { shouldValidate: form.formState.isSubmitted, shouldDirty: true });
  return (
    <svg className="body-map" viewBox={map.viewBox} aria-hidden="true" focusable="false">
      {map.outline.map((d) => (
        <path key={d} d={d} className="body-map__outline" />
      ))}
      {map.regions.map((region) => (
        // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut only; the radio beside it is the keyboard control
        <g
          key={region.option}
          className={chosen === region.option ? 'body-map__region body-map__region--chosen' : 'body-map__region'}
          onClick={() => choose(region.option)}
        >
          {/* A tooltip for pointer users; the drawing is hidden from screen readers. */}
          <title>{labels.get(region.option)}</title>
          {region.shapes.map((d) => (
            <path key={d} d={d} />
          ))}
        </g>
      ))}
    </svg>
  );
}
