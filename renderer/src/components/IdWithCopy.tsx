// A Paxos identifier in monospace with a copy button, for support calls and reconciliation.
import { CopyButton } from './CopyButton';

export function IdWithCopy({ label, value }: { label: string; value: string | undefined }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {value ? (
          <>
            <code className="mono">{value}</code> <CopyButton text={value} what={label} />
          </>
        ) : (
          <span className="muted">not assigned yet</span>
        )}
      </dd>
    </>
  );
}
