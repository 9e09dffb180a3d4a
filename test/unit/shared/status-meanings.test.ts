// Every status the 2026-07 document names has a meaning, and an unknown one is kept in flight.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isTerminalOrchestration,
  orchestrationStatusMeaning,
  ORCHESTRATION_STATUS_MEANINGS,
  RULE_STATUS_MEANINGS,
  ruleStatusMeaning,
  ruleTakesDeposits,
} from '../../../shared/paxos/status-meanings';
import { orchestrationKind } from '../../../shared/paxos/orchestration-kind';
import { recordSkipReason } from '../../support/skip-reason';

const spec = resolve(
  import.meta.dirname,
  '../../../../shared/paxos-openapi/paxos-v2-2026-07.openapi.json',
);

if (!existsSync(spec))
  recordSkipReason(
    'status meanings vs the 2026-07 document',
    'no ../shared/paxos-openapi beside this clone',
  );

describe('status meanings', () => {
  it.skipIf(!existsSync(spec))(
    'covers every orchestration and rule status of the 2026-07 document',
    () => {
      const schemas = JSON.parse(readFileSync(spec, 'utf8')).components.schemas;
      expect(Object.keys(ORCHESTRATION_STATUS_MEANINGS).sort()).toEqual(
        [...schemas.OrchestrationStatus.enum].sort(),
      );
      expect(Object.keys(RULE_STATUS_MEANINGS).sort()).toEqual(
        [...schemas.OrchestrationRuleStatus.enum].sort(),
      );
    },
  );

  it('ends a redemption at COMPLETED, FAILED and REJECTED; PENDING waits for approval', () => {
    expect(['COMPLETED', 'FAILED', 'REJECTED'].map(isTerminalOrchestration)).toEqual([
      true,
      true,
      true,
    ]);
    expect(isTerminalOrchestration('PENDING')).toBe(false);
    expect(orchestrationStatusMeaning('PENDING').label).toBe('Awaiting approval at Paxos');
    expect(orchestrationStatusMeaning('REJECTED').label).toBe('Rejected by Paxos');
  });

  it('shows a status no document names as Paxos wrote it, in flight', () => {
    expect(orchestrationStatusMeaning('ON_HOLD')).toEqual({
      label: 'ON_HOLD',
      terminal: false,
      outcome: 'unknown',
    });
    expect(orchestrationStatusMeaning('toString').outcome).toBe('unknown');
  });

  it('lets only an ACTIVE rule take deposits', () => {
    expect(['PENDING', 'ACTIVE', 'REJECTED', 'DELETED', 'NEW'].map(ruleTakesDeposits)).toEqual([
      false,
      true,
      false,
      false,
      false,
    ]);
    expect(ruleStatusMeaning('PENDING').label).toContain('do not send funds yet');
  });
});

describe('orchestration kind', () => {
  it('reads what an orchestration does from its source, destination and assets', () => {
    const profile = { profile: { profile_id: 'p' } };
    expect(
      orchestrationKind({
        source_asset: 'USDC',
        destination_asset: 'USD',
        destination: { fiat: {} },
      }),
    ).toBe('redemption');
    expect(
      orchestrationKind({ source_asset: 'USDC', destination_asset: 'USDG', destination: profile }),
    ).toBe('conversion');
    expect(
      orchestrationKind({ source_asset: 'USD', destination_asset: 'PYUSD', destination: profile }),
    ).toBe('mint');
    expect(
      orchestrationKind({ source_asset: 'USDP', destination_asset: 'USD', destination: profile }),
    ).toBe('redeem_to_cash');
    expect(
      orchestrationKind({
        source_asset: 'USDC',
        destination_asset: 'USDC',
        destination: { crypto: {} },
      }),
    ).toBe('send_to_address');
    expect(orchestrationKind({})).toBe('other');
  });
});
