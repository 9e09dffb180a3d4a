// Redeem into cash, then wire part of it: the USD credited into another profile must be seen
// there by the light (events) cycle that sees the conversion complete, not only at the next full
// refresh — otherwise main's review of the wire out reads 0 USD and refuses it.
import { afterEach, describe, expect, it } from 'vitest';
import { balanceRecord } from '../../../main/desk/store/cache/cache-records';
import { SEED_IDS, manualDesk } from './desk-fixture';

type App = Awaited<ReturnType<typeof manualDesk>>;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const cachedUsd = async (a: App, profileId: string) =>
  String(
    (await a.desk().records.get('balances', balanceRecord(profileId, { asset: 'USD' }).id))?.record
      .available ?? '0',
  );

describe('a conversion into another profile', () => {
  it('refreshes the destination profile’s balance in the cycle that sees it complete', async () => {
    app = await manualDesk();
    app.sim.control.setBalance(SEED_IDS.defaultProfile, 'USDC', '5000.00');
    app.sim.control.setBalance(SEED_IDS.payrollProfile, 'USD', '0');
    await app.desk().refreshNow();
    expect(Number(await cachedUsd(app, SEED_IDS.payrollProfile))).toBe(0);
    const intent = await app.desk().enqueue('create_conversion', {
      source_asset: 'USDC',
      destination_asset: 'USD',
      source_amount: '2000.00',
      source: { profile: { profile_id: SEED_IDS.defaultProfile } },
      destination: { profile: { profile_id: SEED_IDS.payrollProfile } },
    });
    await app.desk().flush();
    app.sim.control.settle();
    await app.desk().sync('events');
    expect(app.desk().intent(intent.id)?.state).toBe('completed');
    expect(Number(await cachedUsd(app, SEED_IDS.payrollProfile))).toBe(2000);
  });
});
