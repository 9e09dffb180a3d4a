// Which status transitions the operator hears about, and in what words. Each path words its own
// records' (paths/*/…-notice.ts): "Wire completed: $250,000.00 to Operating account ••••6789".
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

const plural = (n: number, noun: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? noun : `${noun}s`}`;

/** The summary names each group in this order: what ended well first. */
const KIND_ORDER: readonly NoticeKind[] = ['completed', 'failed', 'rejected', 'approved'];

/** What a click on a summary opens: the one list every notice in it belongs to, else Activity. */
function summaryScreen(notices: readonly Notice[]): Notice['target']['screen'] {
  const screens = new Set(notices.map((n) => n.target.screen));
  return screens.size === 1 ? [...screens][0]! : 'activity';
}

/**
 * Up to MAX_SEPARATE_NOTICES notices as they are; more become one summary counting each kind
 * of item by how it ended ("300 wires completed ($300,150.00), 2 conversions completed,
 * 1 redemption rejected"): a conversion is never counted as a wire.
 */
export function coalesceNotices(notices: readonly Notice[]): Notice[] {
  if (notices.length <= MAX_SEPARATE_NOTICES) return [...notices];
  const groups = new Map<string, Notice[]>();
  for (const kind of KIND_ORDER)
    for (const n of notices.filter((n) => n.kind === kind)) {
      const key = `${kind}\u0000${n.subject}`;
      groups.set(key, [...(groups.get(key) ?? []), n]);
    }
  const parts = [...groups.values()].map((group) => {
    const { kind, subject } = group[0]!;
    const amounts = group.flatMap((n) => (n.usd ? [n.usd] : []));
    const total = kind === 'completed' && amounts.length ? ` (${usd(sumAmounts(amounts))})` : '';
    return `${plural(group.length, subject)} ${kind}${total}`;
  });
  const bad = notices.some((n) => n.kind === 'failed' || n.kind === 'rejected');
  return [
    {
      ledgerKeys: notices.flatMap((n) => n.ledgerKeys),
      kind: bad ? 'failed' : 'completed',
      subject: 'update',
      title: `${plural(notices.length, 'update')} from Paxos`,
      body: `${parts.join(', ')}. Open Treasury Desk for the details.`,
      // No single item: the click opens the list itself.
      target: { screen: summaryScreen(notices), id: '' },
    },
  ];
}
