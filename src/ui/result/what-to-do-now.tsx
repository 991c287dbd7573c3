/** "What to do now": the result's dos and don'ts, right under the care card, as NHS.UK do and don't lists. */
import type { WhatToDoNow as Lists } from '../../rules/model.ts';

export function WhatToDoNow({ lists }: { readonly lists: Lists }) {
  return (
    <section aria-labelledby="what-to-do-now-title" className="do-dont">
      <h2 id="what-to-do-now-title">What to do now</h2>
      <h3 className="do-dont__label">Do</h3>
      <ul className="do-dont__list do-dont__list--do">
        {lists.do.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {lists.doNot.length > 0 && (
        <>
          <h3 className="do-dont__label">Don't</h3>
          <ul className="do-dont__list do-dont__list--dont">
            {lists.doNot.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
