/**
 * Runs the triage machine for the interface (which saves progress to
 * sessionStorage: ./triage-context.ts), and keeps the browser's history and
 * address bar in step with the page on screen.
 */
import { type ReactNode, useLayoutEffect, useMemo } from 'react';
import { selectPage, type TriageSnapshot } from '../../machine/selectors.ts';
import { type Arrival, ArrivalContext } from '../shared/arrival.ts';
import { pageAt, pathFor } from './page-urls.ts';
import type { Startup } from './startup.ts';
import { TriageContext } from './triage-context.ts';
import { useTriageCommands } from './use-triage.ts';

interface TriageProviderProps {
  readonly startup: Extract<Startup, { kind: 'triage' }>;
  readonly children: ReactNode;
}

export function TriageProvider({ startup, children }: TriageProviderProps) {
  const arrival = useMemo<Arrival>(() => ({ moved: false }), []);
  return (
    <TriageContext.Provider options={{ input: { answers: startup.answers } }}>
      <ArrivalContext.Provider value={arrival}>
        <HistorySync startup={startup} arrival={arrival} />
        {children}
      </ArrivalContext.Provider>
    </TriageContext.Provider>
  );
}

const addressOf = (snapshot: TriageSnapshot) => pathFor(selectPage(snapshot), snapshot.context.current);

/** Pushes a history entry for each new page, and turns back and forward into `nav.visit`. */
function HistorySync({ startup, arrival }: { startup: TriageProviderProps['startup']; arrival: Arrival }) {
  const actor = TriageContext.useActorRef();
  const { visit } = useTriageCommands();
  // A layout effect, so a reload shows the page in the address bar before anything is painted.
  useLayoutEffect(() => {
    if (startup.visit) visit(startup.visit);
    let shown = addressOf(actor.getSnapshot());
    // Also drops a share link's query, so the answers in it are not applied again.
    window.history.replaceState(null, '', shown);
    let restoring = false;
    const subscription = actor.subscribe((snapshot) => {
      const address = addressOf(snapshot);
      if (address === shown) return;
      shown = address;
      arrival.moved = true;
      if (restoring) window.history.replaceState(null, '', address);
      else window.history.pushState(null, '', address);
    });
    const onPopState = () => {
      restoring = true;
      visit(pageAt(window.location.pathname));
      restoring = false;
      // A page that no longer fits the answers (after a change) gives way to where the person is.
      if (window.location.pathname !== shown || window.location.search !== '') {
        window.history.replaceState(null, '', shown);
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [actor, visit, startup, arrival]);
  return null;
}
