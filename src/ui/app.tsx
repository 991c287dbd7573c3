/**
 * The app: reads the address and saved progress once, then shows the triage,
 * or a plain explanation when a share link cannot be used. Anything
 * unexpected lands on a page that offers to start again, never a blank one.
 */
import { Suspense, useCallback, useEffect, useState } from 'react';
import { defaultRegion, regionById } from '../engine/region.ts';
import { Layout } from './layout/layout.tsx';
import { faqPage, guidancePage, regionPage, retryFailedPages } from './lazy-pages.ts';
import { Pages } from './pages.tsx';
import { ErrorBoundary } from './problem/error-boundary.tsx';
import { ProblemPage } from './problem/problem-page.tsx';
import { RegionProvider } from './region/region-context.tsx';
import { deviceStore, savedRegion, saveRegion } from './region/saved-region.ts';
import { otherPageAt, pathFor } from './triage/page-urls.ts';
import { clearProgress, sessionStore } from './triage/saved-progress.ts';
import { FRESH_START, type Startup, startupFor } from './triage/startup.ts';
import { model } from './triage/triage-context.ts';
import { TriageProvider } from './triage/triage-provider.tsx';

const DISCARDED = 'We could not use the answers saved in this tab, so you are starting again.';

/** The pages outside the questions, each loaded only when opened. */
const OTHER_PAGES = { faq: faqPage, guidance: guidancePage, region: regionPage } as const;

export function App() {
  // A page outside the questions (the FAQ, a guidance page, the region page) is opened by its own address.
  const [other] = useState(() => otherPageAt(window.location.pathname));
  const [startup, setStartup] = useState<Startup>(() =>
    other ? FRESH_START : startupFor(model, window.location, sessionStore()),
  );
  // A new key gives a new machine with nothing in it.
  const [run, setRun] = useState(0);
  const [regionId, setRegionId] = useState(() => savedRegion(deviceStore()));
  const region =
    regionId === null ? defaultRegion(model.regions, browserLanguages()) : regionById(model.regions, regionId);
  const chooseRegion = useCallback((id: string) => {
    saveRegion(deviceStore(), id);
    setRegionId(id);
  }, []);
  // Back from the region page may show this page from the browser's cache: read the region it chose.
  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) setRegionId(savedRegion(deviceStore()));
    };
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, []);
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
    <RegionProvider model={model} region={region} onChoose={chooseRegion}>
      <Layout notice={notice}>
        <ErrorBoundary onStartAgain={startAgain}>
          {Other ? (
            <Suspense fallback={<p className="loading">Loading…</p>}>
              <Other />
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

/** The languages the browser asks for, most wanted first. */
function browserLanguages(): readonly string[] {
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}
