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
  | { kind: 'attention'; reason: string }
  /** Paxos says it holds our ref_id (409) but did not show it: it is there; look it up again. */
  | { kind: 'reconcile' };

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
    case 'signature_required':
      // The credential demands signed requests: held for the operator, never resent.
      return { kind: 'attention', reason: 'signature_required' };
    case 'forbidden':
      return error.details?.missingScopes
        ? { kind: 'attention', reason: 'credentials' }
        : { kind: 'refused' };
    case 'already_exists':
      // A 409 for our own ref_id means Paxos has it. Without the record (no meta, a lagging
      // lookup) it is looked up again; with a record that differs, it is a mismatch.
      if (error.details?.reason) return { kind: 'attention', reason: 'answer_mismatch' };
      if (error.details?.existing === null) return { kind: 'reconcile' };
      return { kind: 'attention', reason: 'reference_clash' };
    case 'answer_mismatch':
      return { kind: 'attention', reason: 'answer_mismatch' };
    default:
      return { kind: 'refused' };
  }
}
