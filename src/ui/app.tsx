/**
 * The app: reads the address and saved progress once, then shows the triage,
 * or a plain explanation when a share link cannot be used. Anything
 * unexpected lands on a page that offers to start again, never a blank one.
 */
import { useState } from 'react';
import { Layout } from './layout/layout.tsx';
import { Pages } from './pages.tsx';
import { ErrorBoundary } from './problem/error-boundary.tsx';
import { ProblemPage } from './problem/problem-page.tsx';
import { pathFor } from './triage/page-urls.ts';
import { clearProgress, sessionStore } from './triage/saved-progress.ts';
import { FRESH_START, type Startup, startupFor } from './triage/startup.ts';
import { model } from './triage/triage-context.ts';
import { TriageProvider } from './triage/triage-provider.tsx';

const DISCARDED = 'We could not use the answers saved in this tab, so you are starting again.';

export function App() {
  const [startup, setStartup] = useState<Startup>(() => startupFor(model, window.location, sessionStore()));
  // A new key gives a new machine with nothing in it.
  const [run, setRun] = useState(0);
  const startAgain = () => {
    clearProgress(sessionStore());
    window.history.replaceState(null, '', pathFor('start', null));
    setStartup(FRESH_START);
    setRun((n) => n + 1);
  };
  const notice = startup.kind === 'triage' && startup.discarded ? DISCARDED : null;
  return (
    <Layout notice={notice}>
      <ErrorBoundary onStartAgain={startAgain}>
        {startup.kind === 'broken-link' ? (
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
  );
}
