// The words shown for Paxos and desk codes: known codes get their words, the code stays
// available for a tooltip, and an unknown code is never shown raw.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditLogSection } from '../../renderer/src/screens/settings/AuditLogSection';
import { installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';
import { StatusBadge } from '../../renderer/src/components/StatusBadge';
import {
  auditActionLabel,
  bankAccountStatusLabel,
  humanizeCode,
  idNameLabel,
  networkLabel,
  orchestrationStatusLabel,
  transferTypeLabel,
  withCode,
} from '../../renderer/src/format/labels';

describe('labels', () => {
  it('words the codes named in the issue', () => {
    expect(networkLabel('ETHEREUM').text).toBe('Ethereum');
    expect(orchestrationStatusLabel('PENDING_APPROVAL').text).toBe('Awaiting approval at Paxos');
    expect(transferTypeLabel('CRYPTO_DEPOSIT').text).toBe('Stablecoin deposit');
    expect(transferTypeLabel('WIRE_WITHDRAWAL').text).toBe('Outgoing wire');
    expect(auditActionLabel('intent.create_orchestration').text).toBe('Redemption sent to Paxos');
    expect(idNameLabel('ref_id').text).toBe('Your reference');
  });

  it('words an orchestration status by its meaning (2026): awaiting approval, rejected', () => {
    expect(orchestrationStatusLabel('PENDING').text).toBe('Awaiting approval at Paxos');
    expect(orchestrationStatusLabel('REJECTED').text).toBe('Rejected by Paxos');
    expect(orchestrationStatusLabel('processing').text).toBe('Processing');
    expect(orchestrationStatusLabel('REJECTED').code).toBe('REJECTED');
  });

  it('keeps the code as received for the tooltip', () => {
    expect(networkLabel('ethereum')).toEqual({ text: 'Ethereum', code: 'ethereum' });
    expect(withCode(bankAccountStatusLabel('PENDING'))).toBe('In review at Paxos (PENDING)');
  });

  it('never shows an unknown code raw', () => {
    expect(orchestrationStatusLabel('AWAITING_SOMETHING_NEW').text).toBe('Awaiting something new');
    expect(humanizeCode('fiat_account.frozen')).toBe('Fiat account frozen');
    for (const code of [
      'ETHEREUM',
      'PENDING_APPROVAL',
      'CRYPTO_DEPOSIT',
      'WIRE_WITHDRAWAL',
      'intent.create_orchestration',
      'ref_id',
      'UNKNOWN_X',
    ]) {
      const texts = [
        networkLabel,
        orchestrationStatusLabel,
        transferTypeLabel,
        auditActionLabel,
        idNameLabel,
      ].map((f) => f(code).text);
      for (const text of texts) expect(text).not.toBe(code);
    }
  });

  it('a status badge shows words and keeps the Paxos status in data-status and the tooltip', () => {
    render(<StatusBadge status="PENDING" kind="bankAccount" />);
    const badge = screen.getByText('In review at Paxos');
    expect(badge.getAttribute('data-status')).toBe('PENDING');
    expect(badge.getAttribute('title')).toContain('PENDING');
  });
});

describe('audit log in words', () => {
  afterEach(cleanup);
  it('shows the action and outcome in words, with the codes in tooltips', async () => {
    resetStores();
    seedStore();
    installFakeTreasury({
      getAuditLog: () => ({
        entries: [
          {
            at: '2026-12-01T10:00:00.000Z',
            user: 'op',
            action: 'intent.create_orchestration',
            environment: 'demo',
            outcome: 'succeeded',
            refId: 'td-1',
          },
        ],
      }),
    });
    render(<AuditLogSection />);
    const cell = await screen.findByText('Redemption sent to Paxos');
    expect(cell.getAttribute('title')).toBe('intent.create_orchestration');
    expect(document.body.textContent).not.toContain('intent.create_orchestration');
  });
});
