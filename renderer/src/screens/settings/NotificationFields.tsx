// Which events raise a native notification.
import type { Settings } from '../../../../shared/settings';

type Notifications = Settings['notifications'];
const options: { key: keyof Notifications; label: string }[] = [
  { key: 'redemptionCompleted', label: 'A redemption completed' },
  { key: 'redemptionFailed', label: 'A redemption failed' },
  { key: 'bankAccountReviewed', label: 'Paxos approved or rejected a bank account' },
];

export function NotificationFields({
  value,
  onChange,
}: {
  value: Notifications;
  onChange: (value: Notifications) => void;
}) {
  return (
    <fieldset className="fieldset">
      <legend>Notify me when</legend>
      {options.map((o) => (
        <label key={o.key} className="choice">
          <input
            type="checkbox"
            checked={value[o.key]}
            onChange={(e) => onChange({ ...value, [o.key]: e.target.checked })}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
