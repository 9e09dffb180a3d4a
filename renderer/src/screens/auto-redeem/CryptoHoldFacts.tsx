// A crypto Convert & Hold rule's facts: which coin on which network it converts, into what, kept
// in which profile, and what deleting it means (deposits then stay the coin they came as).
import type { RuleView } from '../../../../shared/views';
import { IdWithCopy } from '../../components/IdWithCopy';
import { networkLabel } from '../../format/labels';
import { formatDateTime } from '../../format/time';
import { profileName } from '../../model/lookups';
import { useProfiles } from '../../store/selectors';

export function CryptoHoldFacts({ rule }: { rule: RuleView }) {
  const profiles = useProfiles();
  const coin = rule.sourceAsset ?? '?';
  return (
    <dl className="facts" data-testid="crypto-hold-facts">
      <dt>Converts</dt>
      <dd>
        {coin} on{' '}
        <span title={rule.network}>{rule.network ? networkLabel(rule.network).text : '?'}</span> →{' '}
        {rule.destinationAsset ?? '?'}
      </dd>
      <dt>Kept in</dt>
      <dd>{profileName(profiles, rule.destinationProfileId ?? rule.profileId)}</dd>
      <dt>After deletion</dt>
      <dd>Deposits to the address stay {coin} in the profile</dd>
      <dt>Created</dt>
      <dd>{formatDateTime(rule.createdAt)}</dd>
      <IdWithCopy label="Rule id" value={rule.id} />
    </dl>
  );
}
