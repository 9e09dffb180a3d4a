// Makes operator-action details safe to keep forever in the audit log: drops every field whose
// name looks like a secret (client_secret, access_token, authorization, password, ...) at any
// depth, redacts values that are themselves credentials ("Bearer ...", JWTs), and bounds size.
// It reports the paths it removed so the log shows that something was withheld, never what.
import { isSecretKeyName, looksLikeSecretValue } from '../../../../shared/secret-key-names';

const MAX_DEPTH = 6;
const MAX_STRING = 2000;
const MAX_ITEMS = 100;

export interface SanitizedDetails {
  details: Record<string, unknown>;
  /** Dotted paths of removed fields and redacted values. */
  redacted: string[];
}

export function sanitizeAuditDetails(details: Record<string, unknown>): SanitizedDetails {
  const redacted: string[] = [];
  const seen = new WeakSet<object>();

  const clean = (value: unknown, path: string, depth: number): unknown => {
    if (value === null || typeof value === 'boolean') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'string') {
      if (looksLikeSecretValue(value)) {
        redacted.push(path);
        return '[redacted]';
      }
      return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
    }
    if (value instanceof Date) return value.toISOString();
    if (typeof value !== 'object') return undefined; // functions, symbols, undefined
    if (seen.has(value)) return '[circular]';
    if (depth >= MAX_DEPTH) return '[too deep]';
    seen.add(value);
    if (value instanceof Error)
      return { name: value.name, message: clean(value.message, `${path}.message`, depth + 1) };
    if (Array.isArray(value)) {
      return value.slice(0, MAX_ITEMS).map((item, i) => clean(item, `${path}.${i}`, depth + 1));
    }
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      const innerPath = path === '' ? key : `${path}.${key}`;
      if (isSecretKeyName(key)) {
        redacted.push(innerPath);
        continue;
      }
      const cleaned = clean(inner, innerPath, depth + 1);
      if (cleaned !== undefined) out[key] = cleaned;
    }
    return out;
  };

  return { details: clean(details, '', 0) as Record<string, unknown>, redacted };
}
