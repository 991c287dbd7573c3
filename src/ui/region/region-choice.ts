/**
 * Which region the pages show: the one chosen on this device, else the one
 * the browser's language suggests. Pages written at build cannot know it:
 * they carry the fallback region's words, which hold in any country, and the
 * render that takes them over must match them. There the region is read just
 * after, at a transition's priority, so filling in its words never holds the
 * page up in one long task; everywhere else it is read at once.
 */
import { startTransition, useCallback, useEffect, useState } from 'react';
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

/** The region read now: chosen in this page, else on this device, else suggested by the browser's language. */
function currentRegion(model: TriageModel): string {
  return chosenHere ?? savedRegion(deviceStore()) ?? defaultRegion(model.regions, browserLanguages()).id;
}

/**
 * The region to show, whether it is known yet, and a way to choose another.
 * `written`: the first render takes over a page written at build, so it
 * shows the words written there and reads the region just after.
 */
export function useRegionChoice(model: TriageModel, written: boolean): RegionChoice {
  const [regionId, setRegionId] = useState<string | null>(() => (written ? null : currentRegion(model)));
  useEffect(() => {
    const update = () => setRegionId(currentRegion(model));
    // Unchanged, it renders nothing; a page written at build fills in its region's words here: in a task of its
    // own, as the device's storage can be slow to open the first time, then at a transition's priority.
    const timer = setTimeout(() => startTransition(update));
    const unsubscribe = subscribe(update);
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [model]);
  const choose = useCallback((id: string) => {
    saveRegion(deviceStore(), id);
    chosenHere = savedRegion(deviceStore()) === id ? null : id;
    notify();
  }, []);
  return { region: regionById(model.regions, regionId), known: regionId !== null, choose };
}
