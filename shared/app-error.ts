// The one error shape that crosses the bridge: `{ code, message, details }`.
// `message` is written for a treasury operator (no stack, no `[object Object]`);
// `details` is JSON-safe context the UI can use (the field at fault, amounts, retry time).
import { z } from 'zod';

export const errorCodes = [
  'validation', // input failed a schema or a business rule; details.issues / details.field
  'forbidden_sender', // an IPC call from anything but the app's own window
  'unauthorized', // Paxos rejected the credentials or the token
  'signature_required', // Paxos refused the request's JWS signature: none sent (no key) or not accepted
  'forbidden', // Paxos refused: missing scope (details.missingScopes) or account disabled
  'insufficient_funds', // details: { asset, available, needed, profileId }
  'already_exists', // details.existing: the record Paxos already has
  'not_found',
  'rate_limited', // details.retryAt: ISO time the client cools down until
  'unavailable', // Paxos 5xx / maintenance
  'network', // no connection, DNS, reset
  'timeout',
  'bad_response', // Paxos answered something we could not read
  'answer_mismatch', // Paxos answered with a record that is not what we asked for; details.asked / details.answered
  'no_keychain', // no OS keychain (Linux without a Secret Service)
  'not_configured', // no credentials for this environment yet
  'conflict', // local state forbids it (e.g. cancelling an intent already sent)
  'locked', // the app is locked after idle time
  'declined', // the operator did not confirm in main's own dialog: nothing was changed or sent
  'storage', // the local database cannot be written (disk full, I/O error, no permission): details.fault
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const BridgeErrorSchema = z.object({
  // Open: an older renderer must still show a code it does not know.
  code: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type BridgeError = z.infer<typeof BridgeErrorSchema>;

/** A failure main means to show the operator. Anything else becomes `internal`. */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  toBridge(): BridgeError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
