/** Shown if the rules decide nothing for the answers; the rules checker keeps shipped rules from getting here. */
import { PageHeading } from '../shared/page-heading.tsx';
import { usePageTitle } from '../shared/use-page-title.ts';
import { useTriage } from '../triage/use-triage.ts';

export function GapPage() {
  const { restart } = useTriage();
  usePageTitle('We cannot give a result for these answers');
  return (
    <>
      <PageHeading>We cannot give a result for these answers</PageHeading>
      <p>If you are worried about your back, call 111 or see a GP. If you think you need emergency help, call 999.</p>
      <button type="button" className="button" onClick={restart}>
        Start again
      </button>
    </>
  );
}
