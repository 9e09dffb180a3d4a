// List Fiat Accounts answers an abbreviated account without the owner; the desk keeps the owner
// it learned from the create answer, and never invents a name for an unknown one.
import { afterAll, describe, expect, it } from 'vitest';
import { fiatAccountView } from '../../../main/desk/views/to-views';
import { usWireAccount } from '../../support/wire-account';
import { manualDesk } from './desk-fixture';

const account = usWireAccount('Acme Treasury Inc', '99887766554433');

describe('bank account owner', () => {
  let app: Awaited<ReturnType<typeof manualDesk>> | undefined;
  afterAll(async () => app?.close());

  it('survives the abbreviated list refresh', async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    expect(await app.runtime.handlers.createFiatAccount(account)).toMatchObject({ ok: true });
    await expect.poll(() => app!.desk().intentsIn(['completed']).length).toBe(1);
    await app.desk().refreshNow();
    const view = app.runtime.state
      .get()
      .fiatAccounts.items.find((a) => a.accountNumberMasked === '••••4433');
    expect(view?.ownerName).toBe('Acme Treasury Inc');
  });

  it('shows an unknown owner as empty, not as a made-up name', () => {
    const view = fiatAccountView({ id: 'a1', status: 'APPROVED' }, '2026-11-24T00:00:00Z');
    expect(view.ownerName).toBe('');
    expect(view.label).toBe('Bank account —');
  });
});

describe('views of records with empty required fields', () => {
  it('show an empty status as UNKNOWN instead of dropping the field', async () => {
    const { orchestrationView, ruleView, transferView } =
      await import('../../../main/desk/views/to-views');
    const at = '2026-11-24T00:00:00Z';
    expect(orchestrationView({ id: 'o', status: '' }, at).status).toBe('UNKNOWN');
    expect(ruleView({ id: 'r', status: '' }, at).status).toBe('UNKNOWN');
    expect(transferView({ id: 't', type: '', status: '' })).toMatchObject({
      type: 'UNKNOWN',
      status: 'UNKNOWN',
    });
    expect(fiatAccountView({ id: 'a', status: '' }, at).status).toBe('UNKNOWN');
  });
});
