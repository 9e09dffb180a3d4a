// The `bench:history` report: one markdown table per group (ours, anchor, anchor ÷ ours, the
// target, met or not), the run's load average and Node version at the top.
import { fmtBytes, fmtCount, fmtMs, fmtRatio, median } from './stats';

export interface Target {
  /** e.g. "≤ 10 ms" */
  text: string;
  /** The size the target is stated at (met/not met is only judged there and above). */
  atSize: number;
  met(ours: number, anchor: number | undefined): boolean;
}

export interface HRow {
  measure: string;
  size: number;
  ours: number;
  anchor?: number;
  unit?: 'ms' | 'bytes';
  target?: Target;
  /** A verdict decided elsewhere (e.g. flatness over several rows). */
  met?: boolean;
  detail?: string;
}

export interface HGroup {
  title: string;
  rows: HRow[];
  notes: string[];
}

export const atMost = (ms: number, atSize: number, orAnchor = false): Target => ({
  text: `≤ ${fmtMs(ms)}${orAnchor ? ' and ≤ anchor' : ''} at ${fmtCount(atSize)}`,
  atSize,
  met: (ours, anchor) => ours <= ms && (!orAnchor || anchor === undefined || ours <= anchor),
});

export const bytesAtMost = (bytes: number, atSize: number): Target => ({
  text: `≤ ${fmtBytes(bytes)} at ${fmtCount(atSize)}`,
  atSize,
  met: (ours) => ours <= bytes,
});

/** Median of `runs` timings of `fn` after one warm-up. */
export async function medianMs(runs: number, fn: (n: number) => unknown): Promise<number> {
  await fn(-1);
  const times: number[] = [];
  for (let n = 0; n < runs; n += 1) {
    const start = performance.now();
    await fn(n);
    times.push(performance.now() - start);
  }
  return median(times);
}

const fmt = (value: number | undefined, unit: HRow['unit']) =>
  value === undefined ? '—' : unit === 'bytes' ? fmtBytes(value) : fmtMs(value);

function verdict(r: HRow): string {
  if (r.met !== undefined) return r.met ? 'met' : '**not met**';
  if (!r.target) return '—';
  if (r.size < r.target.atSize) return `(judged at ${fmtCount(r.target.atSize)})`;
  return r.target.met(r.ours, r.anchor) ? 'met' : '**not met**';
}

export function renderReport(
  groups: HGroup[],
  header: {
    sizes: number[];
    seconds: number;
    machine: string;
    /** /proc/loadavg (1 / 5 / 15 min) when the run started and when it ended. */
    load: { start: string; end: string };
  },
): string {
  const lines = [
    `# History at scale — what users hit (${new Date().toISOString().slice(0, 16)} UTC)`,
    '',
    `Node ${process.version} · ${header.machine} · load average (1 / 5 / 15 min) ${header.load.start} at the start, ${header.load.end} at the end · ` +
      `sizes ${header.sizes.map(fmtCount).join(', ')} · run took ${Math.round(header.seconds)} s`,
    '',
    'Medians of repeated runs; ours and the anchor (bench/anchor-store.ts) measured in the same run, on the same records. Ratio = anchor ÷ ours (above 1: ours is faster).',
    '',
  ];
  for (const g of groups) {
    lines.push(
      `## ${g.title}`,
      '',
      '| Measure | Rows | Ours | Anchor | Ratio | Target | Met |',
      '|---|---:|---:|---:|---:|---|---|',
    );
    for (const r of g.rows) {
      const ratio = r.anchor === undefined ? '—' : fmtRatio(r.anchor / r.ours);
      lines.push(
        `| ${r.measure}${r.detail ? ` (${r.detail})` : ''} | ${fmtCount(r.size)} | ${fmt(r.ours, r.unit)} | ${fmt(r.anchor, r.unit)} | ${ratio} | ${r.target?.text ?? '—'} | ${verdict(r)} |`,
      );
    }
    lines.push('', ...g.notes.map((n) => `- ${n}`), '');
  }
  return lines.join('\n');
}
