/**
 * Where the person is, as a labelled select: it decides which emergency
 * number and services the results name. The choice itself belongs to the
 * caller (kept with the answers).
 */
import { useId } from 'react';
import type { Region } from '../../rules/model.ts';

interface RegionPickerProps {
  readonly regions: readonly Region[];
  /** The chosen region's id. */
  readonly value: string;
  readonly onChange: (regionId: string) => void;
}

export function RegionPicker({ regions, value, onChange }: RegionPickerProps) {
  const id = useId();
  return (
    <div className="govuk-form-group">
      <label className="govuk-label" htmlFor={id}>
        Where are you?
      </label>
      <div className="govuk-hint" id={`${id}-hint`}>
        So we can show the right emergency number and services.
      </div>
      <select
        className="govuk-select"
        id={id}
        aria-describedby={`${id}-hint`}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {regions.map((region) => (
          <option key={region.id} value={region.id}>
            {region.name}
          </option>
        ))}
      </select>
    </div>
  );
}
