// Writes what a run measured: bench/results.md (headline table, one table per group, method
// notes) and bench/chart.png (the headline ratios as a bar chart: an SVG drawn here, rendered
// to PNG by the same Debian Chromium the renderer benchmark uses; no charting dependency).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from './app-launch';
import { fmtRatio, type GroupResult, type Headline } from './stats';

export interface RunMeta {
  date: string;
  commit: string;
  machine: string;
  node: string;
  chromium: string;
  seconds: number;
  command: string;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');
const ratioCell = (ratio: number | undefined) =>
  ratio === undefined || !Number.isFinite(ratio) ? '—' : `**${fmtRatio(ratio)}**`;

function headlineTable(headlines: Headline[]): string[] {
  return [
    '| Headline | Ours | Baseline | Baseline ÷ ours |',
    '|---|---:|---:|---:|',
    ...headlines.map(
      (h) => `| ${cell(h.label)} | ${cell(h.ours)} | ${cell(h.baseline)} | ${ratioCell(h.ratio)} |`,
    ),
  ];
}

function groupSection(group: GroupResult): string[] {
  // A group without any baseline (the bundle) gets no ratio column.
  const ratios = group.rows.some((r) => r.ratio !== undefined);
  const ratioHead = ratios ? ' Baseline ÷ ours |' : '';
  return [
    `## ${group.title}`,
    '',
    `| Measure | Size | ${cell(group.columns.ours)} | ${cell(group.columns.baseline)} |${ratioHead}`,
    `|---|---|---:|---:|${ratios ? '---:|' : ''}`,
    ...group.rows.map(
      (r) =>
        `| ${cell(r.measure)} | ${cell(r.size)} | ${cell(r.ours)} | ${cell(r.baseline)} |${ratios ? ` ${ratioCell(r.ratio)} |` : ''}`,
    ),
    '',
    ...group.notes.map((note) => `- ${note}`),
    ...(group.seconds !== undefined ? [`- This group took ${Math.round(group.seconds)} s.`] : []),
    '',
  ];
}

export function resultsMarkdown(groups: GroupResult[], meta: RunMeta): string {
  const headlines = groups.flatMap((g) => g.headlines);
  return [
    '# Treasury Desk benchmarks',
    '',
    `Written by \`${meta.command}\` on ${meta.date} (commit ${meta.commit}); ${meta.machine}; Node ${meta.node}; ` +
      `Chromium ${meta.chromium}. The whole run took ${Math.round(meta.seconds)} s.`,
    '',
    'The machine is shared and noisy, so every time is a median of repeated runs and every claim is a ratio against a ' +
      'baseline measured in the same run: **baseline ÷ ours**, above 1× when ours is cheaper, below 1× when it is not. ' +
      'Absolute times are for orientation only. Sources: `bench/` (one file per group; `bench/run.ts` runs them).',
    '',
    ...headlineTable(headlines),
    '',
    '![Headline ratios, baseline ÷ ours, log scale](chart.png)',
    '',
    ...groups.flatMap(groupSection),
  ].join('\n');
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A horizontal bar per headline ratio on a log axis, bars growing from the 1× line. */
export function chartSvg(headlines: Headline[], footnote: string): string {
  const bars = headlines.filter((h) => Number.isFinite(h.ratio) && h.ratio > 0);
  const width = 1100;
  const left = 430;
  const right = 130;
  const rowHeight = 46;
  const top = 70;
  const height = top + bars.length * rowHeight + 70;
  const maxExp = Math.ceil(Math.log10(Math.max(10, ...bars.map((b) => b.ratio * 1.2))));
  const minExp = Math.min(0, Math.floor(Math.log10(Math.min(1, ...bars.map((b) => b.ratio)))));
  const x = (ratio: number) =>
    left + ((Math.log10(ratio) - minExp) / (maxExp - minExp)) * (width - left - right);
  const ticks = Array.from({ length: maxExp - minExp + 1 }, (_, i) => 10 ** (minExp + i));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Arial, sans-serif">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="24" y="34" font-size="20" font-weight="bold" fill="#1f2937">Treasury Desk: how many times cheaper than the naive baseline</text>`,
    `<text x="24" y="56" font-size="13" fill="#6b7280">baseline ÷ ours, medians measured in the same run; log scale; right of 1× = ours cheaper</text>`,
  ];
  for (const tick of ticks) {
    parts.push(
      `<line x1="${x(tick)}" y1="${top - 6}" x2="${x(tick)}" y2="${top + bars.length * rowHeight}" stroke="${tick === 1 ? '#374151' : '#e5e7eb'}" stroke-width="${tick === 1 ? 2 : 1}"/>`,
    );
    parts.push(
      `<text x="${x(tick)}" y="${top + bars.length * rowHeight + 18}" font-size="12" text-anchor="middle" fill="#6b7280">${fmtRatio(tick)}</text>`,
    );
  }
  bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    const [from, to] = bar.ratio >= 1 ? [x(1), x(bar.ratio)] : [x(bar.ratio), x(1)];
    const colour = bar.ratio >= 1 ? '#2563eb' : '#d97706';
    parts.push(
      `<text x="${left - 12}" y="${y + 19}" font-size="14" text-anchor="end" fill="#111827">${escapeHtml(bar.label)}</text>`,
    );
    parts.push(
      `<text x="${left - 12}" y="${y + 36}" font-size="11" text-anchor="end" fill="#6b7280">ours ${escapeHtml(bar.ours)} · baseline ${escapeHtml(bar.baseline)}</text>`,
    );
    parts.push(
      `<rect x="${from}" y="${y + 8}" width="${Math.max(2, to - from)}" height="26" rx="3" fill="${colour}"/>`,
    );
    parts.push(
      `<text x="${to + 8}" y="${y + 26}" font-size="14" font-weight="bold" fill="${colour}">${fmtRatio(bar.ratio)}</text>`,
    );
  });
  parts.push(
    `<text x="24" y="${height - 18}" font-size="12" fill="#6b7280">${escapeHtml(footnote)}</text>`,
  );
  parts.push('</svg>');
  return parts.join('\n');
}

/** Renders the SVG to a PNG with Chromium (2× pixels for legibility). */
export async function writeChartPng(svg: string, path: string): Promise<void> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ deviceScaleFactor: 2 });
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path });
  } finally {
    await browser.close();
  }
}

export async function writeReport(
  groups: GroupResult[],
  meta: RunMeta,
  outDir: string,
): Promise<{ markdown: string; chart: string }> {
  const markdown = join(outDir, 'results.md');
  const chart = join(outDir, 'chart.png');
  await writeFile(markdown, `${resultsMarkdown(groups, meta)}\n`);
  const bundle = groups.flatMap((g) => g.headlines).find((h) => h.key === 'bundle');
  const footnote = `${meta.date} · commit ${meta.commit} · ${meta.machine}${bundle ? ` · renderer JS ${bundle.ours} gzip` : ''} · details: bench/results.md`;
  await writeChartPng(
    chartSvg(
      groups.flatMap((g) => g.headlines),
      footnote,
    ),
    chart,
  );
  return { markdown, chart };
}
