// Bank account nicknames are this desk's own labels, not Paxos data: renaming never sends an
// approved account back to Paxos review (an update would), and a past wire keeps the label it
// was sent under. Each account keeps the history of its labels with the time each took effect;
// a wire created at time T reads the label in effect at T. One small JSON file per environment,
// replaced atomically (write, fsync, rename) so a crash leaves the old or the new file, never half.
import { open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

const FILE = 'bank-account-labels.json';
const LabelsFile = z.record(
  z.string(),
  z.array(z.object({ label: z.string(), since: z.string() })),
);
type Labels = z.infer<typeof LabelsFile>;

export class LocalLabels {
  private constructor(
    private readonly path: string,
    private data: Labels,
  ) {}

  static async open(envDir: string): Promise<LocalLabels> {
    const path = join(envDir, FILE);
    let data: Labels = {};
    try {
      const parsed = LabelsFile.safeParse(JSON.parse(await readFile(path, 'utf8')));
      if (parsed.success) data = parsed.data;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    return new LocalLabels(path, data);
  }

  /** The label in use now, if the operator gave one here. */
  current(id: string): string | undefined {
    return this.data[id]?.at(-1)?.label;
  }

  /** The label that was in effect at `at` (ISO time); undefined before the first local label. */
  labelAt(id: string, at: string): string | undefined {
    const t = Date.parse(at);
    let label: string | undefined;
    // Compared as instants, not strings: Paxos writes "…:00Z" where this file has "…:00.000Z".
    for (const entry of this.history(id)) if (Date.parse(entry.since) <= t) label = entry.label;
    return label;
  }

  /** Every local label of the account with the time it took effect, oldest first. */
  history(id: string): readonly { label: string; since: string }[] {
    return this.data[id] ?? [];
  }

  async set(id: string, label: string, now: Date): Promise<void> {
    const next: Labels = {
      ...this.data,
      [id]: [...(this.data[id] ?? []), { label, since: now.toISOString() }],
    };
    const tmp = `${this.path}.tmp`;
    const file = await open(tmp, 'w');
    try {
      await file.writeFile(JSON.stringify(next));
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(tmp, this.path);
    this.data = next;
  }
}

const opened = new Map<string, Promise<LocalLabels>>();

/** One LocalLabels per environment folder, opened on first use. */
export function localLabelsFor(envDir: string): Promise<LocalLabels> {
  let labels = opened.get(envDir);
  if (!labels) {
    labels = LocalLabels.open(envDir);
    opened.set(envDir, labels);
    labels.catch(() => opened.delete(envDir));
  }
  return labels;
}
