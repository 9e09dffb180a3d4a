// Issue 24.2/24.3: "USD received" is what Paxos reports, to the cent; sub-cent digits are said,
// never shown as money received; a failed or rejected redemption received nothing and says so.
import { describe, expect, it } from 'vitest';
import { usdReceivedWords } from '../../renderer/src/model/usd-received';
import { rowWords } from '../../renderer/src/screens/activity/activity-row-words';
import { orchestration } from './support/fixtures';

const lookups = { accounts: [], rules: [], profiles: [] };

describe('USD received', () => {
  it('shows a completed redemption to the cent', () => {
    const done = orchestration({ status: 'COMPLETED', outcome: 'succeeded', usdReceived: '40000' });
    expect(usdReceivedWords(done)).toEqual({ text: '$40,000.00', tone: 'ok' });
    expect(rowWords(done, lookups).usd).toBe('$40,000.00');
  });

  it('never shows $10.505 as received: to the cent, and says Paxos reported sub-cent digits', () => {
    const odd = orchestration({ status: 'COMPLETED', outcome: 'succeeded', usdReceived: '10.505' });
    const words = usdReceivedWords(odd);
    expect(words.text).toBe('$10.50');
    expect(words.note).toMatch(/Paxos reports \$10\.505, which is not whole cents/);
    expect(words.note).toMatch(/\$0\.005/);
    expect(rowWords(odd, lookups).usd).toBe('$10.50 (not whole cents)');
  });

  it('says what happened to a failed or rejected one, never "not yet"', () => {
    const failed = usdReceivedWords(orchestration({ status: 'FAILED', outcome: 'failed' }));
    expect(failed.text).toMatch(/^None — the redemption failed/);
    expect(failed.text).not.toMatch(/not yet/);
    const rejected = usdReceivedWords(orchestration({ status: 'REJECTED', outcome: 'rejected' }));
    expect(rejected.text).toMatch(/^None — rejected by Paxos/);
    const moving = usdReceivedWords(orchestration());
    expect(moving.text).toMatch(/^not yet/);
  });
});
