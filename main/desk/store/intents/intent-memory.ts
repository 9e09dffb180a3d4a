// The intents held in memory (those not ended, and the recently ended): frozen, found by id or
// ref_id, and in send order (sorted once after each change, then shared).
import { deepFreeze } from '../deep-freeze';
import type { Intent } from './intent';
import { sendOrder } from './intent-reads';

export class IntentMemory {
  private readonly byId = new Map<string, Intent>();
  private readonly byRef = new Map<string, Intent>();
  private ordered: Intent[] | undefined;

  get(id: string): Intent | undefined {
    return this.byId.get(id);
  }

  findByRefId(refId: string): Intent | undefined {
    return this.byRef.get(refId);
  }

  /** Do not change the array: it is shared until the next change. */
  inOrder(): readonly Intent[] {
    this.ordered ??= [...this.byId.values()].sort(sendOrder);
    return this.ordered;
  }

  remember(intent: Intent): Intent {
    const frozen = deepFreeze(intent);
    const before = this.byId.get(frozen.id);
    if (before && before.refId !== frozen.refId) this.byRef.delete(before.refId);
    this.byId.set(frozen.id, frozen);
    this.byRef.set(frozen.refId, frozen);
    this.ordered = undefined;
    return frozen;
  }

  forget(intent: Intent): void {
    this.byId.delete(intent.id);
    this.byRef.delete(intent.refId);
    this.ordered = undefined;
  }
}
