// Human words for the codes Paxos and the desk use. The code itself stays available (a badge's
// tooltip, the detail, data attributes for tests); an unknown code is shown as it came.
export type LabelKind = 'orchestration-status';

const words: Record<LabelKind, Record<string, string>> = {
  'orchestration-status': {
    PROCESSING: 'In progress',
    PENDING_APPROVAL: 'Awaiting approval',
    COMPLETED: 'Completed',
    FAILED: 'Failed',
  },
};

export function labelFor(kind: LabelKind, code: string | undefined): string {
  if (!code) return '—';
  return words[kind][code.toUpperCase()] ?? code;
}
