// Shown only when there is no OS keychain: the operator must choose, knowingly, to keep the
// credentials in memory for this session (they are gone when the app quits).
export function SessionOnlyOptIn({
  problem,
  checked,
  onChange,
}: {
  problem?: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <div className="warning-box">
      <p>
        <strong>No system keychain is available</strong>
        {problem ? `: ${problem}` : '.'} Treasury Desk never writes credentials to a file.
      </p>
      <label className="choice">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        Keep these credentials for this session only (you will enter them again next time)
      </label>
    </div>
  );
}
