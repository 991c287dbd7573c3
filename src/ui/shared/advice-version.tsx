/**
 * Which version of the rules gave what is on screen, and when they last
 * changed: in the footer of every page, and on every result, so a printed or
 * shared result can be traced to the advice that gave it.
 */
import type { RulesVersion } from '../../rules/model.ts';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function AdviceVersion({ version }: { readonly version: RulesVersion }) {
  return (
    <p>
      Advice version {version.version}, last updated{' '}
      <time dateTime={version.changed}>{DAY.format(new Date(`${version.changed}T00:00:00Z`))}</time>.
    </p>
  );
}
