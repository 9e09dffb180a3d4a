// Status changes from a sync cycle: ended orchestrations settle their intents first; the ledger
// marks every notice in one commit before any is shown (a crash loses notices rather than
// repeating them); notices already marked are not shown again; many become one summary.
import { describe, expect, it } from 'vitest';
import { MAX_SEPARATE_NOTICES } from '../../../../main/desk/notify/transition-notices';
import type { DeskNotification } from '../../../../main/desk/notify/notifier';
import type { StatusTransition } from '../../../../main/desk/sync/change-detector';
import { announceTransitions, type Announcer } from '../../../../main/desk/transition-announcer';
import { defaultSettings } from '../../../../shared/settings';

const ended = (id: string, to: 'COMPLETED' | 'FAILED'): StatusTransition => ({
  collection: 'orchestrations',
  id,
  from: 'PROCESSING',
  to,
  record: {
    id,
    status: to,
    source_amount: '100',
    source_asset: 'USDC',
    destination: { fiat: { bank_account_id: 'fa-1' } },
  },
});

function announcer(alreadyMarked: readonly string[] = []) {
  const log: string[] = [];
  const shown: DeskNotification[] = [];
  const marked = new Set(alreadyMarked);
  const to: Announcer = {
    cache: { list: async () => [] },
    ledger: {
      markMany: async (keys) => {
        log.push(`mark ${keys.length}`);
        const fresh = new Set(keys.filter((k) => !marked.has(k)));
        for (const key of keys) marked.add(key);
        return fresh;
      },
    },
    outbox: {
      settleOrchestrations: async (endings) => {
        for (const { paxosId, status } of endings) log.push(`settle ${paxosId} ${status}`);
      },
    },
    settings: () => defaultSettings,
    notifier: {
      show: (notification) => {
        log.push(`show ${notification.title}`);
        shown.push(notification);
      },
    },
    onNotificationClick: () => undefined,
    onChange: () => log.push('change'),
  };
  return { to, log, shown, marked };
}

describe('announceTransitions', () => {
  it('settles ended orchestrations, marks all notices in one commit, then shows them', async () => {
    const { to, log } = announcer();
    await announceTransitions([ended('o-1', 'COMPLETED'), ended('o-2', 'FAILED')], to);
    expect(log.slice(0, 3)).toEqual(['settle o-1 COMPLETED', 'settle o-2 FAILED', 'mark 2']);
    expect(log.slice(3, 5).every((line) => line.startsWith('show '))).toBe(true);
    expect(log.at(-1)).toBe('change');
    expect(log).toHaveLength(6);
  });

  it('does not show a notice whose ledger key was already marked', async () => {
    const first = announcer();
    await announceTransitions([ended('o-1', 'COMPLETED')], first.to);
    const again = announcer([...first.marked]);
    await announceTransitions([ended('o-1', 'COMPLETED')], again.to);
    expect(first.shown).toHaveLength(1);
    expect(again.shown).toEqual([]);
    expect(again.log).toEqual(['settle o-1 COMPLETED', 'mark 1', 'change']);
  });

  it('many from one cycle become one summary', async () => {
    const { to, shown } = announcer();
    const many = Array.from({ length: MAX_SEPARATE_NOTICES + 2 }, (_, n) =>
      ended(`o-${n}`, 'COMPLETED'),
    );
    await announceTransitions(many, to);
    expect(shown).toHaveLength(1);
  });
});
