// The notice of an orchestration's status change, by what the orchestration does: a redemption
// to a bank is worded as a wire (redemption-notice.ts), anything else by its kind
// (movement-notice.ts). Every orchestration on the account goes through here, whether the desk
// made it or not, so the kind is read from the record itself (shared/paxos/orchestration-kind.ts).
import {
  orchestrationKind,
  type OrchestrationShape,
} from '../../../../shared/paxos/orchestration-kind';
import type { Settings } from '../../../../shared/settings';
import type { StatusTransition } from '../../sync/change-detector';
import type { Notice, NoticeLabels } from '../path-notice';
import { movementNotice } from './movement-notice';
import { redemptionNotice } from './redemption-notice';

export function orchestrationNotice(
  t: StatusTransition,
  settings: Settings,
  labels: NoticeLabels,
): Notice | undefined {
  const kind = orchestrationKind(t.record as OrchestrationShape);
  return kind === 'redemption'
    ? redemptionNotice(t, settings, labels)
    : movementNotice(t, kind, settings, labels);
}
