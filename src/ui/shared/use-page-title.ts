/** Keeps the tab title in step with the page, with "Error: " while an error shows. */
import { useEffect } from 'react';

export const SERVICE_NAME = 'Squat Back Check';

export function usePageTitle(title: string, hasError = false): void {
  useEffect(() => {
    document.title = `${hasError ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;
  }, [title, hasError]);
}
