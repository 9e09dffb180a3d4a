// Which status transitions the operator hears about, and in what words. Each path words its own
// records' (paths/*/…-notice.ts): "Wire completed: $250,000.00 to Operating account ••6789".
// Each is announced once: the ledger key names the record and the status it reached, and is
// marked before showing. When one sync cycle brings many (a desk back from a week offline with
// rules running), they coalesce here into one summary notice instead of a storm.
import { formatAmount, sumAmounts } from '../../../shared/money';
import type { Settings } from '../../../shared/settings';
import type { StatusTransition } from '../sync/change-detector';
import type { Notice, NoticeKind, NoticeLabels } from '../paths/path-notice';
import { pathFollowing } from '../paths/registry';

export type { Notice, NoticeKind, NoticeLabels } from '../paths/path-notice';

/** More than this many notices from one cycle are shown as one summary. */
export const MAX_SEPARATE_NOTICES = 3;

const usd = (amount: string) => `$${formatAmount(amount)}`;

/** The notice of one status change, in the words of the path whose record it is (if any). */
export function noticeFor(
  transition: StatusTransition,
  settings: Settings,
  labels: NoticeLabels,
): Notice | undefined {
  return pathFollowing(transition.collection)?.notice(transition, settings, labels);
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Up to MAX_SEPARATE_NOTICES notices as they are; more become one summary naming the counts. */
export function coalesceNotices(notices: readonly Notice[]): Notice[] {
  if (notices.length <= MAX_SEPARATE_NOTICES) return [...notices];
  const of = (kind: NoticeKind) => notices.filter((n) => n.kind === kind);
  const completed = of('completed');
  const parts = [
    completed.length
      ? `${plural(completed.length, 'wire', 'wires')} completed (${usd(sumAmounts(completed.flatMap((n) => (n.usd ? [n.usd] : []))))})`
      : '',
    of('failed').length ? `${plural(of('failed').length, 'redemption', 'redemptions')} failed` : '',
    of('approved').length
      ? `${plural(of('approved').length, 'bank account', 'bank accounts')} approved`
      : '',
    of('rejected').length
      ? `${plural(of('rejected').length, 'bank account', 'bank accounts')} rejected`
      : '',
  ].filter(Boolean);
  const onlyAccounts = notices.every((n) => n.kind === 'approved' || n.kind === 'rejected');
  return [
    {
      ledgerKeys: notices.flatMap((n) => n.ledgerKeys),
      kind: of('failed').length ? 'failed' : 'completed',
      title: `${plural(notices.length, 'update', 'updates')} from Paxos`,
      body: `${parts.join(', ')}. Open Treasury Desk for the details.`,
      // No single item: the click opens the list itself.
      target: { screen: onlyAccounts ? 'bank-accounts' : 'activity', id: '' },
    },
  ];
}
