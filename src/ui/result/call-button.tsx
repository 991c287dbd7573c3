/**
 * A full-width button that starts a phone call where the device can, with
 * the number written out for those that cannot.
 */
import type { Phone } from '../../rules/model.ts';

export function CallButton({ phone }: { readonly phone: Phone }) {
  const shown = phone.call.includes(phone.number) ? null : phone.number;
  return (
    <p className="call">
      <a className="button button--call" href={`tel:${phone.number.replace(/\s/g, '')}`}>
        {phone.call}
        {shown && (
          <>
            {' on '}
            <span className="call__number">{shown}</span>
          </>
        )}
      </a>
    </p>
  );
}
