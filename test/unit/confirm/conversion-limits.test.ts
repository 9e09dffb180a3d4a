// Issue 25: the conversion soft limits (inside Paxos, apart from wires) are guards like the wire
// limits: raising one asks main, lowering one does not, and a daily conversion limit below the
// per-conversion one is refused by main whatever the renderer sent.
import { describe, expect, it } from 'vitest';
import { settingsDecision } from '../../../main/confirm/settings-confirmation';
import { limitOrderError } from '../../../main/settings/limit-order';
import { defaultSettings } from '../../../shared/settings';

describe('conversion soft limits', () => {
  it('raising the daily conversion limit asks main, with before and after', () => {
    const decision = settingsDecision('production', defaultSettings, {
      dailyConversionSoftLimitUsd: '9000000.00',
    });
    expect(decision.request?.message).toBe('Raise a soft limit?');
    expect(decision.request?.facts).toContainEqual([
      'Daily conversion limit (inside Paxos)',
      '5,000,000.00 USD → 9,000,000.00 USD',
    ]);
    expect(decision.audit).toEqual({
      changes: { dailyConversionSoftLimitUsd: { before: '5000000.00', after: '9000000.00' } },
    });
  });

  it('raising the per-conversion limit asks main; lowering it does not', () => {
    expect(
      settingsDecision('demo', defaultSettings, { perConversionSoftLimitUsd: '2000000.00' })
        .request,
    ).toBeDefined();
    expect(
      settingsDecision('demo', defaultSettings, { perConversionSoftLimitUsd: '10.00' }).request,
    ).toBeUndefined();
  });

  it('a daily conversion limit below the per-conversion limit is refused', () => {
    expect(
      limitOrderError(defaultSettings, { dailyConversionSoftLimitUsd: '10.00' })?.details,
    ).toEqual({ field: 'dailyConversionSoftLimitUsd' });
    expect(
      limitOrderError(defaultSettings, { perConversionSoftLimitUsd: '6000000.00' })?.details,
    ).toEqual({ field: 'perConversionSoftLimitUsd' });
    expect(
      limitOrderError(defaultSettings, { perConversionSoftLimitUsd: '10.00' }),
    ).toBeUndefined();
  });
});
