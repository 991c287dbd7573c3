/**
 * The result, in the order of an NHS 111 online result: the care card with a
 * call button, what to do now, the guidance in short with links to it in
 * full, when to get help sooner (once), why we suggest this and the person's
 * answers, then ways to keep it. Loaded only when a result is shown, to keep
 * the first page light.
 */
import '../styles/print.css';
import { useEffect } from 'react';
import { selectAsked, selectOutcome } from '../../machine/selectors.ts';
import type { CareCard as Level, Region } from '../../rules/model.ts';
import { SafetyNet } from '../content/safety-net.tsx';
import { useContent } from '../content/use-content.ts';
import { useModel, useRegion } from '../region/region-context.tsx';
import { RegionLine } from '../region/region-line.tsx';
import { AdviceVersion } from '../shared/advice-version.tsx';
import { BackLink } from '../shared/back-link.tsx';
import { CareCard } from '../shared/care-card.tsx';
import { PageHeading } from '../shared/page-heading.tsx';
import { usePageTitle } from '../shared/use-page-title.ts';
import { pathFor } from '../triage/page-urls.ts';
import { useBackAddress, useTriage, useTriageSelector } from '../triage/use-triage.ts';
import { CallButton } from './call-button.tsx';
import { DecidingAnswers } from './deciding-answers.tsx';
import { GuidanceSummary } from './guidance-summary.tsx';
import { ShareResult } from './share-result.tsx';
import { WhatToDoNow } from './what-to-do-now.tsx';
import { YourAnswers } from './your-answers.tsx';

/** What an emergency or urgent result's card offers: a number to call, and a service online, where the region has them. */
function callsFor(level: Level, region: Region) {
  if (level === 'emergency') return { phone: region.phone.emergency, online: undefined };
  if (level === 'urgent') return { phone: region.phone.urgent, online: region.phone.online };
  return { phone: undefined, online: undefined };
}

/** A printed result shows the reasons and answers that sit behind a tap on screen. */
function useOpenOnPrint() {
  useEffect(() => {
    const open = () => {
      for (const details of document.querySelectorAll('main details')) (details as HTMLDetailsElement).open = true;
    };
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);
}

export default function ResultPage() {
  const model = useModel();
  const { articles, whatToDoNow, safetyNet } = useContent();
  const { goBack, restart } = useTriage();
  const { region } = useRegion();
  const outcome = useTriageSelector((s) => selectOutcome(model, s));
  const asked = useTriageSelector((s) => selectAsked(model, s));
  const backTo = useBackAddress();
  const disposition = model.dispositions.find((d) => d.id === outcome?.rule.disposition);
  usePageTitle(disposition?.title ?? 'Your result');
  useOpenOnPrint();
  if (!outcome || !disposition) return null;
  const { rule } = outcome;
  const primary = articles[rule.guidance];
  const related = rule.related.flatMap((id) => articles[id] ?? []);
  const lists = whatToDoNow[disposition.id];
  const { phone, online } = callsFor(disposition.careCard, region);
  const here = pathFor('result', null);
  // On an emergency result every word stands between the person and the call: the reasons wait behind a tap.
  const emergency = disposition.careCard === 'emergency';
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
        {online && (
          <p>
            <a href={online.url} className="care-card__link">
              {online.text}
            </a>
          </p>
        )}
        <RegionLine from={here} />
      </CareCard>
      {lists && <WhatToDoNow lists={lists} />}
      {primary && <GuidanceSummary primary={primary} related={related} from={here} />}
      <SafetyNet
        groups={safetyNet.filter((g) => g.showFor.includes(disposition.id))}
        title="Get help sooner if things change"
        id="safety-net-title"
      />
      <DecidingAnswers reason={rule.reason} because={outcome.because} collapsed={emergency} />
      <YourAnswers asked={asked} />
      <AdviceVersion version={model.version} />
      <ShareResult />
      <button type="button" className="button button--secondary no-print" onClick={restart}>
        Start again with different symptoms
      </button>
    </div>
  );
}
