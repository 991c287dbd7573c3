/**
 * Which region the pages show, as a store React reads with
 * useSyncExternalStore: the one chosen on this device, else the one the
 * browser's language suggests. Pages written at build (and the first render
 * that takes them over) cannot know it: there the store answers null, and
 * the pages read the fallback region's words, which hold in any country.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { defaultRegion, regionById } from '../../engine/region.ts';
import type { Region, TriageModel } from '../../rules/model.ts';
import { deviceStore, savedRegion, saveRegion } from './saved-region.ts';

const listeners = new Set<() => void>();
/** A choice made in this page that the device did not keep (storage refused or full): it holds until the page closes. */
let chosenHere: string | null = null;

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Back from the region page may show a page from the browser's cache: read the region it chose.
  const onShow = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    chosenHere = null;
    listener();
  };
  window.addEventListener('pageshow', onShow);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('pageshow', onShow);
  };
}

/** The languages the browser asks for, most wanted first. */
function browserLanguages(): readonly string[] {
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

export interface RegionChoice {
  readonly region: Region;
  /** False while the page shows what was written at build, before the reader's region is read. */
  readonly known: boolean;
  readonly choose: (regionId: string) => void;
}

/** The region to show, whether it is known yet, and a way to choose another. */
export function useRegionChoice(model: TriageModel): RegionChoice {
  const regionId = useSyncExternalStore(
    subscribe,
    () => chosenHere ?? savedRegion(deviceStore()) ?? defaultRegion(model.regions, browserLanguages()).id,
    () => null,
  );
  const choose = useCallback((id: string) => {
    saveRegion(deviceStore(), id);
    chosenHere = savedRegion(deviceStore()) === id ? null : id;
    notify();
  }, []);
  return { region: regionById(model.regions, regionId), known: regionId !== null, choose };
}
