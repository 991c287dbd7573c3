/**
 * The questions people ask: a contents list first, then each question with a
 * short answer and a link to the guidance page that answers it in full.
 */
import type { Article, FaqEntry } from '../../rules/model.ts';
import { anchorFor, ContentsList } from '../shared/contents-list.tsx';
import { PageHeading } from '../shared/page-heading.tsx';
import { FAQ_PATH, guidancePath } from '../triage/page-urls.ts';

interface FaqPageProps {
  /** In the person's region's words. */
  readonly faq: readonly FaqEntry[];
  readonly articles: Readonly<Record<string, Article>>;
}

export const FAQ_TITLE = 'Questions about back pain after squats';

export function FaqPage({ faq, articles }: FaqPageProps) {
  return (
    <>
      <PageHeading>{FAQ_TITLE}</PageHeading>
      <ContentsList headings={faq.map((entry) => entry.question)} />
      {faq.map((entry) => (
        <section key={entry.question} aria-labelledby={anchorFor(entry.question)}>
          <h2 id={anchorFor(entry.question)}>{entry.question}</h2>
          <p>{entry.answer}</p>
          <p>
            <a href={guidancePath(entry.article, FAQ_PATH)}>
              Read more: {articles[entry.article]?.title ?? entry.article}
            </a>
          </p>
        </section>
      ))}
    </>
  );
}
