// The light step of every cycle: new events from Paxos (at most 100 a page, following
// page_cursor), then one List Orchestrations per 100 orchestrations they name, never one GET per
// in-flight item. All pages are read before anything is listed: an orchestration named on
// several pages is listed once. After each list call its transitions are kept (ctx.found) and
// the cursor moves past every event whose orchestration has now been listed, so a list call that
// fails later loses nothing already stored and the next cycle resumes just there. A page that
// fails stops the step before anything was stored: the next cycle reads those pages again.
import type { PaxosEvent } from '../../../shared/paxos/responses';
import { chunks, storeOrchestrations, type StepContext } from './refresh-steps';

/** Where a first walk starts when the cursor has no mark yet. */
const FIRST_LOOK_BACK_MS = 60_000;
const LIST_BATCH = 100;

export async function applyNewEvents(ctx: StepContext): Promise<void> {
  const since = ctx.cursor.mark ?? new Date(ctx.now().getTime() - FIRST_LOOK_BACK_MS).toISOString();
  const fresh: PaxosEvent[] = [];
  for await (const page of ctx.client.iterateEventPages(since))
    fresh.push(...page.filter((event) => !ctx.cursor.isSeen(event.id, event.created_at)));
  // Wires in and out are read by the same one List Transfers (incoming-sync.ts).
  if (fresh.some((event) => /^transfer\.wire_(deposit|withdrawal)\./.test(event.type)))
    ctx.sawWireDeposits = true;
  const ids = fresh.map(orchestrationId);
  const listed = new Set<string>();
  let done = 0;
  for (const chunk of chunks([...new Set(ids.filter((id) => id !== undefined))], LIST_BATCH)) {
    const page = await ctx.client.listOrchestrations({ orchestration_id: chunk, limit: 100 });
    await storeOrchestrations(ctx, page.items, true);
    for (const id of chunk) listed.add(id);
    // The longest run of events from the start whose orchestrations are all listed now.
    let upTo = done;
    while (upTo < fresh.length && (ids[upTo] === undefined || listed.has(ids[upTo]!))) upTo += 1;
    await ctx.cursor.advance(fresh.slice(done, upTo), { now: ctx.now() });
    done = upTo;
  }
  await ctx.cursor.advance(fresh.slice(done), { now: ctx.now() });
}

/** The orchestration whose status the event says changed, if it is about one. */
function orchestrationId(event: PaxosEvent): string | undefined {
  const objectId = typeof event.object?.id === 'string' ? event.object.id : undefined;
  const aboutOrchestration =
    event.object_type === 'orchestration_status_change' || event.type.startsWith('orchestration.');
  return aboutOrchestration ? objectId : undefined;
}
