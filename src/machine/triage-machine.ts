/**
 * The triage machine: drives the wizard from the start page through the
 * questions to the result. It is built from the compiled rules, so it knows
 * no question or rule by name; every place it goes is derived from the
 * answers on the path.
 */
import { assign, setup } from 'xstate';
import type { Answers } from '../engine/answers.ts';
import type { TriageModel } from '../rules/model.ts';
import {
  canVisit,
  firstQuestion,
  isOnPath,
  isValidAnswer,
  type Place,
  placeAfterAnswer,
  placeFor,
  previousQuestion,
} from './navigation.ts';

export interface TriageContext {
  /**
   * The answers on the current path, and (while the result is open) answers
   * to later questions that count once the path reaches them; answers off
   * the path are dropped as soon as they are.
   */
  readonly answers: Answers;
  /** The question on screen, when a question is on screen. */
  readonly current: string | null;
  /** Set by "Change" on the result: the next answers return to the result as soon as it is decided. */
  readonly changing: boolean;
}

export type TriageEvent =
  | { readonly type: 'triage.start' }
  | { readonly type: 'answer.submit'; readonly question: string; readonly options: readonly string[] }
  | { readonly type: 'answer.change'; readonly question: string }
  | { readonly type: 'nav.back' }
  | { readonly type: 'triage.restart' }
  | { readonly type: 'triage.resume'; readonly answers: Answers }
  /** Return to a page the person saw before, as the browser's back and forward buttons do. */
  | { readonly type: 'nav.visit'; readonly page: 'start' | 'question' | 'result'; readonly question?: string };

export interface TriageInput {
  /** Saved or shared answers to resume from. */
  readonly answers?: Answers;
}

type Page = Place['page'];
const PAGES: readonly Page[] = ['result', 'gap', 'question'];

/** Builds the machine for one compiled model. */
export function createTriageMachine(model: TriageModel) {
  /** Where a valid answer to the question on screen leads; null for any other submission. */
  const afterSubmit = (context: TriageContext, event: TriageEvent): Place | null =>
    event.type === 'answer.submit' &&
    event.question === context.current &&
    isValidAnswer(model, event.question, event.options)
      ? placeAfterAnswer(model, context.answers, event.question, event.options, context.changing)
      : null;
  const afterResume = (context: TriageContext, event: TriageEvent): Place =>
    placeFor(model, event.type === 'triage.resume' ? event.answers : context.answers);
  const enter = (place: Place | null, changing: boolean): Partial<TriageContext> =>
    place ? { answers: place.answers, current: place.current, changing: changing && place.page === 'question' } : {};

  /** One guarded transition per kind of page, all reading the same derived place. */
  const goTo = (guard: 'submitLeadsTo' | 'resumeLeadsTo', action: 'applySubmit' | 'applyResume') =>
    PAGES.map((page) => ({
      target: `#triage.${page}`,
      guard: { type: guard, params: { page } },
      actions: [action, 'answersChanged' as const],
    }));

  return setup({
    types: {
      context: {} as TriageContext,
      events: {} as TriageEvent,
      input: {} as TriageInput,
    },
    guards: {
      hasAnswers: ({ context }) => Object.keys(context.answers).length > 0,
      submitLeadsTo: ({ context, event }, params: { page: Page }) => afterSubmit(context, event)?.page === params.page,
      resumeLeadsTo: ({ context, event }, params: { page: Page }) => afterResume(context, event).page === params.page,
      canChange: ({ context, event }) =>
        event.type === 'answer.change' && isOnPath(model, context.answers, event.question),
      hasPrevious: ({ context }) => previousQuestion(model, context.answers, context.current) !== null,
      returnsToResult: ({ context }) => context.changing && placeFor(model, context.answers).page === 'result',
      hasFirstQuestion: ({ context }) => firstQuestion(model, context.answers) !== null,
      visitsStart: ({ event }) => event.type === 'nav.visit' && event.page === 'start',
      visitsQuestion: ({ context, event }) =>
        event.type === 'nav.visit' &&
        event.page === 'question' &&
        event.question !== undefined &&
        canVisit(model, context.answers, event.question),
      visitsResult: ({ context, event }) =>
        event.type === 'nav.visit' && event.page === 'result' && placeFor(model, context.answers).page === 'result',
    },
    actions: {
      /** Runs whenever the answers may have changed: the app saves progress here. */
      answersChanged: () => {},
      applySubmit: assign(({ context, event }) => enter(afterSubmit(context, event), context.changing)),
      applyResume: assign(({ context, event }) => enter(afterResume(context, event), false)),
      clearAnswers: assign({ answers: {}, current: null, changing: false }),
      leaveQuestion: assign({ current: null, changing: false }),
      showFirstQuestion: assign(({ context }) => ({ current: firstQuestion(model, context.answers), changing: false })),
      showPreviousQuestion: assign(({ context }) => ({
        current: previousQuestion(model, context.answers, context.current),
        changing: false,
      })),
      showVisitedQuestion: assign(({ event }) => ({
        current: event.type === 'nav.visit' ? (event.question ?? null) : null,
        changing: false,
      })),
      showChangedQuestion: assign(({ event }) => ({
        current: event.type === 'answer.change' ? event.question : null,
        changing: true,
      })),
    },
  }).createMachine({
    id: 'triage',
    context: ({ input }) => ({ answers: input?.answers ?? {}, current: null, changing: false }),
    initial: 'resuming',
    on: {
      'triage.restart': { target: '.start', actions: ['clearAnswers', 'answersChanged'] },
      'triage.resume': goTo('resumeLeadsTo', 'applyResume'),
      // A page that no longer fits the answers is not visited; the app then shows where the person is.
      'nav.visit': [
        { guard: 'visitsStart', target: '.start', actions: 'leaveQuestion' },
        { guard: 'visitsQuestion', target: '.question', actions: 'showVisitedQuestion' },
        { guard: 'visitsResult', target: '.result', actions: 'leaveQuestion' },
      ],
    },
    states: {
      /** Picks up saved or shared answers from the input, or starts afresh. */
      resuming: {
        always: [{ guard: { type: 'hasAnswers' }, target: 'routing' }, { target: 'start' }],
      },
      routing: {
        always: goTo('resumeLeadsTo', 'applyResume'),
      },
      start: {
        on: {
          'triage.start': { guard: 'hasFirstQuestion', target: 'question', actions: 'showFirstQuestion' },
        },
      },
      question: {
        on: {
          'answer.submit': goTo('submitLeadsTo', 'applySubmit'),
          'nav.back': [
            { guard: 'returnsToResult', target: 'result', actions: 'leaveQuestion' },
            { guard: 'hasPrevious', target: 'question', reenter: true, actions: 'showPreviousQuestion' },
            { target: 'start', actions: 'leaveQuestion' },
          ],
          'answer.change': { guard: 'canChange', target: 'question', reenter: true, actions: 'showChangedQuestion' },
        },
      },
      result: {
        on: {
          'answer.change': { guard: 'canChange', target: 'question', actions: 'showChangedQuestion' },
          'nav.back': { target: 'question', actions: 'showPreviousQuestion' },
        },
      },
      /** The rules decide nothing for these answers; the rules checker keeps this unreachable in shipped rules. */
      gap: {
        on: {
          'answer.change': { guard: 'canChange', target: 'question', actions: 'showChangedQuestion' },
          'nav.back': { target: 'question', actions: 'showPreviousQuestion' },
        },
      },
    },
  });
}

export type TriageMachine = ReturnType<typeof createTriageMachine>;
