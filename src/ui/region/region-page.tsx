/**
 * Where are you? One question on its own page, in the GOV.UK pattern: the
 * regions as radios, Continue, and back to the page the person came from,
 * which then shows that region's numbers and services.
 */
import '../styles/question.css';
import type { FormEvent } from 'react';
import { leaveFor } from '../shared/leave-for.ts';
import { PageHeading } from '../shared/page-heading.tsx';
import { usePageTitle } from '../shared/use-page-title.ts';
import { type Address, returnPath } from '../triage/page-urls.ts';
import { useRegion } from './region-context.tsx';

const NAME = 'region';

export default function RegionPage({ at }: { readonly at: Address }) {
  const { region, regions, choose } = useRegion();
  const back = returnPath(at.search, import.meta.env.BASE_URL);
  usePageTitle('Where are you?');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).get(NAME);
    if (typeof chosen === 'string') choose(chosen);
    leaveFor(back);
  };
  return (
    <>
      <a href={back} className="back-link">
        Back
      </a>
      <form onSubmit={submit}>
        <div className="form-group">
          <fieldset className="fieldset" aria-describedby="region-hint">
            <legend className="fieldset__legend">
              <PageHeading className="fieldset__heading">Where are you?</PageHeading>
            </legend>
            <div id="region-hint" className="hint">
              We use this to show the right emergency number and services. Only this choice is remembered, on this
              device.
            </div>
            <div className="radios">
              {regions.map((r) => (
                <div className="choices__item" key={r.id}>
                  <input
                    className="choices__input"
                    id={`${NAME}-${r.id}`}
                    type="radio"
                    name={NAME}
                    value={r.id}
                    defaultChecked={r.id === region.id}
                  />
                  <label className="choices__label" htmlFor={`${NAME}-${r.id}`}>
                    {r.name}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <button type="submit" className="button">
          Continue
        </button>
      </form>
    </>
  );
}
