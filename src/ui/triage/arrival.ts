/**
 * Whether the person has moved since the app opened: a new page's heading
 * takes focus after a step, but not on first load, where focus stays at the top.
 */
import { createContext, useContext } from 'react';

export interface Arrival {
  moved: boolean;
}

export const ArrivalContext = createContext<Arrival>({ moved: false });

/** True once the person has gone from one page to another. */
export function useHasMoved(): () => boolean {
  const arrival = useContext(ArrivalContext);
  return () => arrival.moved;
}
