/**
 * "An updated version of this check is ready": shown at the top of every page
 * once a new version has downloaded, with a button to use it. Nothing
 * changes until the person presses it; their answers are kept and checked
 * again under the updated rules.
 */
import { switchToUpdatedCheck, useUpdateWaiting } from './service-worker.ts';

export function UpdateNotice() {
  const waiting = useUpdateWaiting();
  if (!waiting) return null;
  return (
    <div className="notice" role="status">
      <p>An updated version of this check is ready. Your answers are kept, and checked again with it.</p>
      <button type="button" className="button button--secondary" onClick={switchToUpdatedCheck}>
        Use the updated check
      </button>
    </div>
  );
}
