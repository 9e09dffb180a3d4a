// Polling, queued-request expiry, notifications, soft limits and idle lock. Errors show next
// to the field; nothing typed is lost when saving fails.
import { useState } from 'react';
import type { Settings, SettingsPatch } from '../../../../shared/settings';
import { call } from '../../bridge/treasury';
import { AmountInput } from '../../components/AmountInput';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Field';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useFormController } from '../../hooks/useFormController';
import { NotificationFields } from './NotificationFields';
import { draftFromSettings, preferencesPatch, type PreferencesDraft } from './preferences-draft';

export function PreferencesForm({ settings }: { settings: Settings }) {
  const [saved, setSaved] = useState(false);
  const save = useBridgeAction((patch: SettingsPatch) => call('updateSettings', patch));
  const form = useFormController<PreferencesDraft>({
    draftKey: 'settings.preferences',
    initial: () => draftFromSettings(settings),
    validate: (draft) => preferencesPatch(draft, settings).errors,
    serverError: save.error,
  });
  const { draft, errors } = form;
  const update = (patch: Partial<PreferencesDraft>) => {
    setSaved(false);
    form.update(patch);
  };
  const wholeField = (
    key: 'pollFastSeconds' | 'pollSlowSeconds' | 'intentExpiryMinutes' | 'idleLockMinutes',
    label: string,
    hint: string,
  ) => (
    <TextField
      path={key}
      label={label}
      value={draft[key]}
      onChange={(v) => update({ [key]: v })}
      error={errors[key]}
      hint={hint}
      maxLength={5}
    />
  );

  const onSubmit = form.handleSubmit(async (current) => {
    const { patch } = preferencesPatch(current, settings);
    if (Object.keys(patch).length > 0 && !(await save.run(patch))) return undefined;
    form.reset();
    setSaved(true);
    return true;
  });

  return (
    <form
      className="form"
      {...form.formProps}
      onSubmit={(e) => void onSubmit(e)}
      aria-label="Preferences"
    >
      <div className="field-row">
        {wholeField('pollFastSeconds', 'Poll while something is in flight (seconds)', '2 to 300.')}
        {wholeField('pollSlowSeconds', 'Poll otherwise (seconds)', '15 to 3600.')}
      </div>
      <div className="field-row">
        {wholeField(
          'intentExpiryMinutes',
          'Queued requests need re-confirmation after (minutes)',
          'Older queued requests ask to be confirmed again before they are sent.',
        )}
        {wholeField(
          'idleLockMinutes',
          'Lock after idle (minutes)',
          '0 means never lock automatically.',
        )}
      </div>
      <div className="field-row">
        <AmountInput
          id="f-perRedemptionSoftLimitUsd"
          label="Per-redemption soft limit (USD)"
          asset="USD"
          value={draft.perRedemptionSoftLimitUsd}
          onChange={(v) => update({ perRedemptionSoftLimitUsd: v })}
          error={errors.perRedemptionSoftLimitUsd}
          hint="Above it, Treasury Desk asks you to tick “I checked the amount and the destination” before sending."
        />
        <AmountInput
          id="f-dailySoftLimitUsd"
          label="Daily soft limit (USD)"
          asset="USD"
          value={draft.dailySoftLimitUsd}
          onChange={(v) => update({ dailySoftLimitUsd: v })}
          error={errors.dailySoftLimitUsd}
          hint="Today’s total; above it, Treasury Desk asks you to tick “I checked the amount and the destination” before sending."
        />
      </div>
      <div className="field-row">
        <AmountInput
          id="f-perConversionSoftLimitUsd"
          label="Per-conversion soft limit (USD, mints inside Paxos)"
          asset="USD"
          value={draft.perConversionSoftLimitUsd}
          onChange={(v) => update({ perConversionSoftLimitUsd: v })}
          error={errors.perConversionSoftLimitUsd}
          hint="Mints and conversions stay at Paxos: counted apart from wires."
        />
        <AmountInput
          id="f-dailyConversionSoftLimitUsd"
          label="Daily conversion soft limit (USD)"
          asset="USD"
          value={draft.dailyConversionSoftLimitUsd}
          onChange={(v) => update({ dailyConversionSoftLimitUsd: v })}
          error={errors.dailyConversionSoftLimitUsd}
          hint="Today’s mints and conversions; above it, main asks you to tick a box."
        />
      </div>
      <NotificationFields
        value={draft.notifications}
        onChange={(notifications) => update({ notifications })}
      />
      {/* Main's answer (a declined confirmation of a raised limit, say), next to Save and focused. */}
      {form.bannerError ? <ErrorNotice error={form.bannerError} takeFocus /> : null}
      <div className="form__actions">
        <button type="submit" className="button--primary" disabled={save.pending}>
          {save.pending ? 'Saving…' : 'Save preferences'}
        </button>
        {saved ? <span role="status">Saved.</span> : null}
      </div>
    </form>
  );
}
