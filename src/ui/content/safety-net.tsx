/**
 * The signs that mean getting help sooner, from `rules/safety-net.yaml`, as
 * NHS care cards, most urgent first. A result shows the groups for its
 * disposition; a guidance page shows them all.
 */
import type { SafetyNetGroup } from '../../rules/model.ts';
import { CareCard } from '../shared/care-card.tsx';

interface SafetyNetProps {
  readonly groups: readonly SafetyNetGroup[];
  /** The heading above the cards, and its level. */
  readonly title: string;
  readonly id: string;
}

export function SafetyNet({ groups, title, id }: SafetyNetProps) {
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
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
