/**
 * A page's h1. After each step it takes focus, so screen reader and keyboard
 * users start at the top of the new page; on first load focus is left alone.
 */
import { type ReactNode, useEffect, useRef } from 'react';
import { useArrival } from './arrival.ts';

interface PageHeadingProps {
  readonly children: ReactNode;
  readonly className?: string;
}

export function PageHeading({ children, className }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const arrival = useArrival();
  // Once per page: a heading that re-renders (an error appearing) must not take focus back.
  useEffect(() => {
    if (arrival.moved) ref.current?.focus();
  }, [arrival]);
  return (
    <h1 ref={ref} tabIndex={-1} className={className ?? 'heading-l'}>
      {children}
    </h1>
  );
}
