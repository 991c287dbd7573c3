/**
 * "Showing numbers for the United Kingdom. Change": which country's numbers
 * and services the page names, with a link to the region page that returns here.
 */
import { VisuallyHidden } from '../shared/visually-hidden.tsx';
import { regionPath } from '../triage/page-urls.ts';
import { useRegion } from './region-context.tsx';

export function RegionLine({ from }: { readonly from: string }) {
  const { region } = useRegion();
  return (
    <p className="region-line">
      Showing numbers for {region.sentenceName}.{' '}
      <a href={regionPath(from)}>
        Change <VisuallyHidden>where you are</VisuallyHidden>
      </a>
    </p>
  );
}
