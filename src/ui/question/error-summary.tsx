/**
 * "There is a problem": takes focus when it appears and links to the field,
 * as the GOV.UK error summary does.
 */
import { type MouseEvent, useEffect, useRef } from 'react';

interface ErrorSummaryProps {
  readonly message: string;
  /** The id of the first input of the field with the problem. */
  readonly inputId: string;
  /** Changes on every failed submit, so focus returns to the summary each time. */
  readonly attempt: number;
}

export function ErrorSummary({ message, inputId, attempt }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each failed attempt moves focus here again
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);
  const goToField = (event: MouseEvent<HTMLAnchorElement>) => {
    const input = document.getElementById(inputId);
    if (!input) return;
    event.preventDefault();
    input.focus();
    // Show the question with its input, not just the input.
    input.closest('fieldset')?.scrollIntoView?.();
  };
  return (
    <div ref={ref} className="error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1}>
      <h2 id="error-summary-title" className="error-summary__title">
        There is a problem
      </h2>
      <ul className="error-summary__list">
        <li>
          <a href={`#${inputId}`} onClick={goToField}>
            {message}
          </a>
        </li>
      </ul>
    </div>
  );
}
