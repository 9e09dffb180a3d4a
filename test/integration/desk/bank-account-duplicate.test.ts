// Bug 10 end to end in main: an account with the same routing + account number as one the desk
// has — still a request, or listed by Paxos with its last four digits — is refused, nothing sent.
import { afterAll, describe, expect, it } from 'vitest';
import { usWireAccount } from '../../support/wire-account';
import { manualDesk } from './desk-fixture';

describe('duplicate bank account', () => {
  let app: Awaited<ReturnType<typeof manualDesk>> | undefined;
  afterAll(async () => app?.close());

  it('is refused while the first is a request, and once Paxos lists it', async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    const account = usWireAccount('Acme Treasury Inc', '99887766554433');
    expect(await app.runtime.handlers.createFiatAccount(account)).toMatchObject({ ok: true });
    expect(await app.runtime.handlers.createFiatAccount(account)).toMatchObject({
      ok: false,
      error: { code: 'already_exists' },
    });
    await expect.poll(() => app!.desk().intentsIn(['completed']).length).toBe(1);
    await app.desk().refreshNow();
    const refused = await app.runtime.handlers.createFiatAccount(
      usWireAccount('Another owner', '99887766554433'),
    );
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'already_exists',
        details: { field: 'fiat_network_instructions.wire.account_number' },
      },
    });
    expect(
      app
        .desk()
        .intentsIn()
        .filter((i) => i.kind === 'create_fiat_account'),
    ).toHaveLength(1);
  });

  it('is refused for an IBAN at a SWIFT bank once Paxos lists it', async () => {
    const iban = usWireAccount('Acme Europe GmbH', 'DE89370400440532013000');
    const wire = iban.fiat_network_instructions.wire;
    wire.fiat_account_owner_address.country = 'DEU';
    wire.routing_details = {
      ...wire.routing_details,
      routing_number_type: 'SWIFT',
      routing_number: 'DEUTDEFF',
      bank_name: 'Deutsche Bank',
      bank_address: { ...wire.routing_details.bank_address, country: 'DEU' },
    };
    expect(await app!.runtime.handlers.createFiatAccount(iban)).toMatchObject({ ok: true });
    await expect.poll(() => app!.desk().intentsIn(['completed']).length).toBe(2);
    await app!.desk().refreshNow();
    const cached = (await app!.desk().records.list('fiatAccounts')).map((c) =>
      JSON.stringify(c.record.fiat_network_instructions),
    );
    expect(await app!.runtime.handlers.createFiatAccount(iban), cached.join('\n')).toMatchObject({
      ok: false,
      error: { code: 'already_exists' },
    });
  });
});
