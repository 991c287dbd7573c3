/**
 * The question page's form, shared with the fields inside it through
 * react-hook-form's context: one field, named by the question's id.
 */
import { useFormContext } from 'react-hook-form';

/** The form's values: a radio question's option id (null before one is chosen), or a multi-select's option ids. */
export type AnswerValues = Record<string, string | string[] | null>;

/** The form the field is in: the question page puts it in context with `FormProvider`. */
export function useAnswerForm() {
  return useFormContext<AnswerValues>();
}
