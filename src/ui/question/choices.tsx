/**
 * The options of a question as radios or checkboxes. Each input's name is
 * the question id and its value the option id. A multi-select question's
 * exclusive "none of these" option comes after an "or" and clears the others,
 * as choosing any other clears it.
 */
import type { ChangeEvent } from 'react';
import type { Option, Question } from '../../rules/model.ts';
import { useAnswerForm } from './answer-form.ts';

interface ChoicesProps {
  readonly question: Question;
  /** The message when nothing is chosen. */
  readonly validate: string;
}

/** The id of an option's input, which labels and the error summary point at. */
export function inputId(question: Question, option: Option): string {
  return `${question.id}-${option.id}`;
}

export function Choices({ question, validate }: ChoicesProps) {
  const { register, getValues, setValue, formState } = useAnswerForm();
  const multi = question.type === 'multi';
  const exclusive = question.options.find((o) => o.exclusive);
  const field = register(question.id, {
    validate: (value) => (Array.isArray(value) ? value.length > 0 : Boolean(value)) || validate,
  });
  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    await field.onChange(event);
    const { checked, value } = event.target;
    if (!multi || !exclusive || !checked) return;
    const chosen = getValues(question.id);
    const others = Array.isArray(chosen) ? chosen.filter((id) => id !== exclusive.id) : [];
    const next = value === exclusive.id ? [exclusive.id] : others;
    setValue(question.id, next, { shouldValidate: formState.isSubmitted });
  };
  const type = multi ? 'checkbox' : 'radio';
  return (
    <div className={multi ? 'checkboxes' : 'radios'}>
      {question.options.map((option) => {
        const id = inputId(question, option);
        const hintId = option.hint ? `${id}-hint` : undefined;
        return (
          <div key={option.id}>
            {option.exclusive && <div className="choices__divider">or</div>}
            <div className="choices__item">
              <input
                {...field}
                onChange={onChange}
                className="choices__input"
                id={id}
                type={type}
                value={option.id}
                aria-describedby={hintId}
              />
              <label className="choices__label" htmlFor={id}>
                {option.label}
              </label>
              {option.hint && (
                <div id={hintId} className="hint choices__hint">
                  {option.hint}
                </div>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
