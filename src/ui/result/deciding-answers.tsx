/** "Why we suggest this": the rule's reason and the answers that decided it, in the words the person saw. */
import type { DecidingAnswer } from '../../engine/decide.ts';
import { questionsById } from '../../engine/truth.ts';
import { model } from '../triage/triage-context.ts';

interface DecidingAnswersProps {
  readonly reason: string;
  readonly because: readonly DecidingAnswer[];
}

export function DecidingAnswers({ reason, because }: DecidingAnswersProps) {
  const questions = questionsById(model);
  return (
    <section aria-labelledby="why-title">
      <h2 id="why-title">Why we suggest this</h2>
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
    </section>
  );
}
