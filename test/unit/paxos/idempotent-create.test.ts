// A 409 for our own ref_id says Paxos holds the request. When its record is not in the answer
// (no meta) and the lookup that should find it fails with an answer of its own (a 400 for a
// filter combination, a 404), the request is still one Paxos has: it is looked up again
// (`reconcile`), never taken as refused, so a wire that went out is never marked failed.
import { describe, expect, it } from 'vitest';
import { classifySendFailure } from '../../../main/desk/outbox/send-outcome';
import { PaxosError } from '../../../main/paxos/errors';
import { createIdempotently } from '../../../main/paxos/idempotent-create';

const exists = () =>
  new PaxosError('already_exists', 'Already Exists', { existing: undefined }, { status: 409 });

describe('a 409 without its record, then a lookup that fails', () => {
  it.each([
    [
      'a 400 (a filter Paxos will not combine)',
      new PaxosError('validation', 'bad query', {}, { status: 400 }),
    ],
    ['a 404', new PaxosError('not_found', 'no such record', {}, { status: 404 })],
  ])('%s: looked up again, never refused', async (_what, lookupError) => {
    const created = createIdempotently({
      what: 'wire out',
      refId: 'td-1',
      send: async () => {
        throw exists();
      },
      readExisting: () => undefined,
      lookup: async () => {
        throw lookupError;
      },
    });
    const error = await created.catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'already_exists', details: { existing: null } });
    expect(classifySendFailure(error)).toEqual({ kind: 'reconcile' });
  });

  it('a lookup Paxos could not answer stays unclear (looked up when Paxos is back)', async () => {
    const down = new PaxosError('network', 'offline');
    const error = await createIdempotently({
      what: 'wire out',
      refId: 'td-1',
      send: async () => {
        throw exists();
      },
      readExisting: () => undefined,
      lookup: async () => {
        throw down;
      },
    }).catch((e: unknown) => e);
    expect(classifySendFailure(error).kind).not.toBe('refused');
  });
});
