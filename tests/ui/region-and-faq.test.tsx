// @vitest-environment jsdom
/**
 * Where the person is: named in one line on the start page and on results,
 * changed on its own page and kept with the answers; and the FAQ and guidance
 * pages, each at its own address.
 */

import content from 'virtual:triage-content';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fillPlaceholders, regionById } from '../../src/engine/region.ts';
import { leaveFor } from '../../src/ui/shared/leave-for.ts';
import { model } from '../../src/ui/triage/triage-context.ts';
import { openApp, REGION_KEY, regionChosenBefore, resetBrowser, resultFor, SAVED_KEY, UI_TIMEOUT } from './harness.tsx';

vi.mock('../../src/ui/shared/leave-for.ts', () => ({ leaveFor: vi.fn() }));

const words = (regionId: string) => regionById(model.regions, regionId).words;
const regionLine = () => screen.getByText(/^Showing numbers for /);
const remembered = () => window.localStorage.getItem(REGION_KEY);

describe('where the person is', { timeout: UI_TIMEOUT }, () => {
  beforeEach(() => {
    resetBrowser();
    vi.mocked(leaveFor).mockClear();
  });

  it('names the region from the browser language on the start page, with no form field there', () => {
    openApp('/');
    // jsdom's browser language is en-US.
    expect(regionLine()).toHaveTextContent('Showing numbers for the United States. Change where you are');
    expect(within(regionLine()).getByRole('link', { name: 'Change where you are' })).toHaveAttribute(
      'href',
      '/region?from=%2F',
    );
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByText(/If you think you need emergency help, call 911 now\./)).toBeInTheDocument();
  });

  it('lists every region on its own page, the current one chosen, and goes back where the person was', async () => {
    const { user } = openApp('/region?from=%2Fresult');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Where are you?');
    const group = screen.getByRole('group', { name: 'Where are you?' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(model.regions.map((r) => r.id));
    expect(within(group).getByRole('radio', { name: 'United States' })).toBeChecked();
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/result');
    await user.click(within(group).getByRole('radio', { name: 'New Zealand' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(remembered()).toBe('nz');
    expect(window.sessionStorage.getItem(SAVED_KEY)).toBeNull();
    expect(leaveFor).toHaveBeenCalledWith('/result');
  });

  it('remembers the country chosen on this device for the next visit, and nothing else there', async () => {
    const { user, unmount } = openApp('/region?from=%2F');
    await user.click(await screen.findByRole('radio', { name: 'New Zealand' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    unmount();
    // A new visit: a new tab's sessionStorage is empty, the device's localStorage is not.
    window.sessionStorage.clear();
    openApp('/');
    expect(regionLine()).toHaveTextContent('Showing numbers for New Zealand.');
    expect(Object.keys(window.localStorage)).toEqual([REGION_KEY]);
  });

  it('never returns to another site or a made-up page', async () => {
    for (const from of ['https://evil.example/', '//evil.example/x', '/nowhere', 'javascript:alert(1)']) {
      const { user, unmount } = openApp(`/region?from=${encodeURIComponent(from)}`);
      await user.click(await screen.findByRole('button', { name: 'Continue' }));
      expect(leaveFor).toHaveBeenLastCalledWith('/');
      unmount();
    }
  });

  it.each(model.regions.map((r) => r.id))(
    'shows %s wording on emergency and urgent results, once',
    async (regionId) => {
      regionChosenBefore(regionId);
      const first = openApp('/?emergency-signs=faint');
      const emergency = await resultFor('emergency', regionId);
      expect(emergency).toHaveTextContent(words(regionId)['emergency-action'] ?? '-');
      expect(screen.getAllByText(/^Showing numbers for /)).toHaveLength(1);
      expect(regionLine()).toHaveTextContent(regionById(model.regions, regionId).sentenceName);
      first.unmount();
      resetBrowser();
      regionChosenBefore(regionId);
      openApp('/?emergency-signs=none&warning-signs=fever');
      const urgent = await resultFor('urgent', regionId);
      expect(urgent).toHaveTextContent(words(regionId)['urgent-action'] ?? '-');
      expect(urgent.textContent).not.toMatch(/\{[a-z-]+\}/);
      expect(within(regionLine()).getByRole('link')).toHaveAttribute('href', '/region?from=%2Fresult');
    },
  );

  it('keeps the region when the person starts again', async () => {
    regionChosenBefore('uk');
    const { user } = openApp('/?emergency-signs=faint');
    await resultFor('emergency', 'uk');
    await user.click(screen.getByRole('button', { name: 'Start again with different symptoms' }));
    expect(regionLine()).toHaveTextContent('the United Kingdom');
    expect(remembered()).toBe('uk');
  });
});

describe('the FAQ', { timeout: UI_TIMEOUT }, () => {
  beforeEach(resetBrowser);

  it('is linked from the start page, from every page and from a result', async () => {
    const first = openApp('/');
    const links = screen.getAllByRole('link', { name: /Questions about back pain after squats/ });
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const link of links) expect(link).toHaveAttribute('href', '/faq');
    first.unmount();
    resetBrowser();
    openApp('/?emergency-signs=faint');
    await resultFor('emergency', 'us');
    expect(screen.getByRole('link', { name: /Questions about back pain after squats/ })).toHaveAttribute(
      'href',
      '/faq',
    );
  });

  it('opens at its own address with a contents list first, the emergency question first, without touching saved answers', async () => {
    const kept = JSON.stringify({ version: 1, answers: 'emergency-signs=none' });
    window.sessionStorage.setItem(SAVED_KEY, kept);
    openApp('/faq');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Questions about back pain after squats' }),
    ).toBeVisible();
    const contents = screen.getByRole('navigation', { name: 'Contents' });
    const entries = within(contents).getAllByRole('link');
    expect(entries.map((a) => a.textContent)).toEqual(content.faq.map((e) => e.question));
    expect(content.faq[0]?.article).toBe('emergency-care');
    for (const entry of entries) {
      expect(document.querySelector(entry.getAttribute('href') ?? '#none')).toHaveRole('heading');
    }
    expect(screen.getByRole('link', { name: 'Back to the check' })).toHaveAttribute('href', '/');
    expect(window.sessionStorage.getItem(SAVED_KEY)).toBe(kept);
  });

  it('answers each question in 80 words or fewer, linking to its guidance page, with no article in full', async () => {
    regionChosenBefore('uk');
    openApp('/faq');
    await screen.findByRole('heading', { level: 1 });
    const uk = regionById(model.regions, 'uk');
    for (const entry of content.faq) {
      const section = screen.getByRole('heading', { level: 2, name: entry.question }).closest('section') as HTMLElement;
      const answer = fillPlaceholders(entry.answer, uk);
      expect(within(section).getByText(answer)).toBeVisible();
      expect(answer.split(/\s+/).length).toBeLessThanOrEqual(80);
      const link = within(section).getByRole('link', { name: /^Read more:/ });
      expect(link).toHaveAttribute('href', `/guidance/${entry.article}?from=%2Ffaq`);
      expect(link).toHaveTextContent(content.articles[entry.article]?.title ?? '(no article)');
    }
    expect(screen.queryByRole('article')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Where this advice comes from' })).toBeNull();
  });
});
