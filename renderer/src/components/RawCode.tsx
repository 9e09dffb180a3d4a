// A code exactly as Paxos (or main) sent it, shown in a detail next to its words, for support
// calls: "Completed (COMPLETED)". Marked `data-raw-code`: the only place a raw code may be read
// on screen (the no-raw-codes test skips it); lists and forms use words with the code as a tooltip.
export function RawCode({ code, what }: { code: string | undefined; what: string }) {
  if (!code) return null;
  return (
    <span className="muted mono" data-raw-code title={`${what} as Paxos sends it`}>
      ({code})
    </span>
  );
}
