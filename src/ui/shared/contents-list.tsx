/** A contents list, as on NHS.UK pages: links to the headings further down, and the id each heading takes. */

/** An id for a heading, from its words: "Who to see" → "who-to-see". */
export function anchorFor(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function ContentsList({ headings }: { readonly headings: readonly string[] }) {
  return (
    <nav className="contents" aria-labelledby="contents-title">
      <h2 id="contents-title" className="contents__title">
        Contents
      </h2>
      <ol className="contents__list">
        {headings.map((heading) => (
          <li key={heading}>
            <a href={`#${anchorFor(heading)}`}>{heading}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
