// The soft limits must make sense together: a daily limit below the per-redemption limit would
// make the per-redemption one meaningless (one redemption could pass it while breaking the
// day's). The renderer says so next to the field, but the renderer is untrusted: main refuses
// such a change itself, before asking the operator to confirm anything, and audits the refusal.
import { AppError } from '../../shared/app-error';
import { compareAmounts, formatAmount } from '../../shared/money';
import type { Settings, SettingsPatch } from '../../shared/settings';

type Recorder = (entry: {
  action: 'settings.update';
  outcome: 'failed';
  details: Record<string, unknown>;
}) => Promise<unknown>;

/** The error for a change that leaves the daily limit below the per-redemption one, if any. */
export function limitOrderError(before: Settings, patch: SettingsPatch): AppError | undefined {
  // Only a change to a limit is judged: an unrelated preference is never held hostage.
  if (patch.perRedemptionSoftLimitUsd === undefined && patch.dailySoftLimitUsd === undefined)
    return undefined;
  const perRedemption = patch.perRedemptionSoftLimitUsd ?? before.perRedemptionSoftLimitUsd;
  const daily = patch.dailySoftLimitUsd ?? before.dailySoftLimitUsd;
  if (compareAmounts(daily, perRedemption) >= 0) return undefined;
  const per = formatAmount(perRedemption, 'USD');
  const day = formatAmount(daily, 'USD');
  return patch.dailySoftLimitUsd !== undefined
    ? new AppError(
        'validation',
        `The daily limit (${day}) is below the per-redemption limit of ${per}: make it at least that much, or lower the per-redemption limit.`,
        { field: 'dailySoftLimitUsd' },
      )
    : new AppError(
        'validation',
        `The per-redemption limit (${per}) is above the daily limit of ${day}: lower it, or raise the daily limit first.`,
        { field: 'perRedemptionSoftLimitUsd' },
      );
}

/** Refuses (and audits) a settings change whose limits contradict each other. */
export async function refuseContradictoryLimits(
  before: Settings,
  patch: SettingsPatch,
  audit: Record<string, unknown>,
  record: Recorder,
): Promise<void> {
  const error = limitOrderError(before, patch);
  if (!error) return;
  await record({
    action: 'settings.update',
    outcome: 'failed',
    details: { ...audit, refused: 'daily limit below the per-redemption limit' },
  });
  throw error;
}
