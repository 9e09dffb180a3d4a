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

/** Each pair of limits that must hold together: per move ≤ per day, for wires and for conversions. */
const LIMIT_PAIRS = [
  {
    per: 'perRedemptionSoftLimitUsd',
    daily: 'dailySoftLimitUsd',
    perName: 'per-redemption limit',
    dailyName: 'daily limit',
  },
  {
    per: 'perConversionSoftLimitUsd',
    daily: 'dailyConversionSoftLimitUsd',
    perName: 'per-conversion limit',
    dailyName: 'daily conversion limit',
  },
] as const;

/** The error for a change that leaves a daily limit below its per-move one, if any. */
export function limitOrderError(before: Settings, patch: SettingsPatch): AppError | undefined {
  for (const pair of LIMIT_PAIRS) {
    // Only a change to a limit is judged: an unrelated preference is never held hostage.
    if (patch[pair.per] === undefined && patch[pair.daily] === undefined) continue;
    const perMove = patch[pair.per] ?? before[pair.per];
    const daily = patch[pair.daily] ?? before[pair.daily];
    if (compareAmounts(daily, perMove) >= 0) continue;
    const per = formatAmount(perMove, 'USD');
    const day = formatAmount(daily, 'USD');
    return patch[pair.daily] !== undefined
      ? new AppError(
          'validation',
          `The ${pair.dailyName} (${day}) is below the ${pair.perName} of ${per}: make it at least that much, or lower the ${pair.perName}.`,
          { field: pair.daily },
        )
      : new AppError(
          'validation',
          `The ${pair.perName} (${per}) is above the ${pair.dailyName} of ${day}: lower it, or raise the ${pair.dailyName} first.`,
          { field: pair.per },
        );
  }
  return undefined;
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
    details: { ...audit, refused: 'a daily limit below its per-move limit' },
  });
  throw error;
}
