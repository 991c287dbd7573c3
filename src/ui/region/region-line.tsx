/**
 * "Showing numbers for the United Kingdom. Change": which country's numbers
 * and services the page names, with a link to the region page that returns here.
 * Pages written at build cannot know the region: there the line is held in
 * place, unseen, and shows once the page has read it.
 */
import { regionPath } from '../triage/page-urls.ts';
import { useRegion } from './region-context.tsx';

export function RegionLine({ from }: { readonly from: string }) {
  const { region, known } = useRegion();
  // In a page written at build, the line keeps its place, unseen, until the reader's region is known.
  return (
    <p className={known ? 'region-line' : 'region-line region-line--pending'} aria-hidden={known ? undefined : true}>
      Showing numbers for {region.sentenceName}.{' '}
      <a href={regionPath(from)}>
        Change {/* VisuallyHidden's markup: the start page then downloads one file fewer. */}
        <span className="visually-hidden">where you are</span>
      </a>
    </p>
  );
}
