/**
 * The first script a page runs: the styles (so the page written at build
 * paints styled), then the app itself, once the written page's words are on
 * screen. Fetching the app only after that first paint keeps its download
 * from holding the words back on a slow connection (and from counting
 * against them in Lighthouse's estimate); a page with nothing written (a
 * question, a share link) starts the app at once.
 */
// The shared styles, in the order they cascade.
import './ui/styles/base.css';
import './ui/styles/layout.css';
import './ui/styles/typography.css';
import './ui/styles/controls.css';
import './ui/styles/content.css';
// The result's styles ride with the start page: the guidance pages written at build show its care cards at first
// paint, and one file compresses better than several small ones.
// (The print styles come with the pages that are printed: the result and the guidance.)
import './ui/styles/result.css';

// A failed download leaves the written page as it is, readable; a reload asks again. The app starts in a task
// of its own, after its code has loaded, so neither holds the page up for long.
const start = () =>
  import('./main.tsx').then(
    ({ startApp }) => setTimeout(startApp),
    () => {},
  );
// A page written at build waits until its words are on screen (a tab opened in the background paints, and so
// starts, when it is shown); a page with nothing written starts at once.
if (document.getElementById('root')?.dataset.page === undefined) start();
else
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    setTimeout(start, 0);
  }).observe({ type: 'paint', buffered: true });
