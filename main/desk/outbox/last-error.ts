// What an intent records as its lastError after a failed send or lookup: what the operator is
// shown. Only our own AppErrors are described; anything else is an internal error whose message
// is not ours to show.
import { AppError } from '../../../shared/app-error';
import type { IntentError } from '../store/intents/intent';

export function lastErrorOf(error: unknown): IntentError {
  if (!(error instanceof AppError))
    return { code: 'internal', message: 'Unexpected error while sending.' };
  if (error.code === 'answer_mismatch') {
    return {
      code: error.code,
      message: error.message,
      asked: String(error.details?.asked ?? ''),
      answered: String(error.details?.answered ?? ''),
    };
  }
  // A 409 whose existing record differs from our request: the same mismatch, by another road.
  if (error.code === 'already_exists' && error.details?.reason) {
    return {
      code: 'answer_mismatch',
      message: error.message,
      asked: `this request (ref_id ${String(error.details.refId ?? '')})`,
      answered: String(error.details.reason),
    };
  }
  return { code: error.code, message: error.message };
}
