/**
 * What pages need from the triage: where the person is, and commands in the
 * product's own words. Pages never send raw machine events.
 */
import { useMemo } from 'react';
import { transition } from 'xstate';
import type { Answers } from '../../engine/answers.ts';
import type { Page } from '../../machine/navigation.ts';
import { selectPage, selectQuestion, type TriageSnapshot } from '../../machine/selectors.ts';
import type { TriageEvent } from '../../machine/triage-machine.ts';
import type { Question } from '../../rules/model.ts';
import { pathFor } from './page-urls.ts';
import { model, TriageContext, triageMachine } from './triage-context.ts';

export interface Triage {
  readonly page: Page;
  readonly question: Question | null;
  readonly answers: Answers;
  readonly start: () => void;
  readonly submitAnswer: (options: readonly string[]) => void;
  readonly goBack: () => void;
  readonly changeAnswer: (question: string) => void;
  readonly restart: () => void;
}

/** The triage as pages see it. */
export function useTriage(): Triage {
  const actor = TriageContext.useActorRef();
  const page = TriageContext.useSelector(selectPage);
  const question = TriageContext.useSelector((s) => selectQuestion(model, s));
  const answers = TriageContext.useSelector((s) => s.context.answers);
  const commands = useMemo(
    () => ({
      start: () => actor.send({ type: 'triage.start' }),
      submitAnswer: (options: readonly string[]) => {
        const current = actor.getSnapshot().context.current;
        if (current !== null) actor.send({ type: 'answer.submit', question: current, options });
      },
      goBack: () => actor.send({ type: 'nav.back' }),
      changeAnswer: (id: string) => actor.send({ type: 'answer.change', question: id }),
      restart: () => actor.send({ type: 'triage.restart' }),
    }),
    [actor],
  );
  return { page, question, answers, ...commands };
}

/** The address an event would lead to, or null when the machine would refuse it: for links' href. */
export function useAddressAfter(event: TriageEvent): string | null {
  return TriageContext.useSelector((snapshot) => addressAfter(snapshot, event));
}

function addressAfter(snapshot: TriageSnapshot, event: TriageEvent): string | null {
  if (!snapshot.can(event)) return null;
  // `transition` computes the next snapshot without running any side effect.
  const [next] = transition(triageMachine, snapshot, event);
  return pathFor(selectPage(next), next.context.current);
}

/** The snapshot, for the selectors the result page uses. */
export const useTriageSelector = TriageContext.useSelector;
