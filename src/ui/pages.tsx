/** The page for where the person is in the triage. */
import { Suspense, useEffect } from 'react';
import { preloadWhenIdle, questionPage, resultPage } from './lazy-pages.ts';
import { GapPage } from './result/gap-page.tsx';
import { StartPage } from './start/start-page.tsx';
import { useTriage } from './triage/use-triage.ts';

export function Pages() {
  const { page } = useTriage();
  // The result loads while the questions are asked, so it shows at once after the last one.
  useEffect(() => {
    if (page === 'question') preloadWhenIdle(resultPage);
  }, [page]);
  switch (page) {
    case 'start':
      return <StartPage loadQuestions={questionPage.preload} />;
    case 'question':
      return (
        <Suspense fallback={<p className="loading">Loading the question…</p>}>
          <questionPage.Page />
        </Suspense>
      );
    case 'gap':
      return <GapPage />;
    case 'result':
      return (
        <Suspense fallback={<p className="loading">Loading your result…</p>}>
          <resultPage.Page />
        </Suspense>
      );
  }
}
