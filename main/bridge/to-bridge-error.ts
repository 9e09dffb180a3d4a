// Turns anything a handler throws into the bridge's `{ code, message, details }`. Only AppError
// messages reach the operator; anything else is an internal error with a generic message, so a
// stack trace, a file path or a secret inside an exception text never crosses the bridge.
import { isAppError, type BridgeError } from '../../shared/app-error';
import { writeFaultError, writeFaultOf } from '../desk';

export function toBridgeError(
  error: unknown,
  onUnexpected?: (error: unknown) => void,
): BridgeError {
  if (isAppError(error)) return error.toBridge();
  // A full disk or a folder that refuses writes is said in words (issue 21, Deliver 8).
  const fault = writeFaultOf(error);
  if (fault) return writeFaultError(fault).toBridge();
  onUnexpected?.(error);
  return {
    code: 'internal',
    message:
      'Something went wrong inside Treasury Desk. Nothing was sent to Paxos by this step; please try again.',
  };
}
