/** The one triage machine the interface talks to, built from the compiled rules. */
import model from 'virtual:triage-model';
import { createActorContext } from '@xstate/react';
import { createTriageMachine } from '../../machine/triage-machine.ts';

/** The machine without side effects: the provider adds saving; the hook previews transitions with it. */
export const triageMachine = createTriageMachine(model);

export const TriageContext = createActorContext(triageMachine);

export { model };
