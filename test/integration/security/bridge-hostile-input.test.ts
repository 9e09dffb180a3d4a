// Every bridge operation, called the way main/ipc.ts calls it (`runtime.handlers[name](input)`)
// on the real runtime, with malformed inputs generated from one valid sample per operation:
// wrong types, missing and extra fields, 1 MB strings, negative, NaN-like and over-precise
// amounts, prototype-pollution keys, unknown enum values, deep nesting. Each must be refused
// with a `validation` error before its handler runs, without polluting Object.prototype, and
// without a single byte written to the cache, outbox, audit log, settings or exports.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallTrace } from '../../../main/bridge/handler-table';
import { operationNames, type OperationName } from '../../../shared/bridge-names';
import { operations } from '../../../shared/contract';
import { createTestRuntime, type TestRuntime } from '../../support/test-runtime';
import { manualTimers } from '../desk/desk-fixture';
import { hostileCases, MEGABYTE } from './hostile-inputs';
import { validSamples } from './valid-samples';

/** path → "size:sha256" of every file under the data folder. */
async function fingerprint(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = new Map<string, string>();
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path);
    files.set(
      relative(dir, path),
      `${bytes.length}:${createHash('sha256').update(bytes).digest('hex')}`,
    );
  }
  return files;
}

const prototypeKeys = () => ({
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
  function: Object.getOwnPropertyNames(Function.prototype).sort(),
});

describe('bridge: hostile input to every operation', () => {
  let app: TestRuntime;
  const traces: CallTrace[] = [];
  const unhandled: unknown[] = [];
  const recordUnhandled = (reason: unknown) => void unhandled.push(reason);
  const cleanPrototypes = prototypeKeys();

  beforeAll(async () => {
    process.on('unhandledRejection', recordUnhandled);
    // Timers that never fire: after the first sync nothing runs on its own, so any byte that
    // changes under the data folder was written because of a call this suite made.
    app = await createTestRuntime({
      settings: { onboarded: true },
      runtime: { timers: manualTimers, traceCalls: (call) => void traces.push(call) },
    });
    await app.runtime.environments.desk.refreshNow();
    expect(app.runtime.state.get().connection.status).toBe('online');
  });

  afterAll(async () => {
    process.off('unhandledRejection', recordUnhandled);
    await app?.close();
  });

  it('has a valid sample for every operation, accepted by its input schema', () => {
    const missing = operationNames.filter((name) => !(name in validSamples));
    expect(missing, 'operations without a sample in valid-samples.ts').toEqual([]);
    for (const name of operationNames) {
      const parsed = operations[name].input.safeParse(validSamples[name]?.input);
      expect(
        parsed.success,
        `${name}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))}`,
      ).toBe(true);
    }
    expect(Object.keys(validSamples).sort()).toEqual([...operationNames].sort());
  });

  it.each(operationNames.map((name) => [name]))(
    '%s refuses every malformed input and writes nothing',
    async (name: OperationName) => {
      const sample = validSamples[name];
      expect(sample, `no valid sample for ${name}`).toBeDefined();
      const cases = hostileCases(operations[name].input, sample!.input);
      expect(cases.length).toBeGreaterThan(10);
      const desk = app.runtime.environments.desk;
      const filesBefore = await fingerprint(app.dataDir);
      const intentsBefore = desk.intentsIn().length;
      // The newest audit entry's position: a refused input writes none.
      const auditHead = async () => (await desk.auditPage({ limit: 1 })).entries[0]?.seq ?? -1;
      const auditBefore = await auditHead();
      const stateBefore = JSON.stringify(app.runtime.state.get());
      const accepted: string[] = [];

      for (const { label, input } of cases) {
        const tracesBefore = traces.length;
        const result = (await app.runtime.handlers[name](input)) as {
          ok: boolean;
          error?: { code: string; message: string };
        };
        if (result.ok || result.error?.code !== 'validation') {
          accepted.push(`${label} → ${JSON.stringify(result).slice(0, 200)}`);
          continue;
        }
        // Refused at validation: the handler never ran, and the message is words, not a dump.
        expect(traces.slice(tracesBefore), label).toEqual([
          { operation: name, outcome: 'invalid', code: 'validation' },
        ]);
        expect(result.error.message, label).toMatch(/\w/);
        expect(result.error.message.length, label).toBeLessThan(1000);
        expect(result.error.message, label).not.toMatch(/\n\s+at |\[object Object\]/);
        expect(JSON.stringify(result).length, `${label}: the error echoes the input`).toBeLessThan(
          MEGABYTE / 10,
        );
        expect(({} as Record<string, unknown>).polluted, label).toBeUndefined();
      }
      expect(
        accepted,
        `${name}: malformed inputs that were not refused as validation errors`,
      ).toEqual([]);

      // Nothing polluted, nothing written, nothing changed, and main still answers.
      expect(prototypeKeys()).toEqual(cleanPrototypes);
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      expect(Object.fromEntries(await fingerprint(app.dataDir))).toEqual(
        Object.fromEntries(filesBefore),
      );
      expect(desk.intentsIn()).toHaveLength(intentsBefore);
      expect(await auditHead()).toBe(auditBefore);
      expect(JSON.stringify(app.runtime.state.get())).toBe(stateBefore);
      expect(app.runtime.environments.desk).toBe(desk);
      expect(await app.runtime.handlers.getAppInfo(undefined)).toMatchObject({ ok: true });
      expect(unhandled).toEqual([]);
    },
  );

  it('kept the data folder non-empty, so the write checks compared real files', async () => {
    const files = [...(await fingerprint(app.dataDir)).keys()];
    expect(files.some((f) => f.includes('desk.sqlite'))).toBe(true);
    expect(files.some((f) => f.includes('settings'))).toBe(true);
  });
});
