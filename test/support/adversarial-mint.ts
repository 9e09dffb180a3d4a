// Issue 25 in the adversarial model: mints (USD → a stablecoin into another profile) and Convert
// & Hold rules (PENDING for approval, then ACTIVE or REJECTED; USD wires quoting an active rule's
// memo turned into rule-made mints) go through the same bridge handlers and fault proxy as the
// redemptions. Drawn on a seeded stream of their own (seed + 3), so the operator's other actions
// and the proxy's faults of an existing seed stay the sequence they were.
// What it adds to the model's invariants: a mint is a decision like a redemption (at most one
// orchestration per ref_id: the model's own checks, through `register`), a rule-made mint is no
// desk decision (the model leaves it out), and at most one rule per rule ref_id, none unknown.
import { SEED_IDS, type RunningSimulator } from '../../main/simulator';
import { seededRandom } from '../../main/simulator/random';

type Result = { ok: boolean; value?: unknown; error?: { code: string } };
type Bridge = Record<string, (input?: unknown) => Promise<Result>>;

export interface MintDeps {
  seed: number;
  sim: RunningSimulator;
  bridge: () => Bridge;
  inDemo: () => boolean;
  /** A decision the desk acknowledged: the model follows it like a redemption. */
  register(id: string, refId: string, mint: MintRequest): void;
  count(key: string): void;
}

export interface MintRequest {
  fromProfileId: string;
  fromAsset: 'USD';
  toProfileId: string;
  toAsset: 'USDC' | 'USDG';
  amount: string;
}

export function mintActor(deps: MintDeps) {
  const random = seededRandom(deps.seed + 3);
  const pick = <T>(items: readonly T[]): T | undefined =>
    items[Math.floor(random() * items.length)];
  /** Rule intents acknowledged: ref_id → id. */
  const rules = new Map<string, string>();
  const control = (path: string, body: unknown) =>
    fetch(`${deps.sim.url}/simulator/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  const mint = async () => {
    const request: MintRequest = {
      fromProfileId: SEED_IDS.defaultProfile,
      fromAsset: 'USD',
      toProfileId: SEED_IDS.payrollProfile,
      toAsset: pick(['USDC', 'USDG'] as const)!,
      amount: `${1 + Math.floor(random() * 90)}.${String(Math.floor(random() * 100)).padStart(2, '0')}`,
    };
    const r = await deps.bridge().submitConversion!(request);
    deps.count(r.ok ? 'mint:ok' : `mint:${r.error?.code}`);
    if (!r.ok) return;
    const v = r.value as { id: string; refId: string };
    deps.register(v.id, v.refId, request);
  };

  const holdRule = async () => {
    const r = await deps.bridge().createConvertHoldRule!({
      profileId: SEED_IDS.payrollProfile,
      asset: pick(['USDC', 'USDG'] as const)!,
      accountType: pick(['ABA', 'SWIFT'] as const)!,
    });
    deps.count(r.ok ? 'holdRule:ok' : `holdRule:${r.error?.code}`);
    if (r.ok) {
      const v = r.value as { id: string; refId: string };
      rules.set(v.refId, v.id);
    }
  };

  /** Rules wait for approval (or not); one waiting may be decided either way. */
  const ruleApprovals = () => {
    const mode = pick(['none', 'manual', 'approve', 'reject'] as const)!;
    deps.sim.control.setApprovals({
      rules: mode === 'approve' || mode === 'reject' ? { mode, afterMs: 0 } : { mode },
    });
    deps.count(`ruleApprovals:${mode}`);
    const waiting = deps.sim.control.snapshot().rules.filter((r) => r.status === 'PENDING');
    const rule = pick(waiting);
    if (!rule) return;
    const decision = random() < 0.5 ? 'approve' : 'reject';
    deps.sim.control.decideApproval({ kind: 'rule', id: String(rule.id), decision });
    deps.count(`ruleDecided:${decision}`);
  };

  /** A USD wire quoting an active Convert & Hold rule's memo: Paxos mints by itself. */
  const wire = async () => {
    const active = deps.sim.control
      .snapshot()
      .rules.filter((r) => r.status === 'ACTIVE' && memoOf(r) !== undefined);
    const rule = pick(active);
    if (!rule) return;
    const answer = await control('wire-deposits', { memo_id: memoOf(rule), amount: '25.00' });
    deps.count(answer.ok ? 'wire:minted' : `wire:${answer.status}`);
  };

  const acts: [number, () => Promise<void> | void][] = [
    [6, mint],
    [2, holdRule],
    [1, ruleApprovals],
    [2, wire],
  ];
  const total = acts.reduce((sum, [w]) => sum + w, 0);
  return {
    /** One step's chance of a mint-side action, on the mint stream only. */
    async maybeAct(): Promise<void> {
      if (random() >= 0.15 || !deps.inDemo()) return;
      let r = random() * total;
      for (const [w, act] of acts) if ((r -= w) < 0) return void (await act());
    },
    /** Rules at Paxos: at most one per rule request, none the desk did not ask for. */
    checkRules(fail: (what: string) => Error): number {
      const byRef = new Map<string, number>();
      for (const r of deps.sim.control.snapshot().rules) {
        const ref = String(r.ref_id);
        byRef.set(ref, (byRef.get(ref) ?? 0) + 1);
      }
      for (const [ref, n] of byRef) {
        if (!rules.has(ref)) throw fail(`rule with unknown ref_id ${ref}`);
        if (n > 1) throw fail(`${n} rules for one decision (${ref})`);
      }
      return byRef.size;
    },
  };
}

function memoOf(rule: Record<string, unknown>): string | undefined {
  const source = rule.source as { fiat?: { memo_id?: string } } | undefined;
  return source?.fiat?.memo_id;
}

/** A rule-made orchestration (a wire quoting a rule's memo): no desk decision. */
export const ruleMade = (o: { orchestration_rule_id?: unknown }) =>
  typeof o.orchestration_rule_id === 'string' && o.orchestration_rule_id !== '';
