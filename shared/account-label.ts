// Which label a bank account had at a given time. Labels are local to this desk and keep their
// history (main/desk/bank-accounts/local-labels.ts), so a redemption is shown, searched and
// exported under the label its account had when the redemption was created, not today's.
// Pure: used by main (search, CSV) and the renderer (rows, drawer) so all read the same words.

export interface LabelChange {
  label: string;
  /** When this label took effect (ISO); absent for the account's first label (Paxos's own). */
  since?: string;
}

export interface LabeledAccount {
  /** The label in use now. */
  label: string;
  /** Oldest first; absent when the account was never renamed here. */
  labelHistory?: readonly LabelChange[];
}

/** One label with the created-at range (epoch ms, from inclusive, before exclusive) it covers. */
export interface LabelSpan {
  label: string;
  fromMs?: number;
  beforeMs?: number;
}

const ms = (iso: string | undefined) => (iso === undefined ? Number.NaN : Date.parse(iso));

/** The label in effect at `at` (ISO time); the current one when `at` is absent or unreadable. */
export function labelAt(account: LabeledAccount, at: string | undefined): string {
  const history = account.labelHistory;
  const t = ms(at);
  if (!history || history.length === 0 || !Number.isFinite(t)) return account.label;
  // Times are compared as instants: "…00Z" and "…00.000Z" are the same moment.
  let label = history[0]!.label;
  for (const change of history) {
    const since = ms(change.since);
    if (change.since === undefined || (Number.isFinite(since) && since <= t)) label = change.label;
  }
  return label;
}

/** Each label with the range of creation times it names (for search on what the list shows). */
export function labelSpans(account: LabeledAccount): LabelSpan[] {
  const history = account.labelHistory;
  if (!history || history.length === 0) return [{ label: account.label }];
  return history.map((change, i) => {
    const from = ms(change.since);
    const next = ms(history[i + 1]?.since);
    return {
      label: change.label,
      ...(Number.isFinite(from) ? { fromMs: from } : {}),
      ...(Number.isFinite(next) ? { beforeMs: next } : {}),
    };
  });
}

/** "••••6789": how every screen, notice, confirmation and export writes an account's last 4. */
export function maskedLast4(last4: string): string {
  return `••••${last4}`;
}
