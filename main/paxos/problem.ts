// RFC 7807 problems from Paxos → PaxosError with the code and details the UI explains:
// insufficient funds (asset, available, needed), already exists (the existing record),
// validation (the field), missing scopes, not found, rate limits, outages.
import { formatAmount, isDecimalString } from '../../shared/money';
import { PaxosError, rateLimitedError, type RequestLabel } from './errors';
import { isSignatureRefusal, signatureRequiredError } from './signature-refusal';

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  meta?: Record<string, unknown>;
}

export function parseProblem(body: unknown): Problem {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return {};
  const b = body as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
  const meta =
    typeof b.meta === 'object' && b.meta !== null && !Array.isArray(b.meta)
      ? (b.meta as Record<string, unknown>)
      : undefined;
  return {
    ...(text(b.type) ? { type: text(b.type) } : {}),
    ...(text(b.title) ? { title: text(b.title) } : {}),
    ...(typeof b.status === 'number' ? { status: b.status } : {}),
    ...(text(b.detail) ? { detail: text(b.detail) } : {}),
    ...(meta ? { meta } : {}),
  };
}

export interface ProblemContext {
  label: RequestLabel;
  /** Field to blame for amount problems (exceed-precision) whose detail names none. */
  amountField?: string;
  /** For a 429: when the client may send again. */
  retryAt?: Date;
  /** Whether the request carried a Paxos-Signature (a refusal then means a bad signature). */
  signed?: boolean;
}

export function problemToError(status: number, problem: Problem, ctx: ProblemContext): PaxosError {
  const kind = problemKind(problem.type);
  const detail = problem.detail;
  const extras = { status, ...(problem.type ? { problemType: problem.type } : {}) };
  const where = { method: ctx.label.method, path: ctx.label.path };

  if (status === 429) return rateLimitedError(ctx.retryAt ?? new Date());
  if (isSignatureRefusal(status, problem))
    return signatureRequiredError(status, problem, ctx.label, ctx.signed ?? false);
  if (kind === 'insufficient-funds') return insufficientFunds(problem, detail, extras);
  if (status === 409 || kind === 'already-exists') {
    const existing = problem.meta?.existing ?? null;
    return new PaxosError(
      'already_exists',
      'Paxos already has a record with this reference ID.',
      { existing, ...(detail ? { detail } : {}) },
      extras,
    );
  }
  if (status === 401) {
    return new PaxosError(
      'unauthorized',
      `Paxos did not accept the API credentials${detail ? ` (${detail})` : ''}.`,
      { ...where, ...(detail ? { detail } : {}) },
      extras,
    );
  }
  if (status === 403) {
    const scopes = scopesNamed(problem, detail);
    if (scopes.length > 0) return missingScopesError(scopes, extras);
    return new PaxosError(
      'forbidden',
      `Paxos refused the request${detail ? `: ${detail}` : '.'}`,
      { ...where, ...(detail ? { detail } : {}) },
      extras,
    );
  }
  if (status === 404) {
    return new PaxosError(
      'not_found',
      `Paxos has no such record${detail ? ` (${detail})` : ''}.`,
      { ...where, ...(detail ? { detail } : {}) },
      extras,
    );
  }
  if (status >= 500) {
    return new PaxosError(
      'unavailable',
      `Paxos is temporarily unavailable (HTTP ${status}). Try again shortly.`,
      { ...where, status },
      { ...extras, retryable: true },
    );
  }
  const field =
    fieldNamed(problem, detail) ??
    (kind?.includes('precision') || kind?.includes('withdraw-limit') ? ctx.amountField : undefined);
  const text = detail ?? problem.title ?? `HTTP ${status}`;
  return new PaxosError(
    'validation',
    `Paxos rejected the request: ${text}.`,
    { field: field ?? null, detail: text },
    extras,
  );
}

export function missingScopesError(
  scopes: readonly string[],
  extras: { status?: number } = {},
): PaxosError {
  const list = scopes.join(', ');
  return new PaxosError(
    'forbidden',
    `The Paxos API credential is missing the scope${scopes.length === 1 ? '' : 's'} ${list}. Enable ${scopes.length === 1 ? 'it' : 'them'} for this credential under Admin > API Management in the Paxos Dashboard.`,
    { missingScopes: [...scopes] },
    extras,
  );
}

function insufficientFunds(
  problem: Problem,
  detail: string | undefined,
  extras: { status: number },
): PaxosError {
  const meta = problem.meta ?? {};
  const fromDetail =
    /insufficient (\S+) funds in profile ([^:\s]+): ([\d.]+) needed, ([\d.]+) available/i.exec(
      detail ?? '',
    );
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const asset = str(meta.asset) ?? fromDetail?.[1] ?? null;
  const profileId = str(meta.profile_id) ?? fromDetail?.[2] ?? null;
  const needed = str(meta.needed) ?? fromDetail?.[3] ?? null;
  const available = str(meta.available) ?? fromDetail?.[4] ?? null;
  const show = (v: string | null) =>
    v && isDecimalString(v) ? formatAmount(v, asset ?? undefined) : 'an unknown amount';
  return new PaxosError(
    'insufficient_funds',
    `Not enough ${asset ?? 'funds'} available in the Paxos profile: ${show(needed)} needed, ${show(available)} available.`,
    { asset, available, needed, profileId },
    extras,
  );
}

function problemKind(type: string | undefined): string | undefined {
  if (!type || type === 'about:blank') return undefined;
  return type.split('/').filter(Boolean).pop()?.toLowerCase();
}

const SCOPE_PATTERN = /\b[a-z]+:[a-z_]+\b/g;

function scopesNamed(problem: Problem, detail: string | undefined): string[] {
  for (const key of ['missing_scopes', 'required_scopes', 'scopes']) {
    const value = problem.meta?.[key];
    if (Array.isArray(value) && value.every((s) => typeof s === 'string') && value.length > 0)
      return value as string[];
  }
  if (!/scope/i.test(`${problem.title ?? ''} ${detail ?? ''}`)) return [];
  return [...new Set((detail ?? '').match(SCOPE_PATTERN) ?? [])];
}

const NOT_FIELDS = new Set(['this', 'it', 'request', 'body', 'there', 'that', 'value']);

/** "account_number must be set" → account_number; "invalid amount '-10': ..." → amount. */
export function fieldNamed(problem: Problem, detail: string | undefined): string | undefined {
  const metaField = problem.meta?.field;
  if (typeof metaField === 'string' && metaField) return metaField;
  if (!detail) return undefined;
  const leading =
    /^([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*):?\s+(?:must|is|should|cannot|can't|required|exceeds)\b/.exec(
      detail,
    );
  if (leading?.[1] && !NOT_FIELDS.has(leading[1])) return leading[1];
  const invalid = /^invalid ([a-z][a-z0-9_.]*)/i.exec(detail);
  return invalid?.[1];
}
