/**
 * A guidance article at its own address, `/guidance/<id>`: loaded only when
 * opened, with the content it needs. "Back" returns to the page that linked
 * here (a result, the FAQ), or to the FAQ.
 */
import '../styles/print.css';
import { useContent } from '../content/use-content.ts';
import { PageHeading } from '../shared/page-heading.tsx';
import { usePageTitle } from '../shared/use-page-title.ts';
import { type Address, FAQ_PATH, otherPageAt, returnPath } from '../triage/page-urls.ts';
import { ArticlePage } from './article-page.tsx';

export default function GuidanceRoute({ at }: { readonly at: Address }) {
  const { articles, safetyNet } = useContent();
  const page = otherPageAt(at.pathname);
  const article = page?.kind === 'guidance' ? articles[page.article] : undefined;
  const back = returnPath(at.search, FAQ_PATH);
  usePageTitle(article?.title ?? 'Page not found');
  return (
    <>
      <a href={back} className="back-link">
        Back
      </a>
      {article ? (
        <ArticlePage article={article} safetyNet={safetyNet} path={at.pathname + at.search} />
      ) : (
        <>
          <PageHeading>Page not found</PageHeading>
          <p>There is no guidance at this address. It may have been moved, or the address may have a mistake in it.</p>
          <p>
            <a href={FAQ_PATH}>See all our guidance on back pain after squats</a>
          </p>
        </>
      )}
    </>
  );
}
