/**
 * The result: how urgent it is as a care card, why, the guidance, when to
 * get help sooner, the person's answers with "Change", and ways to keep it.
 * Loaded only when a result is shown, to keep the first page light.
 */
import { selectAsked, selectOutcome } from '../../machine/selectors.ts';
import { ArticleBody } from '../guidance/article-body.tsx';
import { BackLink } from '../shared/back-link.tsx';
import { PageHeading } from '../shared/page-heading.tsx';
import { usePageTitle } from '../shared/use-page-title.ts';
import { model } from '../triage/triage-context.ts';
import { useAddressAfter, useTriage, useTriageSelector } from '../triage/use-triage.ts';
import { CareCard } from './care-card.tsx';
import { DecidingAnswers } from './deciding-answers.tsx';
import { SafetyNet } from './safety-net.tsx';
import { ShareResult } from './share-result.tsx';
import { YourAnswers } from './your-answers.tsx';

export default function ResultPage() {
  const { goBack, restart } = useTriage();
  const outcome = useTriageSelector((s) => selectOutcome(model, s));
  const asked = useTriageSelector((s) => selectAsked(model, s));
  const backTo = useAddressAfter({ type: 'nav.back' });
  const disposition = model.dispositions.find((d) => d.id === outcome?.rule.disposition);
  usePageTitle(disposition?.title ?? 'Your result');
  if (!outcome || !disposition) return null;
  const { rule } = outcome;
  const primary = model.articles[rule.guidance];
  const related = rule.related.flatMap((id) => model.articles[id] ?? []);
  return (
    <div className="result" data-disposition={disposition.id} data-rule={rule.id} data-guidance={rule.guidance}>
      {backTo && <BackLink href={backTo} onBack={goBack} />}
      <CareCard
        level={disposition.careCard}
        title={disposition.title}
        heading={(content) => <PageHeading className="care-card__heading">{content}</PageHeading>}
      >
        <p>{disposition.summary}</p>
      </CareCard>
      <DecidingAnswers reason={rule.reason} because={outcome.because} />
      {primary && <ArticleBody article={primary} level={2} />}
      {related.length > 0 && (
        <section aria-labelledby="related-title">
          <h2 id="related-title">More that may help</h2>
          {related.map((article) => (
            <ArticleBody key={article.id} article={article} level={3} />
          ))}
        </section>
      )}
      <SafetyNet disposition={disposition.id} />
      <YourAnswers asked={asked} />
      <ShareResult />
      <button type="button" className="button button--secondary no-print" onClick={restart}>
        Start again with different symptoms
      </button>
    </div>
  );
}
