/**
 * Which version of the rules gave what is on screen, and when they last
 * changed: in the footer of every page, and on every result, so a printed or
 * shared result can be traced to the advice that gave it.
 */
import type { RulesVersion } from '../../rules/model.ts';

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/**
 * A year-month-day date as people read it in the UK ("30 November 2026"),
 * written out by hand: the browser's date formatter loads its locale data the
 * first time it is made, which held the first page up for a long moment.
 */
export function formatDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 0) - 1] ?? ''} ${year}`;
}

export function AdviceVersion({ version }: { readonly version: RulesVersion }) {
  return (
    <p>
      Advice version {version.version}, last updated{' '}
      <time dateTime={version.changed}>{formatDay(version.changed)}</time>.
    </p>
  );
}
