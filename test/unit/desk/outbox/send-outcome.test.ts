// What a failed send means decides between "look it up before resending" and "Paxos refused":
// getting it wrong either loses a request or risks a duplicate.
import { describe, expect, it } from 'vitest';
import { classifySendFailure } from '../../../../main/desk/outbox/send-outcome';
import { AppError, type ErrorCode } from '../../../../shared/app-error';

const failure = (code: ErrorCode, details?: Record<string, unknown>) =>
  classifySendFailure(new AppError(code, 'x', details));

describe('classifySendFailure', () => {
  it.each(['network', 'timeout'] as const)(
    '%s: unclear and offline (the request may have arrived)',
    (code) => {
      expect(failure(code)).toEqual({ kind: 'unclear', offline: true });
    },
  );

  it.each(['unavailable', 'rate_limited', 'bad_response', 'internal'] as const)(
    '%s: unclear, still online',
    (code) => {
      expect(failure(code)).toEqual({ kind: 'unclear', offline: false });
    },
  );

  it('treats a non-AppError as unclear: never as a refusal', () => {
    expect(classifySendFailure(new TypeError('boom'))).toEqual({ kind: 'unclear', offline: false });
  });

  it.each(['validation', 'insufficient_funds', 'not_found'] as const)(
    '%s: Paxos refused it',
    (code) => {
      expect(failure(code)).toEqual({ kind: 'refused' });
    },
  );

  it('asks the operator for credentials problems and a ref_id clash', () => {
    expect(failure('unauthorized')).toEqual({ kind: 'attention', reason: 'credentials' });
    expect(failure('forbidden', { missingScopes: ['events:read_event'] })).toEqual({
      kind: 'attention',
      reason: 'credentials',
    });
    expect(failure('forbidden')).toEqual({ kind: 'refused' });
    expect(failure('already_exists')).toEqual({ kind: 'attention', reason: 'reference_clash' });
  });

  it('a 409 for our ref_id without the record: Paxos has it, look it up again (never a clash put to the operator)', () => {
    expect(failure('already_exists', { existing: null, refId: 'td-1' })).toEqual({
      kind: 'reconcile',
    });
  });

  it('a record that is not what was asked is a mismatch: the operator, never a retry', () => {
    expect(failure('answer_mismatch', { asked: 'a', answered: 'b' })).toEqual({
      kind: 'attention',
      reason: 'answer_mismatch',
    });
    expect(failure('already_exists', { existing: {}, reason: 'amount 40' })).toEqual({
      kind: 'attention',
      reason: 'answer_mismatch',
    });
  });
});
