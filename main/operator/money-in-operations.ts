// Money in: a profile's wire instructions (made once at Paxos, reused), the instruction sheet as
// a PDF of the print view, the wires the operator expects, and in Sandbox and Demo a simulated
// incoming wire. No money moves here, so there is no confirmation; each Paxos write is audited.
import { AppError } from '../../shared/app-error';
import { environmentLabels } from '../../shared/environment';
import type { RoutingType } from '../../shared/paxos/deposit-instructions';
import { profileName, wireInstructionsView } from '../desk';
import type { OperatorContext } from './operator-context';
import { requireCapability } from './require-capability';

interface ProfileAndType {
  profileId: string;
  routingType: RoutingType;
}

export function createMoneyInOperations(ctx: OperatorContext) {
  const names = async (profileId: string) => {
    const name = await profileName(ctx.desk().records, profileId);
    if (!name)
      throw new AppError('validation', 'Choose a profile to fund.', { field: 'profileId' });
    return { profileName: name, environmentLabel: environmentLabels[ctx.state.get().environment] };
  };
  const sheetName = (profile: string, type: string) =>
    `wire-instructions-${profile.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}-${type.toLowerCase()}.pdf`;

  return {
    getWireInstructions: async ({ profileId, routingType }: ProfileAndType) => {
      requireCapability(ctx, 'receiveWires');
      const named = await names(profileId);
      const found = await ctx.desk().incoming.instructions(profileId, routingType);
      void ctx.publishDesk();
      return wireInstructionsView(found, named);
    },

    /** The renderer shows the print view first; main prints the window and saves the PDF. */
    saveWireInstructionsSheet: async ({ profileId, routingType }: ProfileAndType) => {
      const printer = ctx.pagePrinter;
      if (!printer)
        throw new AppError('unavailable', 'This window cannot be printed to a PDF here.');
      const named = await names(profileId);
      const found = ctx.desk().incoming.cached(profileId, routingType);
      if (!found)
        throw new AppError('validation', 'Get the wire instructions for this profile first.', {
          field: 'profileId',
        });
      const pdf = await printer.printPage({ landscape: false });
      const path = await ctx.saveFile(sheetName(named.profileName, routingType), pdf);
      if (!path) return { saved: false as const };
      await ctx.desk().record({
        action: 'wire_instructions.sheet',
        outcome: 'info',
        details: { profileId, routingType, memoId: found.record.memo_id, path, bytes: pdf.length },
      });
      return { saved: true as const, path };
    },

    noteExpectedWire: async (
      input: ProfileAndType & { amount: string; expectedOn: string; note: string },
    ) => {
      await names(input.profileId);
      const wire = await ctx.desk().incoming.noteExpected(input);
      await ctx.publishDesk();
      return { id: wire.id, memoId: wire.memoId };
    },

    removeExpectedWire: async ({ id }: { id: string }) => {
      await ctx.desk().incoming.removeExpected(id);
      await ctx.publishDesk();
      return { done: true as const };
    },

    simulateIncomingWire: async ({
      profileId,
      routingType,
      amount,
    }: ProfileAndType & { amount: string }) => {
      const environment = ctx.state.get().environment;
      if (environment === 'production')
        throw new AppError('validation', 'Wires can only be simulated in Sandbox and Demo.', {
          field: 'amount',
        });
      requireCapability(ctx, 'sandboxWires');
      await names(profileId);
      const memoId = await ctx.desk().incoming.simulateWire(profileId, routingType, amount);
      // The wire shows up as an event: a light cycle reads it (and the next full one anyway).
      void ctx
        .desk()
        .readNewEvents()
        .then(() => ctx.publishDesk())
        .catch(() => undefined);
      return { memoId };
    },
  };
}
