// Nicknames are local labels: kept across restarts, with history, so renaming an account never
// rewrites the label a past request was made under.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalLabels } from '../../../../main/desk/bank-accounts/local-labels';
import { accountLabeler } from '../../../../main/desk/desk-projection';
import type { Intent } from '../../../../main/desk/store/intents/intent';
import { intentView } from '../../../../main/desk/views/intent-view';
import type { FiatAccountView } from '../../../../shared/views';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});
async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'labels-'));
  dirs.push(dir);
  return dir;
}

const paxosView: FiatAccountView = {
  id: 'fa-1',
  status: 'APPROVED',
  label: 'Operating',
  ownerName: 'Acme',
  network: 'wire',
  accountNumberMasked: '••••6789',
  fetchedAt: '2026-12-01T00:00:00Z',
};

function wireIntent(createdAt: string): Intent {
  return {
    id: `i-${createdAt}`,
    kind: 'create_orchestration',
    refId: 'r',
    state: 'submitted',
    createdAt,
    updatedAt: createdAt,
    attempts: 1,
    payload: {
      source_amount: '100',
      source_asset: 'USDC',
      destination_asset: 'USD',
      source: { profile: { profile_id: 'p-1' } },
      destination: { fiat: { bank_account_id: 'fa-1' } },
    },
  };
}

describe('local bank account labels', () => {
  it('keeps each label with the time it took effect, across a reopen', async () => {
    const dir = await tempDir();
    const labels = await LocalLabels.open(dir);
    await labels.set('fa-1', 'Payroll', new Date('2026-12-02T10:00:00Z'));
    await labels.set('fa-1', 'Payroll (old bank)', new Date('2026-12-05T10:00:00Z'));
    const reopened = await LocalLabels.open(dir);
    expect(reopened.current('fa-1')).toBe('Payroll (old bank)');
    expect(reopened.labelAt('fa-1', '2026-12-01T00:00:00Z')).toBeUndefined();
    expect(reopened.labelAt('fa-1', '2026-12-03T00:00:00Z')).toBe('Payroll');
    expect(
      JSON.parse(await readFile(join(dir, 'bank-account-labels.json'), 'utf8'))['fa-1'],
    ).toHaveLength(2);
  });

  it('a past wire keeps the label it was sent under; the list shows the new one', async () => {
    const labels = await LocalLabels.open(await tempDir());
    const labelOf = accountLabeler([paxosView], labels);
    const before = wireIntent('2026-12-01T09:00:00Z');
    expect(intentView(before, { bankAccount: labelOf, rule: () => undefined }).summary).toMatch(
      /to Operating$/,
    );
    await labels.set('fa-1', 'Main operating', new Date('2026-12-02T10:00:00Z'));
    const after = wireIntent('2026-12-03T09:00:00Z');
    expect(intentView(before, { bankAccount: labelOf, rule: () => undefined }).summary).toMatch(
      /to Operating$/,
    );
    expect(intentView(after, { bankAccount: labelOf, rule: () => undefined }).summary).toMatch(
      /to Main operating$/,
    );
    expect(labelOf('fa-1')).toBe('Main operating');
  });
});

describe('local labels compared as instants', () => {
  it('a Paxos time without milliseconds, just before a rename, reads the label before it', async () => {
    const labels = await LocalLabels.open(await tempDir());
    await labels.set('fa-1', 'Payroll', new Date('2026-12-02T10:00:00.500Z'));
    // As text, "…10:00:00Z" sorts after "…10:00:00.500Z"; as an instant it is before.
    expect(labels.labelAt('fa-1', '2026-12-02T10:00:00Z')).toBeUndefined();
    expect(labels.labelAt('fa-1', '2026-12-02T10:00:00.500001Z')).toBe('Payroll');
    expect(labels.history('fa-1')).toEqual([
      { label: 'Payroll', since: '2026-12-02T10:00:00.500Z' },
    ]);
  });
});
