/**
 * A link that reproduces this result: the app's own address with the
 * answers in its query string. Copy, share (where the device can) or print.
 */
import { useState } from 'react';
import { selectShareText } from '../../machine/selectors.ts';
import { useModel } from '../region/region-context.tsx';
import { shareUrl } from '../triage/page-urls.ts';
import { useTriageSelector } from '../triage/use-triage.ts';

export function ShareResult() {
  const model = useModel();
  const answersText = useTriageSelector((s) => selectShareText(model, s));
  const url = shareUrl(window.location.origin, answersText);
  const [copied, setCopied] = useState(false);
  const canShare = typeof navigator.share === 'function';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard here: the link is on the page to copy by hand.
    }
  };
  return (
    <section aria-labelledby="share-title" className="share no-print">
      <h2 id="share-title">Save or share this result</h2>
      <p>This link shows the same result and answers to anyone who opens it.</p>
      <label className="label" htmlFor="share-link">
        Link to this result
      </label>
      <input
        id="share-link"
        className="input share__link"
        type="text"
        readOnly
        value={url}
        onFocus={(e) => e.target.select()}
      />
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={copy}>
          Copy link
        </button>
        {canShare && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => navigator.share({ title: document.title, url }).catch(() => {})}
          >
            Share
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print this page
        </button>
      </div>
      <p className="share__status" role="status">
        {copied ? 'Link copied' : ''}
      </p>
    </section>
  );
}
