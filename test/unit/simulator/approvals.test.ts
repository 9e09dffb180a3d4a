// The 2026 approval flow without HTTP: ad-hoc orchestrations and rules that wait in PENDING,
// decided by time (approve / reject after N ms) or by the control (manual), and rules that
// convert no deposit until ACTIVE.
import { describe, expect, it } from 'vitest';
import { decideApproval } from '../../../main/simulator/approval-lifecycle';
import { NO_APPROVALS, parseApprovalMode } from '../../../main/simulator/approvals';
import { SimClock } from '../../../main/simulator/clock';
import { injectDeposit } from '../../../main/simulator/handlers/deposits';
import { createOrchestration } from '../../../main/simulator/handlers/orchestrations';
import { createRule } from '../../../main/simulator/handlers/rules';
import { runDue, settle } from '../../../main/simulator/lifecycle';
import { QueryReader } from '../../../main/simulator/query';
import { seededRandom } from '../../../main/simulator/random';
import { SEED_IDS, seedState } from '../../../main/simulator/seed';
import type { JsonObject } from '../../../main/simulator/types';
import type { World } from '../../../main/simulator/world';

function world(approvals: Partial<World['approvals']>) {
  let now = Date.parse('2026-08-01T14:00:00Z');
  const clock = new SimClock(() => now);
  const w: World = {
    state: seedState(clock, true),
    clock,
    random: seededRandom(7),
    timing: { fiatApprovalMs: 1000, orchestrationStepMs: 100 },
    approvals: { ...NO_APPROVALS, ...approvals },
    pendingFailures: [],
    touch: () => undefined,
  };
  const advance = (ms: number) => {
    now += ms;
    runDue(w);
  };
  return { w, advance };
}
const req = (body: unknown) => ({
  params: {},
  query: new QueryReader(new URLSearchParams()),
  body,
});
const usdg = (w: World) =>
  w.state.profiles.find((p) => p.data.id === SEED_IDS.operatingProfile)!.balances.USDG;
const redeem = (w: World, ref: string) =>
  createOrchestration(
    w,
    req({
      ref_id: ref,
      source_asset: 'USDG',
      destination_asset: 'USD',
      source_amount: '1000',
      source: { profile: { profile_id: SEED_IDS.operatingProfile } },
      destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
    }),
  ).body as JsonObject & { id: string };
const rule = (w: World, ref: string) =>
  (
    createRule(
      w,
      req({
        ref_id: ref,
        profile_id: SEED_IDS.defaultProfile,
        source_asset: 'USDC',
        destination_asset: 'USD',
        source: { crypto: { network: 'ETHEREUM' } },
        destination: { fiat: { fiat_account_id: SEED_IDS.operatingBankAccount } },
      }),
    ).body as { rule: JsonObject & { id: string } }
  ).rule;
const eventTypes = (w: World) => w.state.events.map((e) => e.data.type);

