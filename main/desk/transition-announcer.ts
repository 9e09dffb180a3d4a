// Status changes found by a sync cycle, announced: an orchestration that ended settles the
// intent that created it, then each change the settings ask for becomes a notice, shown once.
import { isTerminalOrchestration } from '../../shared/paxos/status-meanings';
import type { Settings } from '../../shared/settings';
import { activityLabels } from './activity/activity-labels';
import type { Notifier, NotificationTarget } from './notify/notifier';
import {
  coalesceNotices,
  noticeFor,
  type Notice,
  type NoticeLabels,
} from './notify/transition-notices';
import type { Outbox } from './outbox/outbox';
import { failDetail } from './outbox/settle';
import type { CacheStore } from './store/cache/cache-store';
import type { NotificationLedger } from './store/notifications/notification-ledger';
import type { StatusTransition } from './sync/change-detector';
import { fiatAccountView, ruleView } from './views/to-views';

export interface Announcer {
  cache: Pick<CacheStore, 'list'>;
  ledger: Pick<NotificationLedger, 'markMany'>;
  outbox: Pick<Outbox, 'settleOrchestrations'>;
  settings: () => Settings;
  notifier: Notifier;
  onNotificationClick: (target: NotificationTarget) => void;
  onChange: () => void;
}

export async function announceTransitions(
  transitions: readonly StatusTransition[],
  to: Announcer,
): Promise<void> {
  const labels = await noticeLabels(to.cache);
  // Every ended orchestration settled in one call: the checks their completions need (a
  // conversion's credited leg) are read together, not one request each.
  const endings = transitions
    .filter((t) => t.collection === 'orchestrations' && isTerminalOrchestration(t.to.toUpperCase()))
    .map((t) => {
      const reason = failDetail(t.record);
      return { paxosId: t.id, status: t.to, ...(reason ? { reason } : {}) };
    });
  if (endings.length > 0) await to.outbox.settleOrchestrations(endings);
  const notices: Notice[] = [];
  for (const transition of transitions) {
    const notice = noticeFor(transition, to.settings(), labels);
    if (notice) notices.push(notice);
  }
  // One commit for the whole cycle's marks, made before anything is shown: a crash in
  // between loses notices rather than repeating them.
  const marked = await to.ledger.markMany(notices.flatMap((n) => n.ledgerKeys));
  const fresh = notices.filter((n) => n.ledgerKeys.some((key) => marked.has(key)));
  // Many from one cycle (back from a week offline, rules running) become one summary.
  for (const { title, body, target } of coalesceNotices(fresh)) {
    to.notifier.show({ title, body, target }, to.onNotificationClick);
  }
  to.onChange();
}

/** Bank account labels and rule nicknames from the cache, for notices that name their item. */
async function noticeLabels(cache: Pick<CacheStore, 'list'>): Promise<NoticeLabels> {
  const [accounts, rules] = await Promise.all([cache.list('fiatAccounts'), cache.list('rules')]);
  const views = activityLabels({
    fiatAccounts: accounts.map(({ record, fetchedAt }) => fiatAccountView(record, fetchedAt)),
    rules: rules.map(({ record, fetchedAt }) => ruleView(record, fetchedAt)),
    profiles: [],
  });
  return { bankAccount: views.bankAccount, rule: views.rule };
}
