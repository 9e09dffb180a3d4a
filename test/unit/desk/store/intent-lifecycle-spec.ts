// The intent lifecycle from the outbox spec (issue 4, docs/architecture.md and the desk brief), written out
// independently of the implementation so tests compare the code against the spec.
export const LEGAL = new Set([
  'queued>sending',
  'queued>cancelled',
  'queued>needs_attention',
  'sending>submitted',
  'sending>failed',
  'sending>needs_attention',
  'sending>reconciling',
  'reconciling>submitted',
  'reconciling>queued',
  'reconciling>needs_attention',
  'submitted>completed',
  'submitted>failed',
  'needs_attention>queued',
  'needs_attention>cancelled',
  // Issue 11: the operator-decision model. A definite lookup settles an attention intent that
  // may have reached Paxos (found → submitted, absent → abandoned); abandoned can be sent again
  // under the same ref_id; cancelled or abandoned requests that turn up at Paxos follow it.
  'needs_attention>submitted',
  'needs_attention>abandoned',
  'abandoned>queued',
  'abandoned>submitted',
  'cancelled>submitted',
]);
