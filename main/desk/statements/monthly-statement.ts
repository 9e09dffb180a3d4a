// A profile's monthly statement from the desk's history and Paxos's balances. Paxos keeps no
// balance history the API can read (only the balance now), so the statement is anchored on the
// balance Paxos reports when it is made and walked back through the movements the desk knows
// (balance-effects.ts):
//   closing = Paxos's balance now − the movements after the month's end (up to that reading)
//   opening = closing − the month's movements
// and reconciled: the desk's previous reading of the same balance plus the movements it knows
// since must equal what Paxos reports now. A difference is shown, with what it means (a deposit,
// a withdrawal or a transfer made outside the desk's orchestrations, or history not yet synced).
import { AppError } from '../../../shared/app-error';
import { fixedDecimals } from '../../../shared/fixed-decimals';
import type { Balance, Orchestration, Transfer } from '../../../shared/paxos/responses';
import { addAmounts, isZeroAmount, subtractAmounts, sumAmounts } from '../../../shared/money';
import type { StatementAsset, StatementMovement, StatementView } from '../../../shared/statement';
import { destinationText, type ActivityLabels } from '../activity/activity-labels';
import { orchestrationView } from '../views/to-views';
import { balanceEffects, type BalanceEffect } from './balance-effects';

export interface StatementSources {
  environment: string;
  environmentLabel: string;
  profileId: string;
  profileName: string;
  month: string;
  now: Date;
  /** The profile's orchestrations from before the month (a return can follow weeks later) to now. */
  orchestrations: readonly Orchestration[];
  legs: ReadonlyMap<string, Transfer> | undefined;
  /** The balances the statement is anchored on, and whether Paxos was asked now. */
  paxos: { balances: readonly Balance[]; at: string; from: 'paxos_now' | 'last_reading' };
  /** The desk's previous reading (its last sync), to reconcile with. */
  earlier: { balances: readonly Balance[]; at: string } | undefined;
  labels: ActivityLabels;
}

/** How far before the month an orchestration is read: a failed wire's return can come later. */
export const LOOKBACK_DAYS = 35;

export function monthBounds(month: string): { start: number; end: number } {
  const [year = 0, m = 1] = month.split('-').map(Number);
  return { start: Date.UTC(year, m - 1, 1), end: Date.UTC(year, m, 1) };
}

const ms = (iso: string) => Date.parse(iso);
const balanceOf = (b: Balance | undefined) =>
  b ? addAmounts(b.available ?? '0', b.trading ?? '0') : '0';
const find = (list: readonly Balance[], asset: string) =>
  list.find((b) => (b.asset ?? '').toUpperCase() === asset);

const WHAT: Record<BalanceEffect['what'], string> = {
  sent: '',
  returned: 'Returned to the profile',
  received: 'Received into the profile',
  fee: 'Fee',
};

function describe(e: BalanceEffect, labels: ActivityLabels): { what: string; detail?: string } {
  const o = e.orchestration;
  const view = orchestrationView(o, o.updated_at ?? '');
  const what = e.what === 'sent' ? view.kindLabel : `${WHAT[e.what]} (${view.kindLabel})`;
  const bank = view.fiatAccountId;
  if (bank) return { what, detail: destinationText(labels.bankAccount(bank, o.created_at), bank) };
  const to = o.destination?.profile?.profile_id;
  if (to) return { what, detail: `Profile ${labels.profile(to) ?? to}` };
  const address = o.destination?.crypto?.address;
  return address ? { what, detail: `Address ${address}` } : { what };
}

function reconcile(
  asset: string,
  reported: string,
  s: StatementSources,
  effects: readonly BalanceEffect[],
): StatementAsset['reconciliation'] {
  if (s.paxos.from === 'last_reading')
    return {
      verdict: `Not reconciled: Paxos could not be reached. Balances are the desk's last reading (${s.paxos.at}).`,
    };
  if (!s.earlier)
    return { verdict: 'Not reconciled: the desk has no earlier reading of this balance.' };
  const earlierReading = balanceOf(find(s.earlier.balances, asset));
  const since = effects.filter(
    (e) => e.asset === asset && ms(e.at) > ms(s.earlier!.at) && ms(e.at) <= ms(s.paxos.at),
  );
  const expected = addAmounts(earlierReading, sumAmounts(since.map((e) => e.amount)));
  const difference = subtractAmounts(reported, expected);
  const agrees = isZeroAmount(difference);
  return {
    earlierReading: fixedDecimals(earlierReading, asset),
    earlierAt: s.earlier.at,
    expected: fixedDecimals(expected, asset),
    difference: fixedDecimals(difference, asset),
    agrees,
    verdict: agrees
      ? `Agrees: the desk's reading of ${s.earlier.at} plus the movements it knows since equals what Paxos reports.`
      : `Differs by ${fixedDecimals(difference, asset)} ${asset}: Paxos's balance moved in a way this desk's history does not show (a deposit, a withdrawal or a transfer made elsewhere, or history not yet synced). Check the Paxos Dashboard.`,
  };
}

