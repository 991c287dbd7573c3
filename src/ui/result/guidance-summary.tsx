/** The result's guidance in short: the main article's summary with a link to its page, and the related ones as links. */
import type { Article } from '../../rules/model.ts';
import { VisuallyHidden } from '../shared/visually-hidden.tsx';
import { guidancePath } from '../triage/page-urls.ts';

interface GuidanceSummaryProps {
  readonly primary: Article;
  readonly related: readonly Article[];
  /** This page's path, so each guidance page's "Back" returns here. */
  readonly from: string;
}

export function GuidanceSummary({ primary, related, from }: GuidanceSummaryProps) {
  return (
    <>
      <section aria-labelledby="guidance-title">
        <h2 id="guidance-title">{primary.title}</h2>
        <p>{primary.summary}</p>
        <p>
          <a href={guidancePath(primary.id, from)}>
            Read the full guide<VisuallyHidden>: {primary.title}</VisuallyHidden>
          </a>
        </p>
      </section>
      {related.length > 0 && (
        <section aria-labelledby="related-title">
          <h2 id="related-title">More that may help</h2>
          <ul className="list list--bullet">
            {related.map((article) => (
              <li key={article.id}>
                <a href={guidancePath(article.id, from)}>{article.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
