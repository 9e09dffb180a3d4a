// The preferences form keeps what was typed as text; only on Save does it become a settings
// patch (whole numbers for seconds and minutes, decimal strings for the USD limits, which are
// never converted to numbers), checked by the shared schema.
import type { Settings, SettingsPatch } from '../../../../shared/settings';
import { SettingsPatchSchema } from '../../../../shared/settings';
import { parseAmountText } from '../../../../shared/amount-parse';
import { compareAmounts, formatAmount } from '../../../../shared/money';
import { fieldErrorsFromIssues, type FieldErrors } from '../../errors/field-errors';

export const whole = [
  'pollFastSeconds',
  'pollSlowSeconds',
  'intentExpiryMinutes',
  'idleLockMinutes',
] as const;
type WholeKey = (typeof whole)[number];

/** The ranges of shared/settings.ts, repeated here only to say them in words next to the field. */
const ranges: Record<WholeKey, [number, number]> = {
  pollFastSeconds: [2, 300],
  pollSlowSeconds: [15, 3600],
  intentExpiryMinutes: [1, 7 * 24 * 60],
  idleLockMinutes: [0, 24 * 60],
};

export interface PreferencesDraft extends Record<WholeKey, string> {
  perRedemptionSoftLimitUsd: string;
  dailySoftLimitUsd: string;
  perConversionSoftLimitUsd: string;
  dailyConversionSoftLimitUsd: string;
  notifications: Settings['notifications'];
}

export function draftFromSettings(s: Settings): PreferencesDraft {
  return {
    pollFastSeconds: String(s.pollFastSeconds),
    pollSlowSeconds: String(s.pollSlowSeconds),
    intentExpiryMinutes: String(s.intentExpiryMinutes),
    idleLockMinutes: String(s.idleLockMinutes),
    perRedemptionSoftLimitUsd: s.perRedemptionSoftLimitUsd,
    dailySoftLimitUsd: s.dailySoftLimitUsd,
    perConversionSoftLimitUsd: s.perConversionSoftLimitUsd,
    dailyConversionSoftLimitUsd: s.dailyConversionSoftLimitUsd,
    notifications: s.notifications,
  };
}

/** The changed settings only, or the errors per field. */
export function preferencesPatch(
  draft: PreferencesDraft,
  current: Settings,
): { patch: SettingsPatch; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const patch: Record<string, unknown> = {};
  for (const key of whole) {
    const text = draft[key].trim();
    const [min, max] = ranges[key];
    if (/^-\s*\d/.test(text))
      errors[key] = `It cannot be negative: enter a whole number from ${min} to ${max}.`;
    else if (/^\d*[.,]\d+$/.test(text))
      errors[key] = `Enter a whole number from ${min} to ${max}, without decimals.`;
    else if (!/^\d+$/.test(text))
      errors[key] = text
        ? `"${text.slice(0, 12)}" is not a number: enter a whole number from ${min} to ${max}.`
        : `Enter a whole number from ${min} to ${max}.`;
    else if (Number(text) < min || Number(text) > max)
      errors[key] = `Enter a number from ${min} to ${max}.`;
    else if (Number(text) !== current[key]) patch[key] = Number(text);
  }
  const limits = {
    perRedemptionSoftLimitUsd: '',
    dailySoftLimitUsd: '',
    perConversionSoftLimitUsd: '',
    dailyConversionSoftLimitUsd: '',
  };
  for (const key of Object.keys(limits) as (keyof typeof limits)[]) {
    const reading = parseAmountText(draft[key], 'USD');
    if (!reading.ok)
      errors[key] =
        reading.code === 'empty' ? 'Enter a limit in USD, e.g. 100,000.00.' : reading.message;
    else {
      limits[key] = reading.amount;
      if (reading.amount !== current[key]) patch[key] = reading.amount;
    }
  }
  // A daily limit below the per-redemption limit would make the per-redemption one meaningless.
  if (
    limits.perRedemptionSoftLimitUsd &&
    limits.dailySoftLimitUsd &&
    compareAmounts(limits.dailySoftLimitUsd, limits.perRedemptionSoftLimitUsd) < 0
  ) {
    errors.dailySoftLimitUsd = `The daily limit is below the per-redemption limit of ${formatAmount(limits.perRedemptionSoftLimitUsd, 'USD')}: make it at least that much, or lower the per-redemption limit.`;
  }
  // The same for conversions inside Paxos (counted apart from wires).
  if (
    limits.perConversionSoftLimitUsd &&
    limits.dailyConversionSoftLimitUsd &&
    compareAmounts(limits.dailyConversionSoftLimitUsd, limits.perConversionSoftLimitUsd) < 0
  ) {
    errors.dailyConversionSoftLimitUsd = `The daily conversion limit is below the per-conversion limit of ${formatAmount(limits.perConversionSoftLimitUsd, 'USD')}: make it at least that much, or lower the per-conversion limit.`;
  }
  const n = draft.notifications;
  const c = current.notifications;
  if (
    n.redemptionCompleted !== c.redemptionCompleted ||
    n.redemptionFailed !== c.redemptionFailed ||
    n.bankAccountReviewed !== c.bankAccountReviewed
  ) {
    patch.notifications = n;
  }
  const parsed = SettingsPatchSchema.safeParse(patch);
  if (!parsed.success)
    Object.assign(errors, { ...fieldErrorsFromIssues(parsed.error.issues), ...errors });
  return { patch: parsed.success ? parsed.data : (patch as SettingsPatch), errors };
}
