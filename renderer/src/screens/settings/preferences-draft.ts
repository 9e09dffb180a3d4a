// The preferences form keeps what was typed as text; only on Save does it become a settings
// patch (whole numbers for seconds and minutes, decimal strings for the USD limits, which are
// never converted to numbers), checked by the shared schema.
import type { Settings, SettingsPatch } from '../../../../shared/settings';
import { SettingsPatchSchema } from '../../../../shared/settings';
import { fieldErrorsFromIssues, type FieldErrors } from '../../errors/field-errors';

export const whole = ['pollFastSeconds', 'pollSlowSeconds', 'intentExpiryMinutes', 'idleLockMinutes'] as const;
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
    notifications: s.notifications,
  };
}

/** The changed settings only, or the errors per field. */
export function preferencesPatch(draft: PreferencesDraft, current: Settings): { patch: SettingsPatch; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const patch: Record<string, unknown> = {};
  for (const key of whole) {
    const text = draft[key].trim();
    const [min, max] = ranges[key];
    if (!/^\d+$/.test(text)) errors[key] = 'Enter a whole number.';
    else if (Number(text) < min || Number(text) > max) errors[key] = `Enter a number from ${min} to ${max}.`;
    else if (Number(text) !== current[key]) patch[key] = Number(text);
  }
  for (const key of ['perRedemptionSoftLimitUsd', 'dailySoftLimitUsd'] as const) {
    if (!draft[key]) errors[key] = 'Enter a limit in USD, e.g. 100000.00.';
    else if (draft[key] !== current[key]) patch[key] = draft[key];
  }
  const n = draft.notifications;
  const c = current.notifications;
  if (n.redemptionCompleted !== c.redemptionCompleted || n.redemptionFailed !== c.redemptionFailed || n.bankAccountReviewed !== c.bankAccountReviewed) {
    patch.notifications = n;
  }
  const parsed = SettingsPatchSchema.safeParse(patch);
  if (!parsed.success) Object.assign(errors, { ...fieldErrorsFromIssues(parsed.error.issues), ...errors });
  return { patch: parsed.success ? parsed.data : (patch as SettingsPatch), errors };
}
