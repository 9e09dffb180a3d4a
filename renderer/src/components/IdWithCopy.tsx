// A Paxos identifier in monospace with a copy button, for support calls and reconciliation.
// `code`: the id's name as Paxos spells it (e.g. ref_id), in the heading's tooltip.
import { CopyButton } from './CopyButton';

export function IdWithCopy({
  label,
  value,
  code,
}: {
  label: string;
  value: string | undefined;
  code?: string;
}) {
  return (
    <>
      <dt title={code}>{label}</dt>
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
