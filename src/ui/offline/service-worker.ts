/**
 * The service worker (written at build by vite-plugin-pwa, see
 * config/pwa.ts): after one visit, the whole check works with no network.
 * When a new version is deployed, its service worker waits; the app says so
 * and switches only when the person asks, so the rules never change under
 * them mid-way. Switching reloads the page where it is, and the saved
 * answers are walked again under the new rules.
 */
import { useSyncExternalStore } from 'react';

let waiting: ServiceWorker | null = null;
const listeners = new Set<() => void>();

function offer(worker: ServiceWorker) {
  waiting = worker;
  for (const listener of listeners) listener();
}

/** Registers the service worker; without one (refused, or an old browser) the app works online as before. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  container.register('/sw.js', { scope: '/' }).then(
    (registration: ServiceWorkerRegistration | undefined) => {
      // Some browsers' settings (and test tools that block workers) answer with no registration at all.
      if (!registration) return;
      // A worker installed but waiting, with another in control: an update, found on an earlier visit.
      if (registration.waiting && container.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          // Without a worker in control this is the first install, which takes the page at once: nothing to offer.
          if (installing.state === 'installed' && container.controller) offer(installing);
        });
      });
      // An installed app can stay open for days: look for a new version whenever it comes back into view.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') registration.update().catch(() => {});
      });
    },
    () => {},
  );
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether an updated check has been downloaded and waits for the person to use it. */
export function useUpdateWaiting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => waiting !== null,
    () => false,
  );
}

/** Uses the updated check: the page reloads where it is once the new service worker is in control. */
export function switchToUpdatedCheck(): void {
  const worker = waiting;
  if (!worker) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  worker.postMessage({ type: 'SKIP_WAITING' });
}
