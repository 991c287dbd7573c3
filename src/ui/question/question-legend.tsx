/** The legend of a question: how far through the person is, then the question as the page's h1. */
import type { Progress } from '../../engine/progress.ts';
import type { Question } from '../../rules/model.ts';
import { PageHeading } from '../shared/page-heading.tsx';

interface QuestionLegendProps {
  readonly question: Question;
  readonly progress: Progress | null;
}

export function QuestionLegend({ question, progress }: QuestionLegendProps) {
  return (
    <legend className="fieldset__legend">
      {progress && (
        <span className="caption">
          {/* No total: paths run from 1 to 11 questions, so any total would change on the way. */}
          Question {progress.number}
        </span>
      )}
      <PageHeading className="fieldset__heading">{question.text}</PageHeading>
    </legend>
  );
}
