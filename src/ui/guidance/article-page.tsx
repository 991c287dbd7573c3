/**
 * A guidance article as a page of its own: summary, a contents list when it
 * has more than three sections, each section (numbered lists for steps only),
 * how long it takes, the whole safety net once, and its sources as links.
 * Give it an article already filled in for the person's region.
 */
import type { Article, ArticleSection, SafetyNetGroup } from '../../rules/model.ts';
import { SafetyNet } from '../content/safety-net.tsx';
import { RegionLine } from '../region/region-line.tsx';
import { anchorFor, ContentsList } from '../shared/contents-list.tsx';
import { PageHeading } from '../shared/page-heading.tsx';

interface ArticlePageProps {
  readonly article: Article;
  /** Every group of the safety net: when to get help sooner. */
  readonly safetyNet: readonly SafetyNetGroup[];
  /** This page's own path, for the region line's way back. */
  readonly path: string;
}

/** More sections than this get a contents list. */
const CONTENTS_FROM = 4;

const PARTS = {
  recovery: 'How long it takes',
  help: 'When to get help sooner',
  sources: 'Where this advice comes from',
};

export function ArticlePage({ article, safetyNet, path }: ArticlePageProps) {
  const headings = [...article.sections.map((s) => s.heading), PARTS.recovery, PARTS.help, PARTS.sources];
  return (
    <article aria-labelledby="article-title">
      <PageHeading>
        <span id="article-title">{article.title}</span>
      </PageHeading>
      <p className="lead">{article.summary}</p>
      {article.sections.length >= CONTENTS_FROM && <ContentsList headings={headings} />}
      {article.sections.map((section) => (
        <Section key={section.heading} section={section} />
      ))}
      <h2 id={anchorFor(PARTS.recovery)}>{PARTS.recovery}</h2>
      <p>{article.recovery}</p>
      <SafetyNet groups={safetyNet} title={PARTS.help} id={anchorFor(PARTS.help)} />
      <RegionLine from={path} />
      <h2 id={anchorFor(PARTS.sources)}>{PARTS.sources}</h2>
      <ul className="list list--bullet">
        {article.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url}>
              {source.name}: {source.title}
            </a>
          </li>
        ))}
      </ul>
    </article>
  );
}

function Section({ section }: { readonly section: ArticleSection }) {
  return (
    <section aria-labelledby={anchorFor(section.heading)}>
      <h2 id={anchorFor(section.heading)}>{section.heading}</h2>
      {section.intro && <p>{section.intro}</p>}
      {section.picture && (
        <img
          className="picture"
          src={`${import.meta.env.BASE_URL}pictures/${section.picture.file}.svg`}
          alt={section.picture.alt}
          width={320}
          height={200}
          loading="lazy"
        />
      )}
      {section.steps && (
        <ol className="list list--number">
          {section.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      )}
      {section.points && (
        <ul className="list list--bullet">
          {section.points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      )}
      {section.dose && (
        <p>
          <strong>How much and how often: </strong>
          {section.dose}
        </p>
      )}
      {section.caution && (
        <div className="inset inset--warning">
          <p>
            <strong>Take care: </strong>
            {section.caution}
          </p>
        </div>
      )}
    </section>
  );
}
