// A wire out counts against the daily wire limit on the day it left Paxos, not the day it was
// queued: one queued at 23:30 and sent at 00:15 (within the intent's expiry, so no fresh
// confirmation) is money that left today, and today's next wire must see it. Counted by the day
// it was queued, it vanished from both days' totals once it was sent, and a second wire the
// same day passed the limit unticked.
import { afterEach, describe, expect, it } from 'vitest';
import type { IntentPayloads } from '../../../main/desk';
import { SEED_IDS, manualDesk } from './desk-fixture';

type App = Awaited<ReturnType<typeof manualDesk>>;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const HOUR = 3_600_000;
const body: IntentPayloads['create_fiat_withdrawal'] = {
  profile_id: SEED_IDS.operatingProfile,
  fiat_account_id: SEED_IDS.operatingBankAccount,
  asset: 'USD',
  total: '900.00',
};

describe('the day a wire out counts on', () => {
  it('queued at 23:30, sent at 00:15: counted today, when it left, until and after it completes', async () => {
    let offset = 0;
    app = await manualDesk({ runtime: { now: () => new Date(Date.now() + offset) } });
    const sim = app.sim;
    const both = (ms: number) => {
      offset += ms;
      sim.control.tick(ms);
    };
    // Desk and Paxos both at 23:30 UTC (tomorrow's if today's has passed).
    const day = 24 * HOUR;
    let target = Math.floor(Date.now() / day) * day + 23.5 * HOUR;
    if (target < Date.now() + 60_000) target += day;
    offset = target - Date.now();
    sim.control.tick(target - sim.control.now().getTime());
    await app.desk().refreshNow();
    const intent = await app.desk().enqueue('create_fiat_withdrawal', body);
    both(0.75 * HOUR); // 00:15 the next day, within the 60 minutes a queued request stays valid
    const now = () => new Date(Date.now() + offset);
    expect(now().toISOString().slice(0, 10)).not.toBe(intent.createdAt.slice(0, 10));
    await app.desk().flush();
    expect(app.desk().intent(intent.id)?.state).toBe('submitted');
    expect(await app.desk().redeemedToday(now())).toBe('900');
    // A second wire the same day is reviewed with it.
    expect(await app.desk().redeemedToday(now(), 'td-another')).toBe('900');
    sim.control.settle();
    await app.desk().sync('full');
    expect(app.desk().intent(intent.id)?.state).toBe('completed');
    expect(await app.desk().redeemedToday(now())).toBe('900');
  });
});
