// @vitest-environment jsdom
/** A page loaded on its own, rendered by React inside Suspense as the app renders it. */
import { act, render, screen, waitFor } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyPage, preloadWhenIdle } from '../../src/ui/lazy-pages.ts';

const Page = () => <h1>The page itself</h1>;

/** Renders a lazy page the way the app does, with a "Loading" fallback while it downloads. */
function show(page: ReturnType<typeof lazyPage>) {
  return render(
    <Suspense fallback={<p>Loading…</p>}>
      <page.Page />
    </Suspense>,
  );
}

/** A download the test finishes when it chooses. */
function download() {
  let finish: () => void = () => {};
  const done = new Promise<typeof Page>((resolve) => {
    finish = () => resolve(Page);
  });
  return { done, finish };
}

/** A page whose first download fails (a dropped connection) and whose later ones succeed, counting them. */
function failingFirstTime() {
  const downloads = { count: 0 };
  const page = lazyPage(async () => {
    downloads.count += 1;
    if (downloads.count === 1) throw new Error('offline');
    return Page;
  });
  return { page, downloads };
}

describe('a page loaded on its own', () => {
  it('shows "Loading" while it downloads, then the page', async () => {
    const { done, finish } = download();
    show(lazyPage(() => done));
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'The page itself' })).toBeNull();
    await act(async () => finish());
    expect(await screen.findByRole('heading', { name: 'The page itself' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('renders at once, with no "Loading" flash, once loaded early', async () => {
    const page = lazyPage(async () => Page);
    await page.preload();
    show(page);
    // No waiting: the first render already shows the page.
    expect(screen.getByRole('heading', { name: 'The page itself' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('downloads once, however often it is asked for and shown', async () => {
    let loads = 0;
    const page = lazyPage(async () => {
      loads += 1;
      return Page;
    });
    const early = page.preload();
    show(page);
    show(page);
    await early;
    await waitFor(() => expect(screen.getAllByRole('heading', { name: 'The page itself' })).toHaveLength(2));
    await page.preload();
    expect(loads).toBe(1);
  });

  it('tries again after a failed early download, and then shows the page', async () => {
    const { page, downloads } = failingFirstTime();
    await expect(page.preload()).rejects.toThrow('offline');
    show(page);
    expect(await screen.findByRole('heading', { name: 'The page itself' })).toBeInTheDocument();
    expect(downloads.count).toBe(2);
  });

  it('loads a page ahead once the browser is idle, and leaves a failure for when the page is needed', async () => {
    const { page, downloads } = failingFirstTime();
    preloadWhenIdle(page);
    // Nothing starts while the page that asked is still busy.
    expect(downloads.count).toBe(0);
    await waitFor(() => expect(downloads.count).toBe(1));
    show(page);
    expect(await screen.findByRole('heading', { name: 'The page itself' })).toBeInTheDocument();
    expect(downloads.count).toBe(2);
  });
});
