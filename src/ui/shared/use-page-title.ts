/** Keeps the tab title in step with the page, with "Error: " while an error shows. */
import { useEffect } from 'react';

export const SERVICE_NAME = 'Squat Back Check';

/** A page's tab title: its own, then the service's name. */
export function pageTitle(title: string, hasError = false): string {
  return `${hasError ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;
}

export function usePageTitle(title: string, hasError = false): void {
  useEffect(() => {
    document.title = pageTitle(title, hasError);
  }, [title, hasError]);
}
