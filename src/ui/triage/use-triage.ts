/**
 * What pages need from the triage: where the person is, and commands in the
 * product's own words. Pages never send raw machine events: every event the
 * interface sends is sent here.
 */
import { useMemo } from 'react';
import { type ActorRefFrom, transition } from 'xstate';
import type { Answers } from '../../engine/answers.ts';
import type { Page } from '../../machine/navigation.ts';
import { selectPage, selectQuestion, type TriageSnapshot } from '../../machine/selectors.ts';
import type { TriageEvent, TriageMachine } from '../../machine/triage-machine.ts';
import type { Question } from '../../rules/model.ts';
import { useModel } from '../region/region-context.tsx';
import { type PageAddress, pathFor } from './page-urls.ts';
import { TriageContext, triageMachine } from './triage-context.ts';

/** What the person can do, whatever page they are on. */
export interface TriageCommands {
  readonly start: () => void;
  readonly submitAnswer: (options: readonly string[]) => void;
  readonly goBack: () => void;
  readonly changeAnswer: (question: string) => void;
  readonly restart: () => void;
  /** Returns to a page from the browser's history; one that no longer fits the answers is not shown. */
  readonly visit: (address: PageAddress) => void;
}

export interface Triage extends TriageCommands {
  readonly page: Page;
  /** The question on screen, in the words of the person's region. */
  readonly question: Question | null;
  readonly answers: Answers;
}

function commandsFor(actor: ActorRefFrom<TriageMachine>): TriageCommands {
  return {
    start: () => actor.send({ type: 'triage.start' }),
    submitAnswer: (options) => {
      const current = actor.getSnapshot().context.current;
      if (current !== null) actor.send({ type: 'answer.submit', question: current, options });
    },
    goBack: () => actor.send({ type: 'nav.back' }),
    changeAnswer: (question) => actor.send({ type: 'answer.change', question }),
    restart: () => actor.send({ type: 'triage.restart' }),
    visit: (address) => actor.send({ type: 'nav.visit', ...address }),
  };
}

/** The commands alone, for what acts on the triage without showing it (the browser's history). */
export function useTriageCommands(): TriageCommands {
  const actor = TriageContext.useActorRef();
  return useMemo(() => commandsFor(actor), [actor]);
}

/** The triage as pages see it. */
export function useTriage(): Triage {
  const model = useModel();
  const page = TriageContext.useSelector(selectPage);
  const question = TriageContext.useSelector((s) => selectQuestion(model, s));
  const answers = TriageContext.useSelector((s) => s.context.answers);
  return { page, question, answers, ...useTriageCommands() };
}

/** Where "Back" leads, or null when the machine would refuse it: for the back link's href. */
export function useBackAddress(): string | null {
  return TriageContext.useSelector((snapshot) => addressAfter(snapshot, { type: 'nav.back' }));
}

function addressAfter(snapshot: TriageSnapshot, event: TriageEvent): string | null {
  if (!snapshot.can(event)) return null;
  // `transition` computes the next snapshot without running any side effect.
  const [next] = transition(triageMachine, snapshot, event);
  return pathFor(selectPage(next), next.context.current);
}

/** The snapshot, for the selectors in `src/machine/selectors.ts`. */
export const useTriageSelector = TriageContext.useSelector;
