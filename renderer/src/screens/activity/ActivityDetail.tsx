// One redemption in full, in an overlay drawer: the timeline, amounts, where it went, why it
// failed and where the funds are now (if it did), and every Paxos id with a copy button, for
// reconciliation and support calls.
import { DemoApprovalControl } from '../../components/DemoApprovalControl';
import { ErrorNotice } from '../../components/ErrorNotice';
import { IdWithCopy } from '../../components/IdWithCopy';
import { Money } from '../../components/Money';
import { RedemptionTimelineView } from '../../components/RedemptionTimelineView';
import { formatAmountSafe } from '../../format/amount';
import { RawCode } from '../../components/RawCode';
import { idNameLabel, labelFor } from '../../format/labels';
import { formatDateTime } from '../../format/time';
import { useOrchestrationDetail } from '../../hooks/useOrchestrationDetail';
import { failureFunds } from '../../model/failure-funds';
import { fiatAccountName, profileName, ruleName } from '../../model/lookups';
import { orchestrationMeaning } from '../../model/orchestration-status';
import { redemptionTimeline } from '../../model/redemption-timeline';
import { useEnvironment, useFiatAccounts, useProfiles, useRules } from '../../store/selectors';
import { DetailHeader } from '../../components/DetailHeader';
import { DetailDrawer } from './DetailDrawer';
import { StatementFacts } from './StatementFacts';
import { TransferTable } from './TransferTable';
import { UsdReceivedCell } from './UsdReceivedCell';

export function ActivityDetail({
  id,
  onClose,
  fallbackFocus,
}: {
  id: string;
  onClose: () => void;
  fallbackFocus?: () => HTMLElement | null;
}) {
  const { detail, error } = useOrchestrationDetail(id);
  const accounts = useFiatAccounts();
  const rules = useRules();
  const profiles = useProfiles();
  const environment = useEnvironment();
  const o = detail?.orchestration;
  const profile = o?.profileId ? profileName(profiles, o.profileId) : 'the profile';
  const funds = o
    ? failureFunds(o, formatAmountSafe(o.sourceAmount, o.sourceAsset), profile)
    : undefined;
  return (
    <DetailDrawer
      labelledBy="activity-detail-title"
      onClose={onClose}
      fallbackFocus={fallbackFocus}
      testId="activity-detail"
    >
      <DetailHeader
        titleId="activity-detail-title"
        title="Redemption"
        status={o?.status}
        closeLabel="Close redemption detail"
        onClose={onClose}
      />
      {error ? <ErrorNotice error={error} /> : null}
      {!o && !error ? <p className="muted">Loading…</p> : null}
      {o ? (
        <>
          <RedemptionTimelineView timeline={redemptionTimeline({ orchestration: o })} />
          {environment === 'demo' &&
          orchestrationMeaning(o.status).outcome === 'awaiting_approval' ? (
            <DemoApprovalControl kind="orchestration" id={o.id} />
          ) : null}
          {funds ? (
            <div
              className="warning-box"
              data-testid="failure-funds"
              data-returned={String(funds.returnedToProfile)}
            >
              <p>
                <strong>Where the funds are now.</strong> {funds.where}
              </p>
              {funds.advice ? <p>{funds.advice}</p> : null}
            </div>
          ) : null}
          <dl className="facts">
            <dt>Amount</dt>
            <dd>
              <Money value={o.sourceAmount} asset={o.sourceAsset} /> → {o.destinationAsset ?? 'USD'}
            </dd>
            <dt>USD received</dt>
            <UsdReceivedCell orchestration={o} />
            <dt>Wire to</dt>
            <dd data-testid="activity-detail-destination">
              {fiatAccountName(accounts, o.fiatAccountId, o.createdAt)}
            </dd>
            <dt>Profile</dt>
            <dd>{profile}</dd>
            <dt>Source</dt>
            <dd>{ruleName(rules, o.ruleId)}</dd>
            <dt>Status</dt>
            <dd>
              {labelFor('orchestration-status', o.status)} <RawCode code={o.status} what="Status" />
            </dd>
            {o.memo ? (
              <>
                <dt>Memo</dt>
                <dd>{o.memo}</dd>
              </>
            ) : null}
            {o.failReason ? (
              <>
                <dt>
                  {o.status.toUpperCase() === 'REJECTED' ? 'Rejection reason' : 'Failure reason'}
                </dt>
                <dd className="bad">{o.failReason}</dd>
              </>
            ) : null}
            <dt>Created</dt>
            <dd>{formatDateTime(o.createdAt)}</dd>
            <dt>Updated</dt>
            <dd>
              {formatDateTime(o.updatedAt)}{' '}
              <span className="muted">(seen {formatDateTime(o.fetchedAt)})</span>
            </dd>
            <IdWithCopy label="Orchestration id" value={o.id} />
            <IdWithCopy label={idNameLabel('ref_id').text} code="ref_id" value={o.refId} />
            <IdWithCopy label="Source transfer id" value={o.sourceLeg?.transferId} />
            <IdWithCopy label="Destination transfer id" value={o.destinationLeg?.transferId} />
          </dl>
          {detail.details ? <StatementFacts details={detail.details} /> : null}
          <TransferTable transfers={detail.transfers} />
        </>
      ) : null}
    </DetailDrawer>
  );
}
