/** The person's answers as a summary list, each with a "Change" link back to its question. */
import type { MouseEvent } from 'react';
import { questionsById } from '../../engine/truth.ts';
import { useModel } from '../region/region-context.tsx';
import { VisuallyHidden } from '../shared/visually-hidden.tsx';
import { pathFor } from '../triage/page-urls.ts';
import { useTriage } from '../triage/use-triage.ts';

export function YourAnswers({ asked }: { readonly asked: readonly string[] }) {
  const model = useModel();
  const { answers, changeAnswer } = useTriage();
  const questions = questionsById(model);
  return (
    <section aria-labelledby="your-answers-title">
      <h2 id="your-answers-title">Your answers</h2>
      <details className="details">
        <summary className="details__summary">
          <span>Check or change your answers</span>
        </summary>
        <dl className="summary-list details__text">
          {asked.map((id) => {
            const question = questions.get(id);
            if (!question) return null;
            const chosen = answers[id] ?? [];
            const change = (event: MouseEvent<HTMLAnchorElement>) => {
              event.preventDefault();
              changeAnswer(id);
            };
            return (
              <div className="summary-list__row" key={id}>
                <dt className="summary-list__key">{question.text}</dt>
                <dd className="summary-list__value">
                  {question.options
                    .filter((o) => chosen.includes(o.id))
                    .map((o) => (
                      <p key={o.id}>{o.label}</p>
                    ))}
                </dd>
                <dd className="summary-list__actions">
                  <a href={pathFor('question', id)} onClick={change}>
                    Change <VisuallyHidden>{question.text.replace(/\?$/, '').toLowerCase()}</VisuallyHidden>
                  </a>
                </dd>
              </div>
            );
          })}
        </dl>
      </details>
    </section>
  );
}
