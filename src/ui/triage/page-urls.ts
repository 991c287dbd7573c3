/**
 * Each page's own address, so the browser's back, forward and reload work.
 * Pages are paths; answers in a share link are the query string of the start
 * page, so the two never collide. The FAQ, the guidance pages and the region
 * page stand outside the questions: a `from` in their query string says
 * where "Back" returns to.
 */
import type { Page } from '../../machine/navigation.ts';

/** A page to return to, as the machine's `nav.visit` event takes it (a gap shows at the result's address). */
export interface PageAddress {
  readonly page: Exclude<Page, 'gap'>;
  readonly question?: string;
}

/** Where a page was opened: the address bar's path and query string. */
export interface Address {
  readonly pathname: string;
  readonly search: string;
}

/** A page outside the questions. */
export type OtherPage =
  | { readonly kind: 'faq' }
  | { readonly kind: 'guidance'; readonly article: string }
  | { readonly kind: 'region' };

const BASE = import.meta.env.BASE_URL;
const QUESTIONS = 'questions/';
const RESULT = 'result';
const FAQ = 'faq';
const GUIDANCE = 'guidance/';
const REGION = 'region';

/** The path of a page: the start page is the app's own address. */
export function pathFor(page: Page, question: string | null): string {
  if (page === 'question' && question !== null) return `${BASE}${QUESTIONS}${encodeURIComponent(question)}`;
  if (page === 'result' || page === 'gap') return `${BASE}${RESULT}`;
  return BASE;
}

/** The part of a path after the app's base, or null for a path outside the app. */
function inApp(pathname: string): string | null {
  return pathname.startsWith(BASE) ? pathname.slice(BASE.length) : null;
}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The page a path names; anything unknown is the start page. */
export function pageAt(pathname: string): PageAddress {
  const rest = inApp(pathname) ?? '';
  if (rest === RESULT) return { page: 'result' };
  if (rest.startsWith(QUESTIONS) && rest.length > QUESTIONS.length) {
    const question = decoded(rest.slice(QUESTIONS.length));
    return question === null ? { page: 'start' } : { page: 'question', question };
  }
  return { page: 'start' };
}

/** The page outside the questions a path names, or null for the questions' own pages. */
export function otherPageAt(pathname: string): OtherPage | null {
  const rest = inApp(pathname);
  if (rest === FAQ) return { kind: 'faq' };
  if (rest === REGION) return { kind: 'region' };
  if (rest?.startsWith(GUIDANCE) && rest.length > GUIDANCE.length) {
    const article = decoded(rest.slice(GUIDANCE.length));
    return article === null ? null : { kind: 'guidance', article };
  }
  return null;
}

/** The FAQ's address: the questions people ask, each linked to its guidance page. */
export const FAQ_PATH = `${BASE}${FAQ}`;

/** A guidance article's own page; `from` is the path its "Back" link returns to. */
export function guidancePath(article: string, from?: string): string {
  return withFrom(`${BASE}${GUIDANCE}${encodeURIComponent(article)}`, from);
}

/** The page for choosing where you are, returning to `from` once chosen. */
export function regionPath(from: string): string {
  return withFrom(`${BASE}${REGION}`, from);
}

function withFrom(path: string, from: string | undefined): string {
  return from === undefined ? path : `${path}?${new URLSearchParams({ from })}`;
}

/**
 * Where a page outside the questions returns to: the `from` in its query
 * string when it is one of this app's pages, else `fallback`. Anything else
 * (another site, a made-up path) is never followed.
 */
export function returnPath(search: string, fallback: string): string {
  const from = new URLSearchParams(search).get('from');
  if (from === null || !from.startsWith(BASE) || from.startsWith('//') || /[#\\\s]/.test(from)) return fallback;
  // A page outside the questions keeps its own `from`, so a way back can lead through it.
  const [path = ''] = from.split('?');
  const known = otherPageAt(path) !== null || path === BASE || pageAt(path).page !== 'start';
  return known ? from : fallback;
}

/** The address that shows `answersText` to anyone who opens it. */
export function shareUrl(origin: string, answersText: string): string {
  return `${origin}${BASE}?${answersText}`;
}
