// One colour language for every Paxos status badge: green settled, blue moving, red refused or
// failed, grey gone. Paxos enums are open, so an unknown status gets the neutral tone and is
// shown exactly as Paxos wrote it.
export type StatusTone = 'ok' | 'pending' | 'bad' | 'muted' | 'neutral';

const tones: Record<string, StatusTone> = {
  APPROVED: 'ok',
  COMPLETED: 'ok',
  ACTIVE: 'ok',
  PENDING: 'pending',
  PROCESSING: 'pending',
  PENDING_APPROVAL: 'pending',
  REJECTED: 'bad',
  FAILED: 'bad',
  DELETED: 'muted',
  CANCELLED: 'muted',
};

export function statusTone(status: string): StatusTone {
  return tones[status.toUpperCase()] ?? 'neutral';
}
