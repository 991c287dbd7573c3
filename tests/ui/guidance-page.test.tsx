// @vitest-environment jsdom
/**
 * Each guidance article at its own address: a contents list where it has more
 * than three sections, numbered lists for steps only, pictures described in
 * words, the whole safety net once, sources as links, and "Back" to the page
 * that linked here.
 */
import content from 'virtual:triage-content';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { model } from '../../src/ui/triage/triage-context.ts';
import { openApp, regionChosenBefore, resetBrowser, resultFor, SAVED_KEY, UI_TIMEOUT } from './harness.tsx';

const articles = Object.values(content.articles);

describe('a guidance page', { timeout: UI_TIMEOUT }, () => {
  beforeEach(resetBrowser);

  it.each(articles.map((a) => [a.id, a] as const))('shows %s in full at its own address', async (id, article) => {
    openApp(`/guidance/${id}`);
    expect(await screen.findByRole('heading', { level: 1, name: article.title })).toBeVisible();
    // The title is set in an effect, which can run just after the heading shows.
    await waitFor(() =>
      expect(document.title).toMatch(new RegExp(`^${article.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} – `)),
    );
    for (const section of article.sections)
      expect(screen.getByRole('heading', { level: 2, name: section.heading })).toBeVisible();

    const contents = screen.queryByRole('navigation', { name: 'Contents' });
    if (article.sections.length > 3) {
      expect(contents).not.toBeNull();
      for (const link of within(contents as HTMLElement).getAllByRole('link')) {
        expect(document.querySelector(link.getAttribute('href') ?? '#none')).toHaveRole('heading');
      }
    } else expect(contents).toBeNull();

    // Numbered lists hold steps and nothing else.
    const numbered = screen.queryAllByRole('list').filter((list) => list.tagName === 'OL' && !list.closest('nav'));
    expect(numbered).toHaveLength(article.sections.filter((s) => s.steps).length);

    // When to get help sooner: every group of the safety net, once.
    const help = screen.getByRole('region', { name: 'When to get help sooner' });
    expect(within(help).getAllByRole('heading', { level: 3 })).toHaveLength(content.safetyNet.length);
    expect(screen.getAllByRole('heading', { name: 'When to get help sooner' })).toHaveLength(1);

    const sources = screen.getByRole('heading', { level: 2, name: 'Where this advice comes from' }).nextElementSibling;
    const links = within(sources as HTMLElement).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(article.sources.map((s) => s.url));

    for (const picture of screen.queryAllByRole('img')) expect(picture.getAttribute('alt')?.length).toBeGreaterThan(40);
  });

  it('goes back to the result that linked here, and the result links to its guidance pages', async () => {
    const first = openApp('/?emergency-signs=none&warning-signs=fever');
    const result = await resultFor('urgent');
    const rule = model.rules.find((r) => r.id === result.getAttribute('data-rule'));
    const link = screen.getByRole('link', { name: /^Read the full guide/ });
    expect(link).toHaveAttribute('href', `/guidance/${rule?.guidance}?from=%2Fresult`);

    first.unmount();
    resetBrowser();
    window.sessionStorage.setItem(
      SAVED_KEY,
      JSON.stringify({ version: 1, answers: 'emergency-signs=none&warning-signs=fever' }),
    );
    openApp(`/guidance/${rule?.guidance}?from=%2Fresult`);
    expect(await screen.findByRole('link', { name: 'Back' })).toHaveAttribute('href', '/result');
  });

  it('goes back to the FAQ when opened on its own', async () => {
    openApp('/guidance/stretching');
    expect(await screen.findByRole('link', { name: 'Back' })).toHaveAttribute('href', '/faq');
  });

  it("names the person's own emergency number and services", async () => {
    regionChosenBefore('us');
    const { container } = openApp('/guidance/see-a-professional');
    await screen.findByRole('heading', { level: 1 });
    expect(container).toHaveTextContent('Call 911 or go to the ER');
    expect(container).toHaveTextContent('physical therapist');
    expect(container).not.toHaveTextContent('999');
    expect(container.textContent).not.toMatch(/\{[a-z-]+\}/);
  });

  it('says plainly when there is no such article, with a way to all the guidance', async () => {
    openApp('/guidance/cellulite');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: /all our guidance/ })).toHaveAttribute('href', '/faq');
  });
});
