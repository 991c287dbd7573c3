import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app.tsx';
import { faqPage, preloadNextPages } from './ui/lazy-pages.ts';
import { registerServiceWorker } from './ui/offline/service-worker.ts';
import { FAQ_PATH } from './ui/triage/page-urls.ts';
// The shared styles, in the order they cascade.
import './ui/styles/base.css';
import './ui/styles/layout.css';
import './ui/styles/typography.css';
import './ui/styles/controls.css';
import './ui/styles/content.css';
// The result's styles ride with the start page: one file compresses better than several small ones.
import './ui/styles/result.css';
import './ui/styles/print.css';

const root = document.getElementById('root');
if (root) {
  const atStart = window.location.pathname === import.meta.env.BASE_URL && window.location.search === '';
  const render = () =>
    // A transition, so a page still loading keeps the screen as it is rather than flashing "Loading".
    startTransition(() =>
      createRoot(root).render(
        <StrictMode>
          <App />
        </StrictMode>,
      ),
    );
  if (window.location.pathname === FAQ_PATH) {
    faqPage.preload().then(render, render);
  } else if (atStart) {
    // The start page needs nothing more; the next pages load while the person reads it.
    render();
    // Early loading is only a head start: a failure here is retried when the page is needed.
    setTimeout(() => preloadNextPages().catch(() => {}), 0);
  } else {
    // A reload or share link lands on a question or a result: load it first, so nothing shifts once shown.
    preloadNextPages().then(render, render);
  }
  // The build's service worker keeps the whole check for use with no network; the dev server has none.
  if (import.meta.env.PROD) window.addEventListener('load', registerServiceWorker, { once: true });
}
