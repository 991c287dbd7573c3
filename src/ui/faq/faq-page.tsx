/**
 * The questions people ask: a contents list first, then each question with a
 * short answer and a link to the guidance page that answers it in full.
 */
import type { Article, FaqEntry } from '../../rules/model.ts';
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
      <nav className="contents" aria-labelledby="contents-title">
        <h2 id="contents-title" className="contents__title">
          Contents
        </h2>
        <ol className="contents__list">
          {faq.map((entry) => (
            <li key={entry.question}>
              <a href={`#${questionAnchor(entry.question)}`}>{entry.question}</a>
            </li>
          ))}
        </ol>
      </nav>
      {faq.map((entry) => (
        <section key={entry.question} aria-labelledby={questionAnchor(entry.question)}>
          <h2 id={questionAnchor(entry.question)}>{entry.question}</h2>
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

function questionAnchor(question: string): string {
  return `question-${question
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}
