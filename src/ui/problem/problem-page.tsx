/** A page that explains something went wrong in plain words, and offers to start again. */
import { PageHeading } from '../shared/page-heading.tsx';
import { usePageTitle } from '../shared/use-page-title.ts';

interface ProblemPageProps {
  readonly title: string;
  readonly explanation: string;
  /** What was wrong in detail, when there is something the person can check. */
  readonly detail?: string;
  readonly onStartAgain: () => void;
}

export function ProblemPage({ title, explanation, detail, onStartAgain }: ProblemPageProps) {
  usePageTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p>{explanation}</p>
      {detail && (
        <p className="problem__detail">
          What was wrong: <span className="code">{detail}</span>
        </p>
      )}
      <p>If you think you need emergency help, call 999 now.</p>
      <button type="button" className="button" onClick={onStartAgain}>
        Start again
      </button>
    </>
  );
}
