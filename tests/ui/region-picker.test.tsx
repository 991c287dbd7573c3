// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RegionPicker } from '../../src/ui/region/region-picker.tsx';
import { model } from '../support/model.ts';

function Harness({ onChange }: { onChange: (id: string) => void }) {
  const [value, setValue] = useState('uk');
  return (
    <RegionPicker
      regions={model.regions}
      value={value}
      onChange={(id) => {
        setValue(id);
        onChange(id);
      }}
    />
  );
}

describe('the region picker', () => {
  it('is a labelled select that says why it asks', () => {
    render(<Harness onChange={() => {}} />);
    const select = screen.getByRole('combobox', { name: 'Where are you?' });
    expect(select).toHaveAccessibleDescription(/emergency number/);
    expect(select).toHaveValue('uk');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(model.regions.map((r) => r.name));
  });

  it('reports the region the person picks', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Where are you?' });
    await userEvent.selectOptions(select, 'Australia');
    expect(onChange).toHaveBeenCalledWith('au');
    expect(select).toHaveValue('au');
  });
});
