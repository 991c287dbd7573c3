// @vitest-environment jsdom
/**
 * The page for answers the rules decide nothing for. The checker keeps the
 * shipped rules from ever reaching it, so the test puts the triage there.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { regionById } from '../../src/engine/region.ts';
import { Pages } from '../../src/ui/pages.tsx';
import { RegionProvider } from '../../src/ui/region/region-context.tsx';
import { model } from '../../src/ui/triage/triage-context.ts';

const restart = vi.fn();
vi.mock('../../src/ui/triage/use-triage.ts', () => ({ useTriage: () => ({ page: 'gap', restart }) }));

describe('the page for answers the rules decide nothing for', () => {
  it('loads on its own, says where to get help in the region’s words, and offers to start again', async () => {
    const user = userEvent.setup();
    const uk = regionById(model.regions, 'uk');
    render(
      <RegionProvider model={model} region={uk} known onChoose={() => {}}>
        <Pages />
      </RegionProvider>,
    );
    const heading = await screen.findByRole('heading', { name: 'We cannot give a result for these answers' });
    expect(heading).toBeVisible();
    expect(document.title).toBe('We cannot give a result for these answers – Squat Back Check');
    expect(screen.getByText(/If you are worried about your back, see a GP\./)).toBeVisible();
    expect(screen.getByText(/call 999\.$/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(restart).toHaveBeenCalledOnce();
  });
});
