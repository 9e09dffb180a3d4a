// The intent lifecycle from the outbox spec (issue 4, design.md and the desk brief), written out
// independently of the implementation so tests compare the code against the spec.
export const LEGAL = new Set([
  'queued>sending', 'queued>cancelled', 'queued>needs_attention',
  'sending>submitted', 'sending>failed', 'sending>needs_attention', 'sending>reconciling',
  'reconciling>submitted', 'reconciling>queued', 'reconciling>needs_attention',
  'submitted>completed', 'submitted>failed',
  'needs_attention>queued', 'needs_attention>cancelled',
]);
