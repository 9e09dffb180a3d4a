// The "as of" stamp of a list: when the collection was last refreshed from Paxos, moved forward
// to the newest item shown. A record fetched on its own (a redemption just submitted, a rule
// deposit seen in events) can be newer than the last full refresh; a stamp older than a row
// on screen would read as if that row had not been checked yet.
export function listAsOf(
  collectionAsOf: string | null | undefined,
  items: Iterable<{ fetchedAt?: string }>,
): string | null {
  let newest = collectionAsOf ?? null;
  for (const item of items) {
    if (item.fetchedAt && (newest === null || Date.parse(item.fetchedAt) > Date.parse(newest)))
      newest = item.fetchedAt;
  }
  return newest;
}
