/**
 * Where the person is, for every page: the region they chose (or the one
 * their browser's language suggests) and the model's text filled in for it.
 */
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { fillPlaceholders, localiseModel } from '../../engine/region.ts';
import type { Region, TriageModel } from '../../rules/model.ts';

interface RegionValue {
  readonly region: Region;
  /** False in pages written at build, before the reader's region is read: the words are the fallback region's. */
  readonly known: boolean;
  readonly regions: readonly Region[];
  readonly choose: (regionId: string) => void;
  /** The model with the region's words in place of its placeholders. */
  readonly model: TriageModel;
}

const RegionContext = createContext<RegionValue | null>(null);

interface RegionProviderProps {
  readonly model: TriageModel;
  readonly region: Region;
  readonly known: boolean;
  readonly onChoose: (regionId: string) => void;
  readonly children: ReactNode;
}

export function RegionProvider({ model, region, known, onChoose, children }: RegionProviderProps) {
  // Filled in again only for another region: learning the region (known) is often no change at all.
  const localised = useMemo(() => localiseModel(model, region), [model, region]);
  const value = useMemo(
    () => ({ region, known, regions: model.regions, choose: onChoose, model: localised }),
    [model, region, known, onChoose, localised],
  );
  return <RegionContext.Provider value={value}>{children}</RegionContext.Provider>;
}

/** The chosen region, every region, and a way to choose another. */
export function useRegion(): RegionValue {
  const value = useContext(RegionContext);
  if (!value) throw new Error('useRegion needs a RegionProvider above it');
  return value;
}

/** The model as the person reads it, in their region's words. */
export function useModel(): TriageModel {
  return useRegion().model;
}

/** Fills a text's `{placeholders}` with the region's words, for text written in components. */
export function useRegionText(): (text: string) => string {
  const { region } = useRegion();
  return (text) => fillPlaceholders(text, region);
}
