// One redemption in full: the timeline, amounts, where it went, why it failed (if it did),
// and every Paxos id with a copy button, for reconciliation and support calls.
import { ErrorNotice } from '../../components/ErrorNotice';
import { IdWithCopy } from '../../components/IdWithCopy';
import { Money } from '../../components/Money';
import { RedemptionTimelineView } from '../../components/RedemptionTimelineView';
import { formatDateTime } from '../../format/time';
import { useOrchestrationDetail } from '../../hooks/useOrchestrationDetail';
import { fiatAccountName, profileName, ruleName } from '../../model/lookups';
import { redemptionTimeline } from '../../model/redemption-timeline';
import { useFiatAccounts, useProfiles, useRules } from '../../store/selectors';
import { TransferTable } from './TransferTable';
import { DetailHeader } from '../../components/DetailHeader';

export function ActivityDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const { detail, error } = useOrchestrationDetail(id);
  const accounts = useFiatAccounts();
  const rules = useRules();
  const profiles = useProfiles();
  const o = detail?.orchestration;
  return (
    <aside className="detail" aria-labelledby="activity-detail-title" data-testid="activity-detail">
      <DetailHeader titleId="activity-detail-title" title={"Redemption"} status={o?.status} closeLabel="Close redemption detail" onClose={onClose} />
      {error ? <ErrorNotice error={error} /> : null}
      {!o && !error ? <p className="muted">Loading…</p> : null}
      {o ? (
        <>
          <RedemptionTimelineView timeline={redemptionTimeline({ orchestration: o })} />
          <dl className="facts">
            <dt>Amount</dt>
            <dd>
              <Money value={o.sourceAmount} asset={o.sourceAsset} /> → {o.destinationAsset ?? 'USD'}
            </dd>
            <dt>Wire to</dt>
            <dd>{fiatAccountName(accounts, o.fiatAccountId)}</dd>
            <dt>Source</dt>
            <dd>
              {ruleName(rules, o.ruleId)}
              {o.profileId ? ` · ${profileName(profiles, o.profileId)}` : ''}
            </dd>
            {o.memo ? (
              <>
                <dt>Memo</dt>
                <dd>{o.memo}</dd>
              </>
            ) : null}
            {o.failReason ? (
              <>
                <dt>Failure reason</dt>
                <dd className="bad">{o.failReason}</dd>
              </>
            ) : null}
            <dt>Created</dt>
            <dd>{formatDateTime(o.createdAt)}</dd>
            <dt>Updated</dt>
            <dd>{formatDateTime(o.updatedAt)} <span className="muted">(seen {formatDateTime(o.fetchedAt)})</span></dd>
            <IdWithCopy label="Orchestration id" value={o.id} />
            <IdWithCopy label="ref_id" value={o.refId} />
            <IdWithCopy label="Source transfer id" value={o.sourceLeg?.transferId} />
            <IdWithCopy label="Destination transfer id" value={o.destinationLeg?.transferId} />
          </dl>
          <TransferTable transfers={detail.transfers} />
        </>
      ) : null}
    </aside>
  );
}
