/**
 * The result: how urgent it is as a care card, why, the guidance, when to
 * get help sooner, the person's answers with "Change", and ways to keep it.
 * Loaded only when a result is shown, to keep the first page light.
 */
import { selectAsked, selectOutcome } from '../../machine/selectors.ts';
import type { CareCard as Level, Phone, Region } from '../../rules/model.ts';
import { useContent } from '../content/use-content.ts';
import { ArticleBody } from '../guidance/article-body.tsx';
import { useModel, useRegion } from '../region/region-context.tsx';
import { RegionPicker } from '../region/region-picker.tsx';
import { BackLink } from '../shared/back-link.tsx';
import { PageHeading } from '../shared/page-heading.tsx';
import { usePageTitle } from '../shared/use-page-title.ts';
import { useAddressAfter, useTriage, useTriageSelector } from '../triage/use-triage.ts';
import { CallButton } from './call-button.tsx';
import { CareCard } from './care-card.tsx';
import { DecidingAnswers } from './deciding-answers.tsx';
import { SafetyNet } from './safety-net.tsx';
import { ShareResult } from './share-result.tsx';
import { WhatToDoNow } from './what-to-do-now.tsx';
import { YourAnswers } from './your-answers.tsx';

/** The number an emergency or urgent result offers to call, where the region has one. */
const PHONE_FOR: Partial<Record<Level, (region: Region) => Phone | undefined>> = {
  emergency: (region) => region.phone.emergency,
  urgent: (region) => region.phone.urgent,
};

export default function ResultPage() {
  const model = useModel();
  const { articles, whatToDoNow } = useContent();
  const { goBack, restart } = useTriage();
  const { region, regions, choose } = useRegion();
  const outcome = useTriageSelector((s) => selectOutcome(model, s));
  const asked = useTriageSelector((s) => selectAsked(model, s));
  const backTo = useAddressAfter({ type: 'nav.back' });
  const disposition = model.dispositions.find((d) => d.id === outcome?.rule.disposition);
  usePageTitle(disposition?.title ?? 'Your result');
  if (!outcome || !disposition) return null;
  const { rule } = outcome;
  const primary = articles[rule.guidance];
  const related = rule.related.flatMap((id) => articles[id] ?? []);
  const lists = whatToDoNow[disposition.id];
  const phone = PHONE_FOR[disposition.careCard]?.(region);
  return (
    <div className="result" data-disposition={disposition.id} data-rule={rule.id} data-guidance={rule.guidance}>
      {backTo && <BackLink href={backTo} onBack={goBack} />}
      <CareCard
        level={disposition.careCard}
        title={disposition.title}
        heading={(content) => <PageHeading className="care-card__heading">{content}</PageHeading>}
      >
        <p>{disposition.summary}</p>
        {phone && <CallButton phone={phone} />}
      </CareCard>
      {lists && <WhatToDoNow lists={lists} />}
      <div className="no-print">
        <RegionPicker regions={regions} value={region.id} onChange={choose} />
      </div>
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
