// Monthly statements: made in main from main's own sources (the desk's history, the balances
// Paxos reports now, the desk's previous reading), shown by the renderer as a print view, saved
// as CSV or as a PDF of that print view (main prints the window: page-printer.ts), each through
// the save dialog and audited. The renderer only names the profile and the month.
import { AppError } from '../../shared/app-error';
import type { Balance, Orchestration } from '../../shared/paxos/responses';
import type { StatementInput, StatementView } from '../../shared/statement';
import {
  LOOKBACK_DAYS,
  activityLabels,
  monthBounds,
  monthlyStatement,
  statementCsv,
  transfersById,
} from '../desk';
import type { OperatorContext } from './operator-context';

const DAY = 24 * 60 * 60 * 1000;
const PAGE = 500;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createStatementOperations(ctx: OperatorContext) {
  /** The profile's orchestrations from LOOKBACK_DAYS before the month to now, a page at a time. */
  async function history(profileId: string, month: string): Promise<Orchestration[]> {
    const from = new Date(monthBounds(month).start - LOOKBACK_DAYS * DAY).toISOString();
    const records: Orchestration[] = [];
    let cursor: string | undefined;
    do {
      const page = await ctx
        .desk()
        .records.query(
          'orchestrations',
          { profileId, from },
          { limit: PAGE, ...(cursor === undefined ? {} : { cursor }) },
        );
      records.push(...page.items.map((i) => i.record));
      cursor = page.nextCursor;
      await nextTurn();
    } while (cursor !== undefined);
    return records;
  }

  /** The desk's last reading of the profile's balances (its last sync), with its time. */
  async function lastReading(profileId: string) {
    const cached = (await ctx.desk().records.list('balances')).filter(
      (b) => b.record.profile_id === profileId,
    );
    if (cached.length === 0) return undefined;
    const at = cached
      .map((b) => b.fetchedAt)
      .sort()
      .at(-1)!;
    return { balances: cached.map((b) => b.record as Balance), at };
  }

  async function build({ profileId, month }: StatementInput): Promise<StatementView> {
    const state = ctx.state.get();
    const profile = state.profiles.items.find((p) => p.id === profileId);
    if (!profile)
      throw new AppError('not_found', 'That profile is not in this desk’s list of profiles.', {
        field: 'profileId',
      });
    const desk = ctx.desk();
    const orchestrations = await history(profileId, month);
    const earlier = await lastReading(profileId);
    // Read now from Paxos; offline, the last reading, and the statement says it is not reconciled.
    const live = await desk.live.balances(profileId);
    const readAt = ctx.now().toISOString();
    const paxos = live
      ? { balances: live, at: readAt, from: 'paxos_now' as const }
      : earlier
        ? { ...earlier, from: 'last_reading' as const }
        : undefined;
    if (!paxos)
      throw new AppError('network', 'Paxos could not be reached to read the balances.', {
        field: 'profileId',
      });
    const { start } = monthBounds(month);
    const legIdsInReach = orchestrations
      .filter((o) => Date.parse(o.updated_at ?? '') >= start)
      .flatMap((o) => [o.source_transfer?.transfer_id, o.destination_transfer?.transfer_id])
      .filter((id): id is string => !!id);
    const legs = transfersById(await desk.live.transfersByIds(legIdsInReach));
    const names = activityLabels({
      fiatAccounts: state.fiatAccounts.items,
      rules: state.rules.items,
      profiles: state.profiles.items,
    });
    return monthlyStatement({
      environment: state.environment,
      environmentLabel: state.environmentLabel,
      profileId,
      profileName: profile.nickname,
      month,
      now: ctx.now(),
      orchestrations,
      legs,
      paxos,
      earlier: live ? earlier : undefined,
      labels: names,
    });
  }

  const fileName = (s: StatementView, ext: string) =>
    `treasury-desk-statement-${s.environment}-${s.profileName.replace(/[^\w-]+/g, '-')}-${s.month}.${ext}`;

  async function save(s: StatementView, ext: 'csv' | 'pdf', content: string | Uint8Array) {
    const path = await ctx.saveFile(fileName(s, ext), content);
    if (!path)
      throw new AppError('validation', 'The statement was not saved: no file was chosen.', {
        field: 'path',
      });
    await ctx.desk().record({
      action: `statement.export_${ext}`,
      outcome: 'succeeded',
      details: {
        profileId: s.profileId,
        month: s.month,
        closing: Object.fromEntries(s.assets.map((a) => [a.asset, a.closing])),
        agrees: s.assets.every((a) => a.reconciliation.agrees !== false),
      },
    });
    return { path };
  }

  return {
    getMonthlyStatement: (input: StatementInput) => build(input),
    exportStatementCsv: async (input: StatementInput) => {
      const s = await build(input);
      return save(s, 'csv', statementCsv(s));
    },
    /** Prints the window, which shows the statement's print view, as the renderer asked. */
    exportStatementPdf: async (input: StatementInput) => {
      if (!ctx.pagePrinter)
        throw new AppError('unavailable', 'This window cannot print to PDF here.', {
          field: 'path',
        });
      const s = await build(input);
      return save(s, 'pdf', await ctx.pagePrinter.printPage({ landscape: false }));
    },
  };
}
