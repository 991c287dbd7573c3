/**
 * The app in the browser. Nothing here runs as the module loads: boot.ts
 * calls startApp in a task of its own once this code has run, so running the
 * code and starting the app are two short tasks rather than one long one.
 */
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, openingAt, writtenPageOf } from './ui/app.tsx';
import { faqPage, guidancePage, preloadNextPages } from './ui/lazy-pages.ts';
import { registerServiceWorker } from './ui/offline/service-worker.ts';
import { sessionStore } from './ui/triage/saved-progress.ts';

export function startApp(): void {
  const root = document.getElementById('root');
  if (!root) return;
  const opening = openingAt(window.location, sessionStore());
  // The build wrote the start page, the FAQ and the guidance pages (src/prerender.tsx): where the address
  // opens the page written here, the app takes it over as it stands; anywhere else it draws its own.
  const written = root.dataset.page;
  const takeOver = written !== undefined && written === writtenPageOf(opening);
  const app = (
    <StrictMode>
      <App opening={opening} written={takeOver} />
    </StrictMode>
  );
  const show = () => {
    // At a transition's priority, so taking the page over is done in short slices that leave the page responsive.
    if (takeOver) startTransition(() => void hydrateRoot(root, app));
    // A transition, so a page still loading keeps the screen as it is rather than flashing "Loading".
    else startTransition(() => createRoot(root).render(app));
  };
  const other = opening.other?.kind;
  if (other === 'faq' || other === 'guidance') {
    // Its own code first, so it shows (or takes over) in one go.
    (other === 'faq' ? faqPage : guidancePage).preload().then(show, show);
  } else if (opening.at.pathname === import.meta.env.BASE_URL && opening.at.search === '') {
    // The start page needs nothing more: the first question loads as the person reaches for "Start now"
    // (./ui/start/start-page.tsx), and the result while they answer (./ui/pages.tsx).
    show();
  } else {
    // A reload or share link lands on a question or a result: load it first, so nothing shifts once shown.
    preloadNextPages().then(show, show);
  }
  // The build's service worker keeps the whole check for use with no network; the dev server has none.
  // It waits for the page to finish loading, which it may already have done by the time the app runs.
  if (import.meta.env.PROD) {
    if (document.readyState === 'complete') registerServiceWorker();
    else window.addEventListener('load', registerServiceWorker, { once: true });
  }
}
