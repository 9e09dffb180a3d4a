// Small statistics and formatting helpers shared by the benchmark groups. The machine is shared
// and noisy, so every timing is taken several times and summarised by its median (and p95 where
// the spread matters); claims are ratios against a baseline measured in the same run.
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const benchDir = resolve(import.meta.dirname);
export const repoRoot = resolve(benchDir, '..');

/** The p-th percentile (0..100) by nearest rank on a sorted copy. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Median (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Wall time of `fn` in milliseconds (monotonic clock). */
export async function timeMs(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

// The simulator's seeded PRNG: the same reproducible draws for benchmark data.
export { seededRandom } from '../main/simulator/random';

/** A fresh scratch folder under bench/tmp (git-ignored; on the same disk as a real profile). */
export async function scratchDir(name: string): Promise<{ path: string; remove(): Promise<void> }> {
  const path = join(benchDir, 'tmp', `${name}-${process.pid}-${Date.now()}`);
  await mkdir(path, { recursive: true });
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

// ---- formatting

const sig = (n: number, digits = 3) =>
  Math.abs(n) >= 10 ** digits
    ? Math.round(n).toLocaleString('en-US')
    : Number(n.toPrecision(digits)).toString();

export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  return ms >= 1000 ? `${sig(ms / 1000)} s` : `${sig(ms)} ms`;
}

export function fmtBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'n/a';
  if (bytes >= 1024 * 1024) return `${sig(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${sig(bytes / 1024)} KB`;
  return `${Math.round(bytes)} B`;
}

export const fmtCount = (n: number) => Math.round(n).toLocaleString('en-US');

/** "412×" for big ratios, "1.8×" for small ones, "0.62×" when ours is worse. */
export function fmtRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return 'n/a';
  return ratio >= 100
    ? `${Math.round(ratio).toLocaleString('en-US')}×`
    : `${sig(ratio, ratio >= 10 ? 3 : 2)}×`;
}

// ---- what each group reports

export interface ResultRow {
  measure: string;
  /** e.g. "1,000 in flight", "100,000 cached". */
  size: string;
  ours: string;
  baseline: string;
  /** baseline ÷ ours: above 1 means ours is cheaper. Omitted when there is no baseline. */
  ratio?: number;
}

/** A headline ratio: quoted in the README and drawn in bench/chart.png. */
export interface Headline {
  key: string;
  label: string;
  ratio: number;
  ours: string;
  baseline: string;
}

/** What run.ts hands every group. */
export interface GroupOptions {
  /** Fewer repetitions, for trying changes. */
  quick: boolean;
  /** This run's copy of the build (renderer/, preload/), safe from concurrent rebuilds of out/. */
  buildDir: string;
}

export interface GroupResult {
  title: string;
  /** What "ours" and "baseline" mean in this group's table. */
  columns: { ours: string; baseline: string };
  rows: ResultRow[];
  notes: string[];
  headlines: Headline[];
  /** Wall time the group took, for keeping `npm run bench` within a few minutes. */
  seconds?: number;
}

export function row(
  measure: string,
  size: string,
  ours: string,
  baseline: string,
  ratio?: number,
): ResultRow {
  return ratio === undefined
    ? { measure, size, ours, baseline }
    : { measure, size, ours, baseline, ratio };
}
