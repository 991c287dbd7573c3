/** The page for where the person is in the triage. */
import { lazy, Suspense } from 'react';
import { QuestionPage } from './question/question-page.tsx';
import { GapPage } from './result/gap-page.tsx';
import { StartPage } from './start/start-page.tsx';
import { useTriage } from './triage/use-triage.ts';

const ResultPage = lazy(() => import('./result/result-page.tsx'));

export function Pages() {
  const { page } = useTriage();
  switch (page) {
    case 'start':
      return <StartPage />;
    case 'question':
      return <QuestionPage />;
    case 'gap':
      return <GapPage />;
    case 'result':
      return (
        <Suspense fallback={<p className="loading">Loading your result…</p>}>
          <ResultPage />
        </Suspense>
      );
  }
}
