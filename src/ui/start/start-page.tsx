/** The start page: what the check is for, what it is not, and "Start now". */
import { PageHeading } from '../shared/page-heading.tsx';
import { usePageTitle } from '../shared/use-page-title.ts';
import { useTriage } from '../triage/use-triage.ts';

export function StartPage() {
  const { start } = useTriage();
  usePageTitle('Check your back pain after squats');
  return (
    <>
      <PageHeading>Check your back pain after squats</PageHeading>
      <p className="lead">
        Answer a few questions about pain or soreness in your lower back, buttocks or thighs after squats. We will tell
        you if it sounds like normal soreness, what you can do about it, and when to get help.
      </p>
      <div className="inset inset--warning">
        <p>
          <strong>If you think you need emergency help, call 999 now.</strong> Do not use this check.
        </p>
      </div>
      <p>This check is not a diagnosis. It helps you decide what to do next.</p>
      <p>It takes about 2 minutes. Your answers stay on this device and are not sent anywhere.</p>
      <button type="button" className="button button--start" onClick={start}>
        Start now
        <svg className="button__arrow" aria-hidden="true" focusable="false" viewBox="0 0 33 40" width="17" height="19">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </button>
    </>
  );
}
