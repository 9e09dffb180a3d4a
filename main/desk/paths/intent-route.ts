// Turns a path's typed route into what the outbox calls: the intent's kind is checked before
// its payload is read, and every answer that closes an intent, sent or looked up, is checked
// against what the intent asked for before the outbox may take it as done.
import { AppError } from '../../../shared/app-error';
import type { PaxosClient } from '../../paxos';
import type { PaxosRecord } from '../store/cache/cache-records';
import type { Intent, IntentKind } from '../store/intents/intent';
import { mismatchError } from './answer-mismatch';
import type { Delivered, IntentOf, IntentRoute, OutboxRoute, TransferReader } from './money-path';

function isKind<K extends IntentKind>(intent: Intent, kind: K): intent is IntentOf<K> {
  return intent.kind === kind;
}

export function intentRoute<K extends IntentKind>(route: IntentRoute<K>): OutboxRoute {
  const typed = (intent: Intent): IntentOf<K> => {
    if (isKind(intent, route.kind)) return intent;
    throw new AppError('internal', `A ${intent.kind} intent was dispatched as ${route.kind}.`, {
      refId: intent.refId,
    });
  };
  const checked = async (
    client: PaxosClient,
    intent: IntentOf<K>,
    delivered: Delivered,
  ): Promise<Delivered> => {
    const wrong = route.checkAnswer(intent, delivered);
    if (!wrong) return delivered;
    // What a wrong answer left live (a rule wiring elsewhere) must not stay: undone at once.
    const deleted = await route.undoWrongAnswer?.(client, delivered);
    throw mismatchError(intent, wrong, {
      paxosId: delivered.paxosId,
      ...(deleted === undefined ? {} : { deleted }),
    });
  };
  return {
    kind: route.kind,
    send: async (client, intent) => {
      const asked = typed(intent);
      return checked(client, asked, await route.send(client, asked));
    },
    lookup: async (client, intent) => {
      const asked = typed(intent);
      const found = await route.lookup(client, asked);
      return found && checked(client, asked, found);
    },
    precheck: async (cache, intent, day) => route.precheck?.(cache, typed(intent), day),
    mismatch: (intent, delivered) => route.checkAnswer(typed(intent), delivered),
    ...completionOf(route, typed),
  };
}

/** Resending these is harmless (PUT, DELETE), so "look up" means "send again". */
export const resendToLookUp =
  <K extends IntentKind>(send: IntentRoute<K>['send']): IntentRoute<K>['lookup'] =>
  (client, intent) =>
    send(client, intent);

/** The route's completion check with the intent's kind checked first, when it has one. */
function completionOf<K extends IntentKind>(
  route: IntentRoute<K>,
  typed: (intent: Intent) => IntentOf<K>,
): Pick<OutboxRoute, 'checkCompletion'> {
  const check = route.checkCompletion;
  if (!check) return {};
  return {
    checkCompletion: (legs: TransferReader, intent: Intent, record: PaxosRecord) =>
      check(legs, typed(intent), record),
  };
}
