// What a button says while its bridge call waits. A call that asks main's own confirmation
// spends nearly all of that time waiting for the operator's answer in main's dialog, not
// sending: "Sending…" there would say something is on its way when nothing has been decided.
// The page cannot see the dialog close, so the one label covers the short send after it too.
export const WAITING_FOR_CONFIRMATION = 'Waiting for your confirmation…';
