/** "Why we suggest this": the rule's reason and the answers that decided it, in the words the person saw. */
import type { DecidingAnswer } from '../../engine/decide.ts';
import { questionsById } from '../../engine/truth.ts';
import { useModel } from '../region/region-context.tsx';

interface DecidingAnswersProps {
  readonly reason: string;
  readonly because: readonly DecidingAnswer[];
  /** Behind a tap ("Why we suggest this"), where the page must stay short. */
  readonly collapsed?: boolean;
}

export function DecidingAnswers({ reason, because, collapsed = false }: DecidingAnswersProps) {
  const model = useModel();
  const questions = questionsById(model);
  const body = (
    <>
      <p>{reason}</p>
      <p>You told us:</p>
      <ul className="list list--bullet">
        {because.map(({ question, options }) => {
          const q = questions.get(question);
          const labels = q?.options.filter((o) => options.includes(o.id)).map((o) => o.label) ?? [];
          return (
            <li key={question}>
              <span className="deciding__question">{q?.text}</span> <strong>{labels.join('; ')}</strong>
            </li>
          );
        })}
      </ul>
    </>
  );
  if (collapsed) {
    return (
      <details className="details" aria-labelledby="why-title">
        <summary className="details__summary">
          <span id="why-title">Why we suggest this</span>
        </summary>
        <div className="details__text">{body}</div>
      </details>
    );
  }
  return (
    <section aria-labelledby="why-title">
      <h2 id="why-title">Why we suggest this</h2>
      {body}
    </section>
  );
}
