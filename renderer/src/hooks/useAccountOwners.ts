// Paxos lists bank accounts without their owner; the list must still say whose account each
// one is. For each listed account whose owner main does not know yet, the full record is asked
// for once (one at a time, remembered for the session), and its owner filled in.
import { useEffect, useState } from 'react';
import type { FiatAccountView } from '../../../shared/views';
import { call } from '../bridge/treasury';

const known = new Map<string, string>();

export function useAccountOwners(
  accounts: FiatAccountView[],
): (account: FiatAccountView) => string | undefined {
  const [, setVersion] = useState(0);
  const missing = accounts.filter((a) => !a.ownerName && !known.has(a.id)).map((a) => a.id);
  const key = missing.join(',');

  useEffect(() => {
    if (!key) return undefined;
    let current = true;
    void (async () => {
      for (const id of key.split(',')) {
        try {
          const record = await call('getFiatAccount', { id });
          if (record.ownerName) known.set(id, record.ownerName);
        } catch {
          // Offline or not found: the owner stays unknown and the list says so.
        }
        if (!current) return;
        setVersion((v) => v + 1);
      }
    })();
    return () => {
      current = false;
    };
  }, [key]);

  return (account) => account.ownerName || known.get(account.id);
}

/** For tests: forget what was learned. */
export function forgetAccountOwners(): void {
  known.clear();
}
