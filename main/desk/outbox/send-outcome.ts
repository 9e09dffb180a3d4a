// What a failed send means for the intent. The line that matters: after a network error, a
// timeout or a 5xx the request may have reached Paxos, so the intent is looked up by ref_id
// before anything is sent again; only an answer in which Paxos refused it settles it.
import { isAppError } from '../../../shared/app-error';

export type SendFailure =
  /** Unclear whether Paxos got it; also "we are offline / cooling down": look up, then retry. */
  | { kind: 'unclear'; offline: boolean }
  /** Paxos refused it; nothing was created. Terminal. */
  | { kind: 'refused' }
  /** Nothing wrong with the request, but the operator has to act (credentials, a ref clash). */
  | { kind: 'attention'; reason: string };

export function classifySendFailure(error: unknown): SendFailure {
  if (!isAppError(error)) return { kind: 'unclear', offline: false };
  switch (error.code) {
    case 'network':
    case 'timeout':
      return { kind: 'unclear', offline: true };
    case 'unavailable':
    case 'rate_limited':
    case 'bad_response':
    case 'internal':
      return { kind: 'unclear', offline: false };
    case 'unauthorized':
    case 'not_configured':
    case 'no_keychain':
      return { kind: 'attention', reason: 'credentials' };
    case 'forbidden':
      return error.details?.missingScopes ? { kind: 'attention', reason: 'credentials' } : { kind: 'refused' };
    case 'already_exists':
      return { kind: 'attention', reason: 'reference_clash' };
    default:
      return { kind: 'refused' };
  }
}
