// Which capabilities this client asks scopes for, and which are off and why. It starts from
// the capabilities wanted (the operator's setting, or what Paxos says the credential holds) and
// only ever turns capabilities off: a refused or ungranted scope turns off every capability that
// needs it, and the token is asked for again without it.
import {
  ALL_CAPABILITIES,
  CAPABILITIES,
  lacking,
  scopesOf,
  type Capability,
  type CapabilityStatus,
} from './capabilities';
import { PAXOS_SCOPES, type PaxosScope } from './scopes';

export class CapabilityAccess {
  private readonly off = new Map<Capability, string>();
  /** Scopes Paxos refused or did not grant: named when no capability is left. */
  private readonly missing = new Set<string>();

  constructor(wanted: readonly Capability[] = ALL_CAPABILITIES) {
    for (const c of ALL_CAPABILITIES)
      if (!wanted.includes(c)) this.off.set(c, 'Turned off in Settings.');
  }

  enabled(): Capability[] {
    return ALL_CAPABILITIES.filter((c) => !this.off.has(c));
  }

  /** The scopes to ask for: the union of the enabled capabilities' scopes. */
  scopes(): PaxosScope[] {
    return scopesOf(this.enabled());
  }

  isOn(capability: Capability): boolean {
    return !this.off.has(capability);
  }

  reasonOff(capability: Capability): string | undefined {
    return this.off.get(capability);
  }

  /** Turns off every enabled capability needing one of `scopes`; returns those turned off. */
  refuse(scopes: readonly string[], why: (missing: string[]) => string): Capability[] {
    const hit = this.enabled().filter(
      (c) => lacking(c, new Set(scopes)).length < CAPABILITIES[c].scopes.length,
    );
    for (const s of scopes) this.missing.add(s);
    for (const c of hit) {
      const missing = CAPABILITIES[c].scopes.filter((s) => scopes.includes(s));
      this.off.set(c, why(missing));
    }
    return hit;
  }

  turnOff(capability: Capability, reason: string, scopes: readonly string[] = []): void {
    for (const s of scopes) this.missing.add(s);
    this.off.set(capability, reason);
  }

  /** The scopes found missing so far, in the order of the scope table (PAXOS_SCOPES). */
  missingScopes(): PaxosScope[] {
    return PAXOS_SCOPES.filter((s) => this.missing.has(s));
  }

  report(): CapabilityStatus[] {
    return ALL_CAPABILITIES.map((name) => {
      const reason = this.off.get(name);
      return { name, label: CAPABILITIES[name].label, on: !reason, ...(reason ? { reason } : {}) };
    });
  }
}
