/**
 * One question on its own page, as one form: the question is the legend and
 * the h1, then its hint, its options, and Continue. The machine decides where
 * Continue and Back lead; this page only collects a valid answer.
 */
import '../styles/question.css';
import { FormProvider, useForm } from 'react-hook-form';
import { selectProgress } from '../../machine/selectors.ts';
import type { Question } from '../../rules/model.ts';
import { useModel } from '../region/region-context.tsx';
import { BackLink } from '../shared/back-link.tsx';
import { usePageTitle } from '../shared/use-page-title.ts';
import { VisuallyHidden } from '../shared/visually-hidden.tsx';
import { useBackAddress, useTriage, useTriageSelector } from '../triage/use-triage.ts';
import type { AnswerValues } from './answer-form.ts';
import { BodyMap } from './body-map.tsx';
import { Choices, inputId } from './choices.tsx';
import { ErrorSummary } from './error-summary.tsx';
import { QuestionLegend } from './question-legend.tsx';

/** The question on screen, in the person's region's words; a new form for each question, so no answer carries over. */
export function QuestionPage() {
  const { question, answers } = useTriage();
  if (!question) return null;
  return <QuestionForm key={question.id} question={question} answer={answers[question.id] ?? []} />;
}

/** The message beside the field when no answer is given. */
function errorFor(question: Question): string {
  return question.error ?? (question.type === 'multi' ? 'Select at least one option' : 'Select an option');
}

function QuestionForm({ question, answer }: { readonly question: Question; readonly answer: readonly string[] }) {
  const model = useModel();
  const { submitAnswer, goBack } = useTriage();
  const backTo = useBackAddress();
  const progress = useTriageSelector((s) => selectProgress(model, s));
  const multi = question.type === 'multi';
  const form = useForm<AnswerValues>({
    defaultValues: { [question.id]: multi ? [...answer] : (answer[0] ?? null) },
    shouldFocusError: false,
  });
  const { handleSubmit, formState } = form;
  const error = formState.errors[question.id]?.message;
  const message = typeof error === 'string' ? error : null;
  usePageTitle(question.text, message !== null);
  const map = model.bodyMap?.question === question.id ? model.bodyMap : null;
  const hintId = question.hint ? `${question.id}-hint` : null;
  const errorId = message ? `${question.id}-error` : null;
  const first = question.options[0];

  const submit = handleSubmit((values) => {
    const value = values[question.id];
    submitAnswer(Array.isArray(value) ? value : value ? [value] : []);
  });

  return (
    <FormProvider {...form}>
      {backTo && <BackLink href={backTo} onBack={goBack} />}
      {message && first && (
        <ErrorSummary message={message} inputId={inputId(question, first)} attempt={formState.submitCount} />
      )}
      <form onSubmit={submit} noValidate>
        <div className={message ? 'form-group form-group--error' : 'form-group'}>
          <fieldset className="fieldset" aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
            <QuestionLegend question={question} progress={progress} />
            {question.hint && (
              <div id={hintId ?? undefined} className="hint">
                {question.hint}
              </div>
            )}
            {message && (
              <p id={errorId ?? undefined} className="error-message">
                <VisuallyHidden>Error:</VisuallyHidden> {message}
              </p>
            )}
            {/* The drawing first, so on a phone it sits above the answers; wider screens put it beside them. */}
            <div className={map ? 'with-body-map' : undefined}>
              {map && <BodyMap map={map} />}
              <Choices question={question} validate={errorFor(question)} />
            </div>
          </fieldset>
        </div>
        <button type="submit" className="button">
          Continue
        </button>
      </form>
    </FormProvider>
  );
}
