/** The signs that mean getting help sooner, from `rules/safety-net.yaml`, for this result's disposition. */

import { useContent } from '../content/use-content.ts';
import { CareCard } from './care-card.tsx';

export function SafetyNet({ disposition }: { readonly disposition: string }) {
  const { safetyNet } = useContent();
  const groups = safetyNet.filter((g) => g.showFor.includes(disposition));
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="safety-net-title">
      <h2 id="safety-net-title">Get help sooner if things change</h2>
      {groups.map((group) => (
        <CareCard
          key={group.heading}
          level={group.careCard}
          title={group.heading}
          heading={(content) => <h3 className="care-card__heading">{content}</h3>}
        >
          <ul className="list list--bullet">
            {group.signs.map((sign) => (
              <li key={sign}>{sign}</li>
            ))}
          </ul>
        </CareCard>
      ))}
    </section>
  );
}
