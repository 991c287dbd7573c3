// @vitest-environment jsdom
/** Where the person is: chosen on the start page and every result, kept with the answers; and the FAQ page. */

import content from 'virtual:triage-content';
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { regionById } from '../../src/engine/region.ts';
import { model } from '../../src/ui/triage/triage-context.ts';
import { openApp, pageHeading, resetBrowser, resultFor, SAVED_KEY, UI_TIMEOUT } from './harness.tsx';

const whereAreYou = () => screen.getByRole('combobox', { name: 'Where are you?' });
const words = (regionId: string) => regionById(model.regions, regionId).words;

describe('where the person is', { timeout: UI_TIMEOUT }, () => {
  beforeEach(resetBrowser);

  it('defaults from the browser language and names that region on the start page', () => {
    openApp('/');
    // jsdom's browser language is en-US.
    expect(whereAreYou()).toHaveValue('us');
    expect(screen.getByText(/If you think you need emergency help, call 911 now\./)).toBeInTheDocument();
  });

  it('changes the emergency wording on the start page and keeps the choice with the answers', async () => {
    const { user } = openApp('/');
    await user.selectOptions(whereAreYou(), 'au');
    expect(screen.getByText(/call 000 now\./)).toBeInTheDocument();
    expect(JSON.parse(window.sessionStorage.getItem(SAVED_KEY) ?? '{}')).toMatchObject({ region: 'au' });
    await user.click(screen.getByRole('button', { name: /Start now/ }));
    expect(JSON.parse(window.sessionStorage.getItem(SAVED_KEY) ?? '{}')).toMatchObject({ region: 'au' });
  });

  it.each(['uk', 'us', 'au', 'elsewhere'])('shows %s emergency and urgent wording on the results', async (regionId) => {
    window.sessionStorage.setItem(SAVED_KEY, JSON.stringify({ version: 1, answers: '', region: regionId }));
    openApp('/?emergency-signs=faint');
    const emergency = await resultFor('emergency', regionId);
    expect(emergency).toHaveTextContent(words(regionId)['emergency-action'] ?? '-');
    expect(whereAreYou()).toHaveValue(regionId);
    resetBrowser();
    window.sessionStorage.setItem(SAVED_KEY, JSON.stringify({ version: 1, answers: '', region: regionId }));
    openApp('/?emergency-signs=none&warning-signs=fever');
    const urgent = await resultFor('urgent', regionId);
    expect(urgent).toHaveTextContent(words(regionId)['urgent-action'] ?? '-');
    expect(urgent.textContent).not.toMatch(/\{[a-z-]+\}/);
  });

  it('changes the wording of a result in place', async () => {
    const { user } = openApp('/?emergency-signs=none&warning-signs=fever');
    await resultFor('urgent', 'us');
    await user.selectOptions(whereAreYou(), 'uk');
    expect(pageHeading()).toHaveTextContent(words('uk')['urgent-action'] ?? '-');
    expect(screen.getAllByText(new RegExp(words('uk')['emergency-if'] ?? '-')).length).toBeGreaterThan(0);
  });

  it('keeps the region when the person starts again', async () => {
    const { user } = openApp('/?emergency-signs=faint');
    await resultFor('emergency', 'us');
    await user.selectOptions(whereAreYou(), 'uk');
    await user.click(screen.getByRole('button', { name: 'Start again with different symptoms' }));
    expect(whereAreYou()).toHaveValue('uk');
  });
});

describe('the FAQ', { timeout: UI_TIMEOUT }, () => {
  beforeEach(resetBrowser);

  it('is linked from the start page and from every page', () => {
    openApp('/');
    const links = screen.getAllByRole('link', { name: /Questions about back pain after squats/ });
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const link of links) expect(link).toHaveAttribute('href', '/faq');
  });

  it('is linked from a result', async () => {
    openApp('/?emergency-signs=faint');
    await resultFor('emergency', 'us');
    expect(screen.getByRole('link', { name: /Questions about back pain after squats/ })).toHaveAttribute(
      'href',
      '/faq',
    );
  });

  it('shows every question and all the guidance at its own address, without touching saved answers', async () => {
    const saved = JSON.stringify({ version: 1, answers: 'emergency-signs=none', region: 'uk' });
    window.sessionStorage.setItem(SAVED_KEY, saved);
    openApp('/faq');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Questions about back pain after squats' }),
    ).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Is it normal for my lower back to hurt after squats?' }),
    ).toBeVisible();
    for (const article of Object.values(content.articles)) {
      expect(screen.getByRole('heading', { level: 3, name: article.title })).toBeVisible();
    }
    expect(screen.getByRole('link', { name: 'Back to the check' })).toHaveAttribute('href', '/');
    expect(window.sessionStorage.getItem(SAVED_KEY)).toBe(saved);
  });
});
