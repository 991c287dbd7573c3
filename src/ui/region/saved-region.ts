/**
 * The country the person chose, remembered on this device (localStorage) so
 * an installed app does not ask at every launch. A country is not health
 * data: it is the one thing kept beyond the tab, and the privacy line says
 * so. Answers stay in the tab's sessionStorage (../triage/saved-progress.ts).
 */

const KEY = 'squat-back-check:region';

/** The device's localStorage, or null where the browser refuses it. */
export function deviceStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The region id chosen on this device, if any: an unknown id is the caller's to ignore. */
export function savedRegion(storage: Storage | null): string | null {
  try {
    return storage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

/** Remembers the region chosen, for this visit and the next. */
export function saveRegion(storage: Storage | null, region: string): void {
  try {
    storage?.setItem(KEY, region);
  } catch {
    // Storage can be full or switched off: the choice still holds until the page closes.
  }
}
