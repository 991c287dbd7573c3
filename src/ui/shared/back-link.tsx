/** The "Back" link above a page's heading: a real link, which the app follows without reloading. */
import type { MouseEvent } from 'react';

interface BackLinkProps {
  /** Where back leads, so the link can be opened or copied like any other. */
  readonly href: string;
  readonly onBack: () => void;
}

export function BackLink({ href, onBack }: BackLinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    // Let people open it in a new tab; a plain click stays in the app.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onBack();
  };
  return (
    <a href={href} className="back-link" onClick={follow}>
      Back
    </a>
  );
}
