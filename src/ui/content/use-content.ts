/**
 * The articles, "what to do now" lists, safety net and FAQ, in the person's
 * region's words. Only the pages loaded on their own import this, so the
 * start page never downloads the content.
 */
import content from 'virtual:triage-content';
import { useMemo } from 'react';
import { localiseContent } from '../../engine/region.ts';
import type { TriageContent } from '../../rules/model.ts';
import { useRegion } from '../region/region-context.tsx';

/** The content as the person reads it, in their region's words. */
export function useContent(): TriageContent {
  const { region } = useRegion();
  return useMemo(() => localiseContent(content, region), [region]);
}
