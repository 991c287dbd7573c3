/**
 * Whether the person has moved since the app opened: a new page's heading
 * takes focus after a step, but not on first load, where focus stays at the top.
 */
import { createContext, useContext } from 'react';

export interface Arrival {
  moved: boolean;
}

export const ArrivalContext = createContext<Arrival>({ moved: false });

/** Whether the person has gone from one page to another yet; read it when a page appears. */
export function useArrival(): Arrival {
  return useContext(ArrivalContext);
}
