/**
 * The questions people ask, each with a short answer and a link to the
 * article that answers it in full; every article follows, once, so all the
 * guidance can be read without the questionnaire.
 */
import { fillPlaceholders, localiseArticle } from '../../engine/region.ts';
import type { Article, FaqEntry, Region } from '../../rules/model.ts';
import { ArticleBody, articleAnchor } from '../guidance/article-body.tsx';

interface FaqPageProps {
  readonly faq: readonly FaqEntry[];
  readonly articles: Readonly<Record<string, Article>>;
  /** Whose numbers and services the text names. */
  readonly region: Region;
}

export function FaqPage({ faq, articles, region }: FaqPageProps) {
  // Articles in the order the questions first link to them, so reading down follows the questions.
  const linked = [...new Set(faq.map((entry) => entry.article))].flatMap((id) => {
    const article = articles[id];
    return article ? [localiseArticle(article, region)] : [];
  });
  const titleOf = (id: string) => linked.find((a) => a.id === id)?.title ?? id;
  return (
    <main>
      <h1>Questions about back pain after squats</h1>
      {faq.map((entry) => (
        <section key={entry.question} aria-labelledby={questionAnchor(entry.question)}>
          <h2 id={questionAnchor(entry.question)}>{fillPlaceholders(entry.question, region)}</h2>
          <p>{fillPlaceholders(entry.answer, region)}</p>
          <p>
            <a href={`#${articleAnchor(entry.article)}`}>Read more: {titleOf(entry.article)}</a>
          </p>
        </section>
      ))}
      <h2>All our guidance</h2>
      {linked.map((article) => (
        <ArticleBody key={article.id} article={article} level={3} />
      ))}
    </main>
  );
}

function questionAnchor(question: string): string {
  return `question-${question
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}
