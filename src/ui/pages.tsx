/** The page for where the person is in the triage. */
import { Suspense } from 'react';
import { questionPage, resultPage } from './lazy-pages.ts';
import { GapPage } from './result/gap-page.tsx';
import { StartPage } from './start/start-page.tsx';
import { useTriage } from './triage/use-triage.ts';

export function Pages() {
  const { page } = useTriage();
  switch (page) {
    case 'start':
      return <StartPage />;
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
