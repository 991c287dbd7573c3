// @vitest-environment jsdom
/**
 * A page's code failing to download while it renders (a dropped connection):
 * the app shows its "something went wrong" page, and "Start again" recovers
 * without a reload, the page downloading on the next try.
 */
import { configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { model } from '../../src/ui/triage/triage-context.ts';

// A page's download can take longer than the default second on a busy machine.
configure({ asyncUtilTimeout: 5_000 });

/** The question page's downloads: how many were tried, and whether the connection is down. */
const download = { down: false, attempts: 0 };

/** Opens a freshly loaded app at the start page with the connection down: the question page cannot download. */
async function openOffline() {
  download.down = true;
  download.attempts = 0;
  // Each test gets its own lazy pages, untouched by another test's failed download.
  vi.resetModules();
  // The question page's module as a dynamic import sees it: each read of the page is one download, which fails
  // while the connection is down.
  vi.doMock('../../src/ui/question/question-page.tsx', async (importOriginal) => {
    const real = await importOriginal<typeof import('../../src/ui/question/question-page.tsx')>();
    return {
      get QuestionPage() {
        download.attempts += 1;
        if (download.down) throw new TypeError('Failed to fetch dynamically imported module');
        return real.QuestionPage;
      },
    };
  });
  const { App } = await import('../../src/ui/app.tsx');
  window.history.replaceState(null, '', '/');
  const user = userEvent.setup();
  render(<App />);
  return user;
}

const firstQuestion = () => {
  const first = model.questions[0];
  if (!first) throw new Error('the model has no questions');
  return first;
};

beforeEach(() => {
  // React reports the error its boundary caught; the page shown instead is what these tests check.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

it('shows "something went wrong" when a page fails to download as it opens, and "Start again" returns to the start', async () => {
  const user = await openOffline();
  await user.click(screen.getByRole('button', { name: 'Start now' }));
  expect(await screen.findByRole('heading', { level: 1, name: /something went wrong/ })).toBeInTheDocument();
  // Reaching for the button, pressing it and showing the page: each tried the download again.
  expect(download.attempts).toBeGreaterThanOrEqual(2);

  await user.click(screen.getByRole('button', { name: 'Start again' }));
  expect(await screen.findByRole('button', { name: 'Start now' })).toBeInTheDocument();
  expect(screen.queryByRole('heading', { level: 1, name: /something went wrong/ })).toBeNull();
  expect(window.location.pathname).toBe('/');
}, 30_000);

it('downloads the page again when it is next needed after "Start again", and shows it', async () => {
  const user = await openOffline();
  await user.click(screen.getByRole('button', { name: 'Start now' }));
  expect(await screen.findByRole('heading', { level: 1, name: /something went wrong/ })).toBeInTheDocument();
  const failed = download.attempts;
  download.down = false;
  await user.click(screen.getByRole('button', { name: 'Start again' }));
  await user.click(await screen.findByRole('button', { name: 'Start now' }));
  expect(await screen.findByRole('heading', { level: 1, name: new RegExp(firstQuestion().text) })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument();
  expect(download.attempts).toBeGreaterThan(failed);
}, 30_000);
