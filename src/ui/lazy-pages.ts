/**
 * The pages the start page does not need, loaded on their own so the first
 * page a person sees downloads less. Each starts loading early (before the
 * first render when the address needs it, otherwise once the start page is
 * up), and once loaded it renders at once, with no "Loading" flash.
 */
import { type ComponentType, createElement, lazy } from 'react';
import type { Address } from './triage/page-urls.ts';

interface LazyPage<P extends object> {
  /** The component to render inside a Suspense boundary. */
  readonly Page: ComponentType<P>;
  /** Starts loading it, if it has not started; resolves when it can render. */
  readonly preload: () => Promise<unknown>;
}

/** Makes each page whose download failed while it rendered download again the next time it renders. */
const retries = new Set<() => void>();

/** A page loaded on its own, with a way to start loading it early. */
export function lazyPage<P extends object = object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (page) => {
        loaded = page;
        return page;
      },
      (error: unknown) => {
        // A failed download (a dropped connection) is tried again the next time the page is needed.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  // React's lazy takes any thenable: this one answers at once when the page is already here. React keeps a
  // rejection for good on the lazy component it was given, so once the person starts again after a failed
  // download, the page renders through a fresh one, which downloads again, with no reload.
  let failed = false;
  const fresh = () => {
    const thenable = {
      // biome-ignore lint/suspicious/noThenProperty: React.lazy takes a thenable; this one can answer synchronously
      then(resolve: (module: { default: ComponentType<P> }) => void, reject: (error: unknown) => void) {
        if (loaded) resolve({ default: loaded });
        else
          preload().then(
            (page) => resolve({ default: page }),
            (error: unknown) => {
              failed = true;
              reject(error);
            },
          );
      },
    };
    return lazy(() => thenable as unknown as Promise<{ default: ComponentType<P> }>);
  };
  let current = fresh();
  retries.add(() => {
    if (!failed) return;
    failed = false;
    current = fresh();
  });
  // biome-ignore lint/correctness/noComponentHookFactories: called once per page, at module level (below)
  return { Page: (props: P) => createElement(current, props), preload };
}

/** After "Start again": a page that failed to download while it rendered downloads again when next shown. */
export function retryFailedPages(): void {
  for (const retry of retries) retry();
}

export const questionPage = lazyPage(() => import('./question/question-page.tsx').then((m) => m.QuestionPage));
export const resultPage = lazyPage(() => import('./result/result-page.tsx').then((m) => m.default));
/** A page outside the questions, given the address it was opened at. */
type OtherPageProps = { readonly at: Address };
export const faqPage = lazyPage<OtherPageProps>(() => import('./faq/faq-route.tsx').then((m) => m.default));
export const guidancePage = lazyPage<OtherPageProps>(() =>
  import('./guidance/guidance-route.tsx').then((m) => m.default),
);
export const regionPage = lazyPage<OtherPageProps>(() => import('./region/region-page.tsx').then((m) => m.default));

/** Starts loading the pages a person can reach from the start page. */
export function preloadNextPages(): Promise<unknown> {
  return Promise.all([questionPage.preload(), resultPage.preload()]);
}

/** Runs a task once the browser has nothing more pressing to do (at once, where it cannot tell). */
const whenIdle: (task: () => void) => void = globalThis.requestIdleCallback ?? setTimeout;

/**
 * Loads a page before it is needed, once the browser is idle, so the page on
 * screen never waits on it. A failure here is left for when the page is needed.
 */
export function preloadWhenIdle(page: Pick<LazyPage<object>, 'preload'>): void {
  whenIdle(() => void page.preload().catch(() => {}));
}