export function monthlyStatement(s: StatementSources): StatementView {
  const { start, end } = monthBounds(s.month);
  if (start > s.now.getTime())
    throw new AppError('validation', 'That month has not begun yet.', { field: 'month' });
  const at = ms(s.paxos.at);
  const effects = s.orchestrations
    .flatMap((o) => balanceEffects(o, s.profileId, s.legs))
    .filter((e) => Number.isFinite(ms(e.at)))
    .sort((a, b) => ms(a.at) - ms(b.at));
  const inPeriod = (e: BalanceEffect) => ms(e.at) >= start && ms(e.at) < end;
  const assets = new Set([
    ...s.paxos.balances.map((b) => (b.asset ?? '').toUpperCase()).filter(Boolean),
    ...effects.filter(inPeriod).map((e) => e.asset),
  ]);
  const statementAssets = [...assets].sort().map((asset): StatementAsset => {
    const fixed = (v: string) => fixedDecimals(v, asset);
    const mine = effects.filter((e) => e.asset === asset);
    const reported = balanceOf(find(s.paxos.balances, asset));
    const after = mine.filter((e) => ms(e.at) >= end && ms(e.at) <= at);
    const afterPeriod = sumAmounts(after.map((e) => e.amount));
    const closing = subtractAmounts(reported, afterPeriod);
    const month = mine.filter((e) => inPeriod(e) && ms(e.at) <= at);
    const opening = subtractAmounts(closing, sumAmounts(month.map((e) => e.amount)));
    let running = opening;
    const movements = month.map((e): StatementMovement => {
      running = addAmounts(running, e.amount);
      const o = e.orchestration;
      return {
        at: e.at,
        ...describe(e, s.labels),
        status: o.status || 'UNKNOWN',
        amount: fixed(e.amount),
        balanceAfter: fixed(running),
        orchestrationId: o.id,
        ...(o.ref_id ? { refId: o.ref_id } : {}),
      };
    });
    const part = (what: BalanceEffect['what'][]) =>
      sumAmounts(month.filter((e) => what.includes(e.what)).map((e) => e.amount)).replace(/^-/, '');
    return {
      asset,
      opening: fixed(opening),
      credits: fixed(part(['returned', 'received'])),
      debits: fixed(part(['sent'])),
      fees: fixed(part(['fee'])),
      closing: fixed(closing),
      movements,
      paxosBalance: fixed(reported),
      afterPeriod: fixed(afterPeriod),
      reconciliation: reconcile(asset, reported, s, effects),
    };
  });
  const asOf = s.paxos.at;
  return {
    environment: s.environment,
    environmentLabel: s.environmentLabel,
    profileId: s.profileId,
    profileName: s.profileName,
    month: s.month,
    periodStart: new Date(start).toISOString(),
    periodEnd: new Date(end).toISOString(),
    generatedAt: s.now.toISOString(),
    balancesFrom: s.paxos.from,
    balancesAsOf: asOf,
    method: [
      'The month is a calendar month in UTC, as Paxos stamps its records.',
      `Closing balance = the balance Paxos reports (available + trading) at ${asOf}, minus the movements after the month's end up to then.`,
      "Opening balance = closing balance minus the month's movements.",
      'Movements: redemptions and conversions from this profile when Paxos created them (funds are reserved at once), their return if they failed, conversions into this profile when completed, and fees Paxos reports on their transfers.',
      "Deposits, withdrawals and transfers made outside orchestrations are not in the desk's history: one made since the desk's previous reading shows as a difference in the reconciliation.",
    ],
    assets: statementAssets,
  };
}
