/**
 * A guidance article in full: summary, what to do, how long it takes, when to
 * get help sooner, and where the facts come from. Give it an article already
 * filled in for the person's region (`localiseArticle`).
 */
import type { Article } from '../../rules/model.ts';

interface ArticleBodyProps {
  readonly article: Article;
  /** The heading level of the article's title; its parts sit one level below. */
  readonly level: 2 | 3;
}

/** The id of an article's title, for links to it from elsewhere on the page. */
export function articleAnchor(articleId: string): string {
  return `article-${articleId}`;
}

export function ArticleBody({ article, level }: ArticleBodyProps) {
  const Title = `h${level}` as const;
  const Part = `h${level + 1}` as 'h3' | 'h4';
  return (
    <article aria-labelledby={articleAnchor(article.id)}>
      <Title id={articleAnchor(article.id)}>{article.title}</Title>
      <p>{article.summary}</p>
      {article.sections.map((section) => (
        <section key={section.heading}>
          <Part>{section.heading}</Part>
          {section.intro && <p>{section.intro}</p>}
          {section.picture && (
            <img
              src={`${import.meta.env.BASE_URL}pictures/${section.picture.file}.svg`}
              alt={section.picture.alt}
              width={320}
              height={200}
              loading="lazy"
            />
          )}
          {section.steps && (
            <ol>
              {section.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          )}
          {section.dose && (
            <p>
              <strong>How much and how often: </strong>
              {section.dose}
            </p>
          )}
          {section.caution && (
            <p>
              <strong>Take care: </strong>
              {section.caution}
            </p>
          )}
        </section>
      ))}
      <Part>How long it takes</Part>
      <p>{article.recovery}</p>
      <Part>When to get help sooner</Part>
      <ul>
        {article.getHelp.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <Part>Where this advice comes from</Part>
      <ul>
        {article.sources.map((source) => (
          <li key={`${source.name}: ${source.title}`}>
            {source.name}: {source.title}
          </li>
        ))}
      </ul>
    </article>
  );
}
