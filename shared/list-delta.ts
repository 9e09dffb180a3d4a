// Item-level deltas for the list slices of the state (profiles, bank accounts, rules, recent
// redemptions): one status update sends the changed item and the order of ids, not the whole
// list again. Pure, so main (diff) and the renderer (apply) share one definition.
export interface Identified {
  id: string;
}

export interface ListSlice<T extends Identified> {
  items: T[];
  asOf: string | null;
}

export interface ListDelta<T extends Identified> {
  asOf: string | null;
  /** Ids of the new list, in order. */
  order: string[];
  /** Items that are new or changed; every other id in `order` is unchanged. */
  upsert: T[];
}

export function diffList<T extends Identified>(
  previous: ListSlice<T>,
  next: ListSlice<T>,
): ListDelta<T> {
  const before = new Map(previous.items.map((item) => [item.id, JSON.stringify(item)]));
  return {
    asOf: next.asOf,
    order: next.items.map((item) => item.id),
    upsert: next.items.filter((item) => before.get(item.id) !== JSON.stringify(item)),
  };
}

/** The next list, or undefined if the delta names an item the receiver never had (resync). */
export function applyListDelta<T extends Identified>(
  previous: ListSlice<T>,
  delta: ListDelta<T>,
): ListSlice<T> | undefined {
  const known = new Map(previous.items.map((item) => [item.id, item]));
  for (const item of delta.upsert) known.set(item.id, item);
  const items: T[] = [];
  for (const id of delta.order) {
    const item = known.get(id);
    if (!item) return undefined;
    items.push(item);
  }
  return { items, asOf: delta.asOf };
}
