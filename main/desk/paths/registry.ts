// The money paths, one line each. Read this first when adding one.
//
// A money path is one way money (or where money may go) changes at Paxos: a redemption, an
// auto-redeem rule, a bank account; minting, conversions and USD withdrawals come next. Each has
// ONE home, a folder here, holding all of its parts:
//   - its request and the body sent to Paxos               <path>-request.ts
//   - its review (what the operator reads before deciding)  <path>-review*.ts
//   - its confirmation facts (rows, question, button, audit; environment-free: main/confirm
//     adds the environment and builds the dialog from them)  <path>-confirmation-facts.ts
//   - its routes: per intent kind, send, lookup by ref_id, the answer check (every answer that
//     closes an intent is checked against what was asked: ref_id, profile, asset, amount,
//     destination), what a wrong answer must undo, and the last check before it leaves
//   - the notice wording of its records' status changes        <path>-notice.ts
// and one `<path>-path.ts` that assembles it as a MoneyPath (money-path.ts).
//
// Who knows what: the outbox, the sync's notices and main's confirmation know the MoneyPath
// interface and this registry, never a path. The outbox calls `routeFor(kind)`, the notices
// `pathFollowing(collection)`, main/confirm takes its action names from `pathActions`. Only a
// path's own operator service (main/operator) calls its review, body and confirmation facts,
// through the desk's front door (main/desk/index.ts): their inputs differ per path, so they are
// named exports of its folder, not members of the interface.
//
// A new path: a new folder here, one line below, its exports in main/desk/index.ts, and its
// operator service and screen. Every IntentKind (store/intents/intent.ts) belongs to exactly one
// path: this file refuses to load otherwise, and test/unit/desk/paths/registry.test.ts checks it.
import { AppError } from '../../../shared/app-error';
import type { CacheCollection } from '../store/cache/cache-records';
import { intentKinds, type Intent, type IntentKind } from '../store/intents/intent';
import { bankAccountPath } from './bank-account/bank-account-path';
import { conversionPath } from './conversion/conversion-path';
import { fiatWithdrawalPath } from './fiat-withdrawal/fiat-withdrawal-path';
import type { MoneyPath, OutboxRoute, PrecheckCache, SendDay } from './money-path';
import { redemptionPath } from './redemption/redemption-path';
import { rulePath } from './rule/rule-path';

export const moneyPaths = [
  redemptionPath,
  conversionPath,
  rulePath,
  bankAccountPath,
  fiatWithdrawalPath,
] as const satisfies readonly MoneyPath[];

/** The decisions main confirms for the paths ("redemption.create", ...). */
export type PathAction = (typeof moneyPaths)[number]['actions'][number];
export const pathActions: readonly PathAction[] = moneyPaths.flatMap((path) => path.actions);

const routes = new Map<IntentKind, { path: MoneyPath; route: OutboxRoute }>();
for (const path of moneyPaths) {
  for (const route of path.routes) {
    if (routes.has(route.kind))
      throw new Error(`Two money paths send ${route.kind} intents: ${path.name} and another.`);
    routes.set(route.kind, { path, route });
  }
}
const unrouted = intentKinds.filter((kind) => !routes.has(kind));
if (unrouted.length) throw new Error(`No money path sends ${unrouted.join(', ')} intents.`);

function entryFor(kind: IntentKind) {
  const entry = routes.get(kind);
  if (!entry) throw new AppError('internal', `No money path sends ${kind} intents.`);
  return entry;
}

/** How an intent of this kind is sent, looked up by ref_id, and its answer checked. */
export const routeFor = (kind: IntentKind): OutboxRoute => entryFor(kind).route;

/** The path an intent kind belongs to. */
export const pathOf = (kind: IntentKind): MoneyPath => entryFor(kind).path;

/** Why a queued intent must be confirmed again before it is sent (on `day`), or undefined. */
export const precheckIntent = (cache: PrecheckCache, intent: Intent, day: SendDay) =>
  routeFor(intent.kind).precheck(cache, intent, day);

/** The path whose records of this collection the sync reports status changes of, if any. */
export function pathFollowing(collection: CacheCollection): MoneyPath['follows'] {
  const paths: readonly MoneyPath[] = moneyPaths;
  return paths.find((path) => path.follows?.collection === collection)?.follows;
}
