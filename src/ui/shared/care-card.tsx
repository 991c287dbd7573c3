/**
 * An NHS care card: the colour and the hidden prefix say how urgent it is,
 * for people who cannot see the colour. Self-care has no card style.
 */
import type { ReactNode } from 'react';
import type { CareCard as Level } from '../../rules/model.ts';
import { VisuallyHidden } from './visually-hidden.tsx';

/** Read out before the heading, as NHS.UK care cards do. */
const PREFIX: Record<Level, string | null> = {
  emergency: 'Immediate action required: ',
  urgent: 'Urgent advice: ',
  'non-urgent': 'Non-urgent advice: ',
  'self-care': null,
};

interface CareCardProps {
  readonly level: Level;
  /** The heading element, so a card can be the page's h1 or a section's h3. */
  readonly heading: (content: ReactNode) => ReactNode;
  readonly title: string;
  readonly children: ReactNode;
}

export function CareCard({ level, heading, title, children }: CareCardProps) {
  const prefix = PREFIX[level];
  return (
    <div className={`care-card care-card--${level}`}>
      <div className="care-card__heading-container">
        {heading(
          <>
            {prefix && <VisuallyHidden>{prefix}</VisuallyHidden>}
            {title}
          </>,
        )}
        <span className="care-card__arrow" aria-hidden="true" />
      </div>
      <div className="care-card__content">{children}</div>
    </div>
  );
}
