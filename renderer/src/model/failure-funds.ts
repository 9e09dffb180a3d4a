// Where the money of a failed redemption is now, from what Paxos reports and nothing more.
// Paxos documents that a failed orchestration's reserved funds are released back to the
// profile (ORCHESTRATION_UNRESERVE in its reports); it does not say in which asset when the
// conversion had already happened, nor for auto-redeem rules. So the words say exactly that.
// A redemption REJECTED during approval never started: its funds go back as they were.
import type { OrchestrationView } from '../../../shared/views';

export interface FailureFunds {
  /** One sentence for the detail: where the funds are. */
  where: string;
  /** What to do, when there is something to check. */
  advice?: string;
  returnedToProfile: boolean | 'unknown';
}

export function failureFunds(
  o: Pick<OrchestrationView, 'status' | 'ruleId' | 'sourceLeg' | 'destinationLeg'>,
  amount: string,
  profile: string,
): FailureFunds | undefined {
  const status = o.status.toUpperCase();
  if (status === 'REJECTED') {
    // Rejected while it waited for approval: it never started converting or wiring.
    return {
      where: `Paxos rejected it during approval, before anything was converted or wired: the ${amount} is released back to ${profile}.`,
      returnedToProfile: true,
    };
  }
  if (status !== 'FAILED') return undefined;
  const converted = o.sourceLeg?.status?.toUpperCase() === 'COMPLETED';
  const wireSent = o.destinationLeg?.status?.toUpperCase() === 'COMPLETED';
  if (wireSent) {
    return {
      where:
        'Paxos reports the wire as sent, yet the redemption as failed. The funds may be with the receiving bank.',
      advice: 'Contact Paxos support with the orchestration id before trying again.',
      returnedToProfile: 'unknown',
    };
  }
  if (o.ruleId) {
    return {
      where: `Paxos does not say where the funds of a failed auto-redeem go (the ${amount} deposit, or its USD).`,
      advice: `Check the balances of ${profile}; contact Paxos support with the orchestration id if they are not there.`,
      returnedToProfile: 'unknown',
    };
  }
  if (!converted) {
    return {
      where: `Nothing was converted: the ${amount} was released back to ${profile} and is available again.`,
      returnedToProfile: true,
    };
  }
  return {
    where: `The ${amount} was converted but the wire failed; Paxos returns the funds of a failed redemption to ${profile}.`,
    advice: `Check ${profile}'s balances before redeeming again: Paxos does not say whether they come back as USD or as the stablecoin.`,
    returnedToProfile: true,
  };
}
