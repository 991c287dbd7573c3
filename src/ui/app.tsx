/**
 * A plain page that walks the triage machine; the full interface replaces it.
 */

import model from 'virtual:triage-model';
import { useMachine } from '@xstate/react';
import { type FormEvent, useMemo } from 'react';
import { selectOutcome, selectPage, selectQuestion } from '../machine/selectors.ts';
import { createTriageMachine } from '../machine/triage-machine.ts';

export function App() {
  const machine = useMemo(() => createTriageMachine(model), []);
  const [snapshot, send] = useMachine(machine, { input: {} });
  const page = selectPage(snapshot);
  const question = selectQuestion(model, snapshot);
  const outcome = selectOutcome(model, snapshot);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!question) return;
    const options = new FormData(event.currentTarget).getAll(question.id).map(String);
    send({ type: 'answer.submit', question: question.id, options });
  };

  return (
    <main>
      {page === 'start' && (
        <>
          <h1>Squat Back Check</h1>
          <button type="button" onClick={() => send({ type: 'triage.start' })}>
            Start now
          </button>
        </>
      )}
      {page === 'question' && question && (
        <form onSubmit={submit} key={question.id}>
          <fieldset>
            <legend>
              <h1>{question.text}</h1>
            </legend>
            {question.options.map((option) => (
              <label key={option.id} style={{ display: 'block' }}>
                <input
                  type={question.type === 'multi' ? 'checkbox' : 'radio'}
                  name={question.id}
                  value={option.id}
                  defaultChecked={snapshot.context.answers[question.id]?.includes(option.id)}
                />{' '}
                {option.label}
              </label>
            ))}
          </fieldset>
          <button type="button" onClick={() => send({ type: 'nav.back' })}>
            Back
          </button>{' '}
          <button type="submit">Continue</button>
        </form>
      )}
      {page === 'result' && outcome && (
        <section data-disposition={outcome.rule.disposition} data-rule={outcome.rule.id}>
          <h1>{model.dispositions.find((d) => d.id === outcome.rule.disposition)?.title}</h1>
          <p>{outcome.rule.reason}</p>
          <button type="button" onClick={() => send({ type: 'triage.restart' })}>
            Start again
          </button>
        </section>
      )}
    </main>
  );
}
