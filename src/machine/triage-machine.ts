/**
 * The triage machine: drives the wizard from the start page through the
 * questions to the result. It is built from the compiled rules, so it knows
 * no question or rule by name; every place it goes is derived from the
 * answers on the path.
 */
import { assertEvent, assign, setup } from 'xstate';
import type { Answers } from '../engine/answers.ts';
import type { TriageModel } from '../rules/model.ts';
import {
  canVisit,
  firstQuestion,
  isOnPath,
  isValidAnswer,
  type Page,
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
  /** Where the last answer (or the answers the machine started with) leads, for `routing`; null before any. */
  readonly leadsTo: Place['page'] | null;
}

export type TriageEvent =
  | { readonly type: 'triage.start' }
  | { readonly type: 'answer.submit'; readonly question: string; readonly options: readonly string[] }
  | { readonly type: 'answer.change'; readonly question: string }
  | { readonly type: 'nav.back' }
  | { readonly type: 'triage.restart' }
  /** Return to a page the person saw before, as the browser's back and forward buttons do. */
  | { readonly type: 'nav.visit'; readonly page: Exclude<Page, 'gap'>; readonly question?: string };

export interface TriageInput {
  /** Saved or shared answers to resume from. */
  readonly answers?: Answers;
}

/**
 * Builds the machine for one compiled model. `onAnswersChanged` runs whenever
 * the answers may have changed (the app saves progress there); `transition()`
 * previews never run it.
 */
export function createTriageMachine(model: TriageModel, onAnswersChanged: (answers: Answers) => void = () => {}) {
  /** The context at a place: its answers, its question, and the page `routing` takes it to. */
  const enter = (place: Place, changing: boolean): Partial<TriageContext> => ({
    answers: place.answers,
    current: place.current,
    // Only a question can use it: elsewhere it is set again on the way back to one.
    changing,
    leadsTo: place.page,
  });

  return setup({
    types: {
      context: {} as TriageContext,
      events: {} as TriageEvent,
      input: {} as TriageInput,
    },
    guards: {
      hasAnswers: ({ context }) => Object.keys(context.answers).length > 0,
      answersQuestionOnScreen: ({ context, event }) => {
        assertEvent(event, 'answer.submit');
        return event.question === context.current && isValidAnswer(model, event.question, event.options);
      },
      leadsTo: ({ context }, params: { page: Place['page'] }) => context.leadsTo === params.page,
      canChange: ({ context, event }) => {
        assertEvent(event, 'answer.change');
        return isOnPath(model, context.answers, event.question);
      },
      hasPrevious: ({ context }) => previousQuestion(model, context.answers, context.current) !== null,
      returnsToResult: ({ context }) => context.changing && placeFor(model, context.answers).page === 'result',
      hasFirstQuestion: ({ context }) => firstQuestion(model, context.answers) !== null,
      visitsStart: ({ event }) => {
        assertEvent(event, 'nav.visit');
        return event.page === 'start';
      },
      visitsQuestion: ({ context, event }) => {
        assertEvent(event, 'nav.visit');
        return (
          event.page === 'question' && event.question !== undefined && canVisit(model, context.answers, event.question)
        );
      },
      visitsResult: ({ context, event }) => {
        assertEvent(event, 'nav.visit');
        return event.page === 'result' && placeFor(model, context.answers).page === 'result';
      },
    },
    actions: {
      /** Runs whenever the answers may have changed: the app saves progress here. */
      answersChanged: ({ context }) => onAnswersChanged(context.answers),
      /** Works out once where the answer on screen leads; `routing` then goes there. */
      placeAnswer: assign(({ context: { answers, changing }, event }) => {
        assertEvent(event, 'answer.submit');
        return enter(placeAfterAnswer(model, answers, event.question, event.options, changing), changing);
      }),
      /** Works out where the answers the machine started with lead. */
      placeAnswers: assign(({ context }) => enter(placeFor(model, context.answers), false)),
      // Every way onto a question says whether it is a change, so leaving one need not.
      clearAnswers: assign({ answers: {}, current: null }),
      leaveQuestion: assign({ current: null }),
      showFirstQuestion: assign(({ context }) => ({ current: firstQuestion(model, context.answers), changing: false })),
      showPreviousQuestion: assign(({ context }) => ({
        current: previousQuestion(model, context.answers, context.current),
        changing: false,
      })),
      showVisitedQuestion: assign(({ event }) => {
        assertEvent(event, 'nav.visit');
        return { current: event.question ?? null, changing: false };
      }),
      showChangedQuestion: assign(({ event }) => {
        assertEvent(event, 'answer.change');
        return { current: event.question, changing: true };
      }),
    },
  }).createMachine({
    context: ({ input }) => ({ answers: input.answers ?? {}, current: null, changing: false, leadsTo: null }),
    initial: 'resuming',
    on: {
      'triage.restart': { target: '.start', actions: ['clearAnswers', 'answersChanged'] },
      // A page that no longer fits the answers is not visited; the app then shows where the person is.
      'nav.visit': [
        { guard: 'visitsStart', target: '.start', actions: 'leaveQuestion' },
        { guard: 'visitsQuestion', target: '.question', actions: 'showVisitedQuestion' },
        { guard: 'visitsResult', target: '.end.result', actions: 'leaveQuestion' },
      ],
    },
    states: {
      /** Picks up saved or shared answers from the input, or starts afresh. */
      resuming: {
        always: [
          { guard: 'hasAnswers', target: 'routing', actions: ['placeAnswers', 'answersChanged'] },
          { target: 'start' },
        ],
      },
      /** Goes to the page already worked out and kept in `leadsTo`, without working it out again. */
      routing: {
        always: [
          { guard: { type: 'leadsTo', params: { page: 'result' } }, target: 'end.result' },
          { guard: { type: 'leadsTo', params: { page: 'gap' } }, target: 'end.gap' },
          { target: 'question' },
        ],
      },
      start: {
        on: {
          'triage.start': { guard: 'hasFirstQuestion', target: 'question', actions: 'showFirstQuestion' },
        },
      },
      question: {
        on: {
          'answer.submit': {
            guard: 'answersQuestionOnScreen',
            target: 'routing',
            actions: ['placeAnswer', 'answersChanged'],
          },
          'nav.back': [
            { guard: 'returnsToResult', target: 'end.result', actions: 'leaveQuestion' },
            { guard: 'hasPrevious', target: 'question', actions: 'showPreviousQuestion' },
            { target: 'start', actions: 'leaveQuestion' },
          ],
        },
      },
      /** The end of the questions: the result, or a gap the rules checker keeps out of shipped rules. */
      end: {
        // Every transition here names the child it goes to; XState still asks for a default.
        initial: 'result',
        on: {
          'answer.change': { guard: 'canChange', target: 'question', actions: 'showChangedQuestion' },
          'nav.back': { target: 'question', actions: 'showPreviousQuestion' },
        },
        states: {
          result: {},
          /** The rules decide nothing for these answers. */
          gap: {},
        },
      },
    },
  });
}

export type TriageMachine = ReturnType<typeof createTriageMachine>;
