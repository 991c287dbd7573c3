/** The one triage machine the interface talks to, built from the compiled rules. */
import model from 'virtual:triage-model';
import { createActorContext } from '@xstate/react';
import { createTriageMachine } from '../../machine/triage-machine.ts';
import { saveProgress, sessionStore } from './saved-progress.ts';

/**
 * The machine, saving progress in this tab as the answers change. The hook
 * previews transitions with it too: a preview runs no action, so saves nothing.
 */
export const triageMachine = createTriageMachine(model, (answers) => saveProgress(model, sessionStore(), answers));

export const TriageContext = createActorContext(triageMachine);

export { model };
