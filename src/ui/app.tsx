/**
 * The app: reads the address and saved progress once, then shows the triage,
 * or a plain explanation when a share link cannot be used. Anything
 * unexpected lands on a page that offers to start again, never a blank one.
 */
import { Suspense, useState } from 'react';
import { Layout } from './layout/layout.tsx';
import { faqPage, guidancePage, regionPage, retryFailedPages } from './lazy-pages.ts';
import { Pages } from './pages.tsx';
import { ErrorBoundary } from './problem/error-boundary.tsx';
import { ProblemPage } from './problem/problem-page.tsx';
import { useRegionChoice } from './region/region-choice.ts';
import { RegionProvider } from './region/region-context.tsx';
import { type Address, type OtherPage, otherPageAt, pathFor } from './triage/page-urls.ts';
import { clearProgress, sessionStore } from './triage/saved-progress.ts';
import { FRESH_START, type Startup, startupFor } from './triage/startup.ts';
import { model } from './triage/triage-context.ts';
import { TriageProvider } from './triage/triage-provider.tsx';

const DISCARDED = 'We could not use the answers saved in this tab, so you are starting again.';

/** The pages outside the questions, each loaded only when opened. */
const OTHER_PAGES = { faq: faqPage, guidance: guidancePage, region: regionPage } as const;

/** What the app opens on: a page outside the questions, or the triage with its startup. */
export interface Opening {
  readonly at: Address;
  readonly other: OtherPage | null;
  readonly startup: Startup;
}

/** Reads the address and the progress saved in this tab (null where there is none, as at build). */
export function openingAt(location: Address, storage: Storage | null): Opening {
  // A page outside the questions (the FAQ, a guidance page, the region page) is opened by its own address.
  const other = otherPageAt(location.pathname);
  const at = { pathname: location.pathname, search: location.search };
  return { at, other, startup: other ? FRESH_START : startupFor(model, location, storage) };
}

/**
 * The page written at build that this opening first shows, if any: the start
 * page (with nothing saved), the FAQ, or a guidance page opened from no page
 * (a `from` changes its Back link). Only then can the app take over that page.
 */
export function writtenPageOf({ at, other, startup }: Opening): string | null {
  if (at.search !== '') return null;
  if (other?.kind === 'faq') return 'faq';
  if (other?.kind === 'guidance') return `guidance/${other.article}`;
  const fresh = startup.kind === 'triage' && !startup.discarded && Object.keys(startup.answers).length === 0;
  return other === null && fresh && startup.visit === null ? 'start' : null;
}

interface AppProps {
  /** What to open; read from the address and this tab's saved progress when not given. */
  readonly opening?: Opening;
  /** The first render takes over the page written at build (src/prerender.tsx), so it must draw exactly that. */
  readonly written?: boolean;
}

export function App({ opening, written = false }: AppProps) {
  const [{ at, other, startup: opened }] = useState(() => opening ?? openingAt(window.location, sessionStore()));
  const [startup, setStartup] = useState<Startup>(opened);
  // A new key gives a new machine with nothing in it.
  const [run, setRun] = useState(0);
  const { region, known, choose } = useRegionChoice(model, written);
  const startAgain = () => {
    retryFailedPages();
    clearProgress(sessionStore());
    window.history.replaceState(null, '', pathFor('start', null));
    setStartup(FRESH_START);
    setRun((n) => n + 1);
  };
  const notice = startup.kind === 'triage' && startup.discarded ? DISCARDED : null;
  const Other = other ? OTHER_PAGES[other.kind].Page : null;
  return (
    <RegionProvider model={model} region={region} known={known} onChoose={choose}>
      <Layout notice={notice}>
        <ErrorBoundary onStartAgain={startAgain}>
          {Other ? (
            <Suspense fallback={<p className="loading">Loading…</p>}>
              <Other at={at} />
            </Suspense>
          ) : startup.kind === 'broken-link' ? (
            <ProblemPage
              title="This link does not work"
              explanation="The answers in the link you opened are not ones this check can read. It may have been cut short or changed. You can start again and answer the questions yourself."
              detail={startup.problem}
              onStartAgain={startAgain}
            />
          ) : (
            <TriageProvider key={run} startup={startup}>
              <Pages />
            </TriageProvider>
          )}
        </ErrorBoundary>
      </Layout>
    </RegionProvider>
  );
}
