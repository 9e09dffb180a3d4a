// Polling, queued-request expiry, notifications, soft limits and idle lock. Errors show next
// to the field; nothing typed is lost when saving fails.
import { useState, type FormEvent } from 'react';
import type { Settings, SettingsPatch } from '../../../../shared/settings';
import { call } from '../../bridge/treasury';
import { AmountInput } from '../../components/AmountInput';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Field';
import { fieldErrorsOf, type FieldErrors } from '../../errors/field-errors';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useDraft } from '../../store/draft-store';
import { NotificationFields } from './NotificationFields';
import { draftFromSettings, preferencesPatch, type PreferencesDraft } from './preferences-draft';

export function PreferencesForm({ settings }: { settings: Settings }) {
  const [draft, setDraft, resetDraft] = useDraft<PreferencesDraft>('settings.preferences', () => draftFromSettings(settings));
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const save = useBridgeAction((patch: SettingsPatch) => call('updateSettings', patch));
  const errors = { ...fieldErrorsOf(save.error), ...clientErrors };
  const update = (patch: Partial<PreferencesDraft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const wholeField = (key: 'pollFastSeconds' | 'pollSlowSeconds' | 'intentExpiryMinutes' | 'idleLockMinutes', label: string, hint: string) => (
    <TextField path={key} label={label} value={draft[key]} onChange={(v) => update({ [key]: v })} error={errors[key]} hint={hint} maxLength={5} />
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const { patch, errors: problems } = preferencesPatch(draft, settings);
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) return;
    if (Object.keys(patch).length > 0 && !(await save.run(patch))) return;
    resetDraft();
    setSaved(true);
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} aria-label="Preferences" noValidate>
      <div className="field-row">
        {wholeField('pollFastSeconds', 'Poll while something is in flight (seconds)', '2 to 300.')}
        {wholeField('pollSlowSeconds', 'Poll otherwise (seconds)', '15 to 3600.')}
      </div>
      <div className="field-row">
        {wholeField('intentExpiryMinutes', 'Queued requests need re-confirmation after (minutes)', 'Older queued requests ask to be confirmed again before they are sent.')}
        {wholeField('idleLockMinutes', 'Lock after idle (minutes)', '0 means never lock automatically.')}
      </div>
      <div className="field-row">
        <AmountInput id="f-perRedemptionSoftLimitUsd" label="Per-redemption soft limit (USD)" asset="USD" value={draft.perRedemptionSoftLimitUsd} onChange={(v) => update({ perRedemptionSoftLimitUsd: v })} error={errors.perRedemptionSoftLimitUsd} hint="Above it, the amount must be typed twice." />
        <AmountInput id="f-dailySoftLimitUsd" label="Daily soft limit (USD)" asset="USD" value={draft.dailySoftLimitUsd} onChange={(v) => update({ dailySoftLimitUsd: v })} error={errors.dailySoftLimitUsd} hint="Today’s total; above it, the amount must be typed twice." />
      </div>
      <NotificationFields value={draft.notifications} onChange={(notifications) => update({ notifications })} />
      {save.error ? <ErrorNotice error={save.error} /> : null}
      <div className="form__actions">
        <button type="submit" className="button--primary" disabled={save.pending}>
          {save.pending ? 'Saving…' : 'Save preferences'}
        </button>
        {saved ? <span role="status">Saved.</span> : null}
      </div>
    </form>
  );
}