describe('orchestrations that wait for approval', () => {
  it('PENDING (funds held, no step taken), then approved → PROCESSING → COMPLETED', () => {
    const { w, advance } = world({ orchestrations: { mode: 'approve', afterMs: 500 } });
    const o = redeem(w, 'p1');
    expect(o.status).toBe('PENDING');
    expect(usdg(w)).toBe('2999000');
    advance(400);
    expect(o.status).toBe('PENDING');
    expect((o.source_transfer as JsonObject).status).toBe('PENDING');
    advance(100);
    expect(o.status).toBe('PROCESSING');
    settle(w);
    expect(o.status).toBe('COMPLETED');
    expect(eventTypes(w)).toEqual([
      'orchestration.pending',
      'orchestration.processing',
      'transfer.wire_withdrawal.pending',
      'transfer.wire_withdrawal.completed',
      'orchestration.completed',
    ]);
  });

  it('PENDING, then REJECTED: terminal, fail_reason says why, the funds come back', () => {
    const { w, advance } = world({
      orchestrations: { mode: 'reject', afterMs: 200, reason: 'second approver declined' },
    });
    const o = redeem(w, 'p2');
    advance(200);
    expect(o).toMatchObject({
      status: 'REJECTED',
      fail_reason: { detail: 'second approver declined' },
      source_transfer: { status: 'FAILED' },
    });
    expect(usdg(w)).toBe('3000000');
    settle(w);
    expect(o.status).toBe('REJECTED');
    expect(w.state.transfers.some((t) => t.data.type === 'WIRE_WITHDRAWAL')).toBe(false);
    expect(eventTypes(w)).toEqual(['orchestration.pending', 'orchestration.rejected']);
  });

  it('manual: PENDING until the control decides; settle() does not decide it', () => {
    const { w } = world({ orchestrations: { mode: 'manual' } });
    const approved = redeem(w, 'm1');
    const rejected = redeem(w, 'm2');
    settle(w);
    expect([approved.status, rejected.status]).toEqual(['PENDING', 'PENDING']);
    decideApproval(w, { kind: 'orchestration', id: approved.id, decision: 'approve' });
    decideApproval(w, { kind: 'orchestration', id: rejected.id, decision: 'reject' });
    settle(w);
    expect([approved.status, rejected.status]).toEqual(['COMPLETED', 'REJECTED']);
    expect(rejected.fail_reason).toEqual({ detail: 'rejected during approval (simulated)' });
    expect(() =>
      decideApproval(w, { kind: 'orchestration', id: approved.id, decision: 'reject' }),
    ).toThrow(/is COMPLETED, not PENDING/);
    expect(() => decideApproval(w, { kind: 'rule', id: 'nope', decision: 'approve' })).toThrow(
      /no rule found/,
    );
  });

  it('without a switch nothing waits (the pre-2026 behaviour)', () => {
    const { w } = world({});
    expect(redeem(w, 'n1').status).toBe('PROCESSING');
    expect(rule(w, 'n2').status).toBe('ACTIVE');
  });
});

describe('rules that wait for approval', () => {
  it('PENDING converts no deposit; once ACTIVE the next deposit becomes an orchestration', () => {
    const { w, advance } = world({ rules: { mode: 'approve', afterMs: 1000 } });
    const r = rule(w, 'r1');
    expect(r.status).toBe('PENDING');
    expect(r.source).toMatchObject({ crypto: { network: 'ETHEREUM' } });
    const early = injectDeposit(w, { rule_id: r.id, amount: '10' });
    expect(early.orchestration).toBeNull();
    expect(early.transfer.status).toBe('COMPLETED'); // credited to the profile unconverted
    advance(1000);
    expect(r.status).toBe('ACTIVE');
    const later = injectDeposit(w, { rule_id: r.id, amount: '10' });
    expect(later.orchestration).toMatchObject({ orchestration_rule_id: r.id });
  });

  it('PENDING → REJECTED, terminal: deposits are credited, never converted', () => {
    const { w, advance } = world({ rules: { mode: 'reject', afterMs: 50 } });
    const r = rule(w, 'r2');
    advance(50);
    expect(r.status).toBe('REJECTED');
    expect(injectDeposit(w, { rule_id: r.id, amount: '5' }).orchestration).toBeNull();
    expect(w.state.orchestrations).toEqual([]);
  });

  it('manual: decided through the control', () => {
    const { w } = world({ rules: { mode: 'manual' } });
    const r = rule(w, 'r3');
    settle(w);
    expect(r.status).toBe('PENDING');
    expect(decideApproval(w, { kind: 'rule', id: r.id, decision: 'approve' }).status).toBe(
      'ACTIVE',
    );
  });
});

describe('the approval switch as the control endpoint reads it', () => {
  it('accepts the four modes and refuses anything else with a 400', () => {
    expect(parseApprovalMode({ mode: 'none' }, 'rules')).toEqual({ mode: 'none' });
    expect(parseApprovalMode({ mode: 'approve', afterMs: 5 }, 'rules')).toEqual({
      mode: 'approve',
      afterMs: 5,
    });
    expect(parseApprovalMode({ mode: 'reject', reason: 'no' }, 'o')).toEqual({
      mode: 'reject',
      reason: 'no',
    });
    expect(parseApprovalMode({ mode: 'manual' }, 'o')).toEqual({ mode: 'manual' });
    expect(() => parseApprovalMode({ mode: 'sometimes' }, 'rules')).toThrow(/rules.mode must be/);
    expect(() => parseApprovalMode({ mode: 'approve', afterMs: -1 }, 'o')).toThrow(/afterMs/);
  });
});
