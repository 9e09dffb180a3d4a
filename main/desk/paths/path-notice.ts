// A notice as a path words it: one status change of one of its records, named so the operator
// knows which ("Wire completed: $250,000.00 to Operating account ••••6789"). The ledger keys make
// each announced once; notify/transition-notices.ts coalesces many into one summary.
import type { z } from 'zod';
import type { NoticeTargetSchema } from '../../../shared/state';
import type { DestinationLabel } from '../activity/activity-labels';

export type NoticeKind = 'completed' | 'failed' | 'approved' | 'rejected';

export interface Notice {
  title: string;
  body: string;
  /** What a click opens. */
  target: z.infer<typeof NoticeTargetSchema>;
  /** The ledger keys this notice announces (one; several for a summary). */
  ledgerKeys: string[];
  kind: NoticeKind;
  /**
   * What it is about, one noun the summary counts ("wire", "conversion", "bank account", "rule"):
   * "3 wires completed ($1,200.00), 1 conversion completed".
   */
  subject: string;
  /** USD of a completed wire, for the summary's total. */
  usd?: string;
}

export interface NoticeLabels {
  bankAccount(id: string): DestinationLabel | undefined;
  rule(id: string): string | undefined;
}
