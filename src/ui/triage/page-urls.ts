/**
 * Each page's own address, so the browser's back, forward and reload work.
 * Pages are paths; answers in a share link are the query string, so the two
 * never collide.
 */
import type { Page } from '../../machine/selectors.ts';

/** A page to return to, as the machine's `nav.visit` event takes it. */
export interface PageAddress {
  readonly page: 'start' | 'question' | 'result';
  readonly question?: string;
}

const BASE = import.meta.env.BASE_URL;
const QUESTIONS = 'questions/';
const RESULT = 'result';

/** The path of a page: the start page is the app's own address. */
export function pathFor(page: Page, question: string | null): string {
  if (page === 'question' && question !== null) return `${BASE}${QUESTIONS}${encodeURIComponent(question)}`;
  if (page === 'result' || page === 'gap') return `${BASE}${RESULT}`;
  return BASE;
}

/** The page a path names; anything unknown is the start page. */
export function pageAt(pathname: string): PageAddress {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : '';
  if (rest === RESULT) return { page: 'result' };
  if (rest.startsWith(QUESTIONS) && rest.length > QUESTIONS.length) {
    try {
      return { page: 'question', question: decodeURIComponent(rest.slice(QUESTIONS.length)) };
    } catch {
      return { page: 'start' };
    }
  }
  return { page: 'start' };
}

/** The address that shows `answersText` to anyone who opens it. */
export function shareUrl(origin: string, answersText: string): string {
  return `${origin}${BASE}?${answersText}`;
}
