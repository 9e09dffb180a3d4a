// Runs Electronegativity (@doyensec/electronegativity) offline, through its own loader, parser,
// finder and global checks, the way its runner does, minus the two things that go online:
//  - the runner fetches translations from a remote bucket at every start: here i18n is set up
//    from the English strings the package ships;
//  - AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK downloads Electron's release list: left out (the
//    Electron version is checked by our own test against the pinned version instead).
// Differences from the CLI, on purpose: `.cjs`/`.mjs` bundles are scanned too (the CLI skips
// them, and the preload bundle is `index.cjs`), and an inline `eng-disable` comment does not
// hide a finding: the allowlist file is the only place an exception can be made.
import { readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative } from 'node:path';

const requireFromHere = createRequire(import.meta.url);
const runnerPath = requireFromHere.resolve('@doyensec/electronegativity/dist/runner.js');
const fromPackage = createRequire(runnerPath);

export const repoRoot = join(import.meta.dirname, '../..');

interface Level {
  value: number;
  name: string;
}
interface RawIssue {
  id: string;
  file: string;
  sample?: string;
  location: { line: number; column: number };
  description: string;
  severity: Level;
  confidence: Level;
  manualReview?: boolean;
  visibility?: { inlineDisabled?: boolean; globalCheckDisabled?: boolean };
}
interface ParserLike {
  parse(
    file: string,
    content: string,
  ): [string, unknown, string, { message: string }[] | undefined];
}
interface FinderLike {
  find(
    file: string,
    data: unknown,
    type: string,
    content: string,
    useOnly: null,
    electronVersion: string,
  ): Promise<RawIssue[]>;
  _enabled_checks: unknown[];
}
interface GlobalChecksLike {
  getResults(issues: RawIssue[]): Promise<RawIssue[]>;
  _enabled_checks: { name: string }[];
}

export interface Finding {
  id: string;
  severity: 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';
  confidence: 'CERTAIN' | 'FIRM' | 'TENTATIVE';
  /** Relative to the repository root, with forward slashes; "N/A" for a finding about the whole app. */
  file: string;
  line: number;
  /** The source line the finding points at, trimmed. */
  sample: string;
  description: string;
  manualReview: boolean;
}

export interface ScanResult {
  findings: Finding[];
  /** Files that could not be parsed: a scan with any is not a scan of everything. */
  errors: { file: string; message: string }[];
  files: string[];
  atomicChecks: number;
  globalChecks: string[];
  /** Network connections the scan tried to open (must stay empty). */
  networkAttempts: string[];
}

const SCANNED_EXTENSIONS = new Set(['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.html', '.htm']);
const OFFLINE_EXCLUDED_GLOBAL_CHECKS = ['availablesecurityfixesglobalcheck'];

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SCANNED_EXTENSIONS.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.split(/[\\/]/).includes('node_modules'))
    .sort();
}

let i18nReady = false;
function setUpI18n(): void {
  if (i18nReady) return;
  const i18n = fromPackage('i18n') as {
    configure(options: object): void;
    setLocale(locale: string): void;
  };
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: join(dirname(runnerPath), 'locales'),
    updateFiles: false,
    objectNotation: true,
    retryInDefaultLocale: true,
    register: globalThis,
  });
  i18n.setLocale('en-US');
  i18nReady = true;
}

/** Runs `work` with every outgoing TCP connection refused and recorded. */
export async function offline<T>(work: () => Promise<T>, attempts: string[]): Promise<T> {
  const original = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function refuse(this: unknown, ...args: unknown[]) {
    attempts.push(JSON.stringify(args[0]) ?? String(args[0]));
    throw new Error('Electronegativity tried to open a network connection during an offline scan');
  } as typeof original;
  try {
    return await work();
  } finally {
    net.Socket.prototype.connect = original;
  }
}

