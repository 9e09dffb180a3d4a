// A redemption that failed or was rejected, as the first thing on Overview: how much, to where,
// what Paxos said, where the money is now, and what to do: open it, or redeem again (through the
// full review and main's confirmation, never a resend).
import type { OrchestrationView } from '../../../../shared/views';
import { Money } from '../../components/Money';
import { formatAmountSafe } from '../../format/amount';
import { formatShortDateTime } from '../../format/time';
import { failureFunds } from '../../model/failure-funds';
import { fiatAccountName, profileName } from '../../model/lookups';
import type { Availability } from '../../model/money-actions';
import { redemptionTimeline } from '../../model/redemption-timeline';
import { useNavigation } from '../../store/navigation-store';
import { useFiatAccounts, useProfiles } from '../../store/selectors';
import { useRedeemAgain } from '../../hooks/useRedeemAgain';

export function EndedRedemptionItem({
  orchestration: o,
  kind,
  redeem,
}: {
  orchestration: OrchestrationView;
  kind: 'failed' | 'rejected';
  redeem: Availability;
}) {
  const accounts = useFiatAccounts();
  const profiles = useProfiles();
  const go = useNavigation((s) => s.go);
  const redeemAgain = useRedeemAgain();
  const profile = o.profileId ? profileName(profiles, o.profileId) : 'the profile';
  const funds = failureFunds(o, formatAmountSafe(o.sourceAmount, o.sourceAsset), profile);
  // The header already says failed or rejected: the reason in Paxos's words, once.
  const why = o.failReason
    ? `Paxos says: ${o.failReason}`
    : redemptionTimeline({ orchestration: o }).headline;
  // A rule's redemption came from a deposit: there is no request of the operator's to repeat.
  const again =
    redeem.ok && !o.ruleId && o.profileId && o.sourceAsset && o.sourceAmount && o.fiatAccountId
      ? {
          profileId: o.profileId,
          asset: o.sourceAsset,
          amount: o.sourceAmount,
          fiatAccountId: o.fiatAccountId,
        }
      : undefined;
  return (
    <li
      className="attention__item attention__item--bad"
      data-testid="attention-item"
      data-kind={kind}
      data-id={o.id}
    >
      <div className="attention__what">
        <strong>{kind === 'rejected' ? 'Rejected by Paxos' : 'Failed'}:</strong>{' '}
        <Money value={o.sourceAmount} asset={o.sourceAsset} /> to{' '}
        {fiatAccountName(accounts, o.fiatAccountId, o.createdAt)}
        <span className="muted"> · {formatShortDateTime(o.updatedAt ?? o.createdAt)}</span>
      </div>
      <p className="attention__why">{why}</p>
      {funds ? (
        <p className="attention__funds" data-testid="attention-funds">
          {funds.where}
        </p>
      ) : null}
      <div className="attention__actions">
        <button
          type="button"
          className="button--small button--primary"
          onClick={() => go('activity', o.id)}
        >
          Open
        </button>
        {again ? (
          <button type="button" className="button--small" onClick={() => redeemAgain(again)}>
            Redeem again…
          </button>
        ) : null}
      </div>
    </li>
  );
}
