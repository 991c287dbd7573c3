/** Shown if the rules decide nothing for the answers; the rules checker keeps shipped rules from getting here. */
import { useRegionText } from '../region/region-context.tsx';
import { PageHeading } from '../shared/page-heading.tsx';
import { usePageTitle } from '../shared/use-page-title.ts';
import { useTriage } from '../triage/use-triage.ts';

export function GapPage() {
  const { restart } = useTriage();
  const fill = useRegionText();
  usePageTitle('We cannot give a result for these answers');
  return (
    <>
      <PageHeading>We cannot give a result for these answers</PageHeading>
      <p>
        {fill(
          'If you are worried about your back, see a {doctor}. If you think you need emergency help, call {emergency-number}.',
        )}
      </p>
      <button type="button" className="button" onClick={restart}>
        Start again
      </button>
    </>
  );
}