export function installedElectronVersion(): string {
  return (
    JSON.parse(readFileSync(requireFromHere.resolve('electron/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
}

/** Scans every source and bundle file under `roots` (absolute paths) as one application. */
export async function scan(
  roots: string[],
  electronVersion = installedElectronVersion(),
): Promise<ScanResult> {
  setUpI18n();
  const { Parser } = fromPackage('./parser') as {
    Parser: new (babelFirst: boolean, typescriptBabelFirst: boolean) => ParserLike;
  };
  const { Finder, GlobalChecks } = fromPackage('./finder') as {
    Finder: new (custom: string[], exclude: string[]) => FinderLike;
    GlobalChecks: new (custom: string[], exclude: string[]) => GlobalChecksLike;
  };
  const networkAttempts: string[] = [];
  return offline(async () => {
    const globalChecks = new GlobalChecks([], OFFLINE_EXCLUDED_GLOBAL_CHECKS);
    const finder = new Finder([], []);
    const parser = new Parser(false, true);
    const files = roots.flatMap(listFiles);
    const raw: RawIssue[] = [];
    const errors: ScanResult['errors'] = [];
    for (const file of files) {
      const content = readFileSync(file, 'utf8');
      try {
        // The parser picks its grammar by extension: bundles ending .cjs/.mjs are JavaScript.
        const parseAs = /\.[cm]js$/.test(file) ? `${file}.js` : file;
        const [type, data, text, warnings] = parser.parse(parseAs, content);
        if (data === null) continue;
        for (const warning of warnings ?? [])
          errors.push({ file: relative(repoRoot, file), message: warning.message });
        raw.push(...(await finder.find(file, data, type, text, null, electronVersion)));
      } catch (error) {
        errors.push({
          file: relative(repoRoot, file),
          message: error instanceof Error ? error.message : String(error),
        });
      }
    }
    // Global checks cross-reference atomic findings (a permission handler found anywhere clears
    // "none set"); inline eng-disable comments are deliberately not honoured.
    const issues = (await globalChecks.getResults(raw)).filter(
      (issue) => !issue.visibility?.globalCheckDisabled,
    );
    const findings = issues.map((issue): Finding => ({
      id: issue.id,
      severity: issue.severity.name as Finding['severity'],
      confidence: issue.confidence.name as Finding['confidence'],
      file: issue.file === 'N/A' ? 'N/A' : relative(repoRoot, issue.file).split('\\').join('/'),
      line: issue.location.line,
      sample: (issue.sample ?? '').trim().slice(0, 300),
      description: issue.description,
      manualReview: issue.manualReview === true,
    }));
    return {
      findings,
      errors,
      files: files.map((f) => relative(repoRoot, f).split('\\').join('/')),
      atomicChecks: finder._enabled_checks.length,
      globalChecks: globalChecks._enabled_checks.map((c) => c.name),
      networkAttempts,
    };
  }, networkAttempts);
}

/**
 * A finding that fails the scan unless allow-listed: every MEDIUM or HIGH one, and also Node
 * integration switched on explicitly. Electronegativity rates `nodeIntegration: true` only
 * INFORMATIONAL when the Electron version's default is off (counting on its sandbox and
 * context-isolation checks); for this app Node in a page is never acceptable, so it blocks too.
 */
export function isBlocking(finding: Finding): boolean {
  if (finding.severity === 'HIGH' || finding.severity === 'MEDIUM') return true;
  return finding.id.startsWith('NODE_INTEGRATION') && /:\s*(true|!0)\b/.test(finding.sample);
}

export interface AllowEntry {
  id: string;
  /** Repository-relative path of the file the finding is in. */
  file: string;
  /** A piece of the flagged source line: the exception covers that construct only. */
  sample: string;
  reason: string;
}

export function isAllowed(finding: Finding, entry: AllowEntry): boolean {
  return (
    entry.id === finding.id && entry.file === finding.file && finding.sample.includes(entry.sample)
  );
}
