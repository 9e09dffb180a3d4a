// Paxos lists bank accounts without their owner; the list must still say whose account each
// one is. For each listed account whose owner main does not know yet, the full record is asked
// for once (one at a time, remembered for the session), and its owner filled in. Main keeps an
// owner it learns this way, so the lists name it from then on by themselves.
import { useEffect, useState } from 'react';
import { beneficiaryText, type OwnerLookup } from '../../../shared/beneficiary';
import type { FiatAccountView } from '../../../shared/views';
import { call } from '../bridge/treasury';

const known = new Map<string, OwnerLookup>();
/** Asked but Paxos could not be reached: said so, and asked again when the list changes. */
const unreachable = new Set<string>();

export function useAccountOwners(
  accounts: FiatAccountView[],
): (account: FiatAccountView) => string | undefined {
  const lookupOf = useOwnerLookups(accounts);
  return (account) => {
    const lookup = lookupOf(account);
    return lookup?.kind === 'stated' ? lookup.name : undefined;
  };
}

/**
 * The owner as main says it (a name, not stated by Paxos, or Paxos not reachable), undefined
 * while it is being asked. `beneficiaryText` turns it into the words every review uses.
 */
export function useOwnerLookups(
  accounts: FiatAccountView[],
): (account: FiatAccountView) => OwnerLookup | undefined {
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
          unreachable.delete(id);
          known.set(
            id,
            record.owner ??
              (record.ownerName
                ? { kind: 'stated', name: record.ownerName }
                : { kind: 'not_stated' }),
          );
        } catch {
          // Offline or not found: Paxos could not be asked; said so, never left blank.
          unreachable.add(id);
        }
        if (!current) return;
        setVersion((v) => v + 1);
      }
    })();
    return () => {
      current = false;
    };
  }, [key]);

  return (account) => {
    if (account.ownerName) return { kind: 'stated', name: account.ownerName };
    return (
      known.get(account.id) ?? (unreachable.has(account.id) ? { kind: 'not_asked' } : undefined)
    );
  };
}

/** The beneficiary in words, or undefined while main is asked. */
export function beneficiaryWords(lookup: OwnerLookup | undefined): string | undefined {
  return lookup ? beneficiaryText(lookup) : undefined;
}

/** For tests: forget what was learned. */
export function forgetAccountOwners(): void {
  known.clear();
  unreachable.clear();
}
