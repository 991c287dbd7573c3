/** The start page: what the check is for, who it is for, what it is not, and "Start now". */

import { useModel } from '../region/region-context.tsx';
import { RegionLine } from '../region/region-line.tsx';
import { PageHeading } from '../shared/page-heading.tsx';
import { usePageTitle } from '../shared/use-page-title.ts';
import { FAQ_PATH, pathFor } from '../triage/page-urls.ts';
import { useTriage } from '../triage/use-triage.ts';

interface StartPageProps {
  /** Loads the first question's page (at once, if it has already loaded). */
  readonly loadQuestions: () => Promise<unknown>;
}

export function StartPage({ loadQuestions }: StartPageProps) {
  const { start } = useTriage();
  // Started as the person reaches for "Start now", the first question's page is mostly there when it is pressed.
  const getReady = () => void loadQuestions().catch(() => {});
  const { startPage: page, questions } = useModel();
  usePageTitle(page.title);
  return (
    <>
      <PageHeading>{page.title}</PageHeading>
      <p className="lead">{page.lead}</p>
      <div className="inset inset--warning">
        <p>
          <strong>{page.emergency}</strong>
        </p>
      </div>
      {[page.useIf, page.doNotUseIf].map((list) => (
        <div key={list.intro}>
          <p>{list.intro}</p>
          <ul className="list list--bullet">
            {list.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
      {page.notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
      <RegionLine from={import.meta.env.BASE_URL} />
      <noscript>
        <p className="inset">
          <strong>The questions need JavaScript, which is turned off in this browser.</strong> Turn it on and reload
          this page to answer them. You can still read <a href={FAQ_PATH}>all our advice</a> without it.
        </p>
      </noscript>
      {/* A form, so "Start now" pressed before the app has taken over the page written at build still starts. The
          start page stays until the first question's page has loaded, rather than giving way to "Loading". */}
      <form
        action={pathFor('question', questions[0]?.id ?? null)}
        onSubmit={(event) => {
          event.preventDefault();
          loadQuestions().then(start, start);
        }}
      >
        <button type="submit" className="button button--start" onPointerDown={getReady} onFocus={getReady}>
          Start now
          <svg
            className="button__arrow"
            aria-hidden="true"
            focusable="false"
            viewBox="0 0 33 40"
            width="17"
            height="19"
          >
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </button>
      </form>
      <p>
        Just want to read? <a href={FAQ_PATH}>Questions about back pain after squats</a> has all our advice.
      </p>
    </>
  );
}
