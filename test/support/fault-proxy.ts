// A fault proxy on loopback between the Paxos client and the simulator (issue 11): it forwards
// every request, and on command it misbehaves the ways an unreliable Paxos (or network) can:
//   dropAnswer       carry the request out, then destroy the socket: the answer is lost
//   lagRefIdReads    lists filtered by ref_id / ref_ids / ids come back empty (an index behind)
//   stripMeta        4xx answers lose `meta` (a 409 without meta.existing)
//   status           answer 409 / 429 / 5xx without forwarding (Retry-After optional)
//   ignoreFilters    forward without the ref_id / ref_ids / ids filters (a server that ignores them)
//   otherDestination answers name another bank account as the destination
//   ignoreRuleBankField  a rule create naming the bank account under `field` gets an answer
//                    naming no bank account (a Paxos that does not know that field name)
//   lateDelivery     the client's connection dies at once, but the request reaches Paxos later
//                    (after delayMs, or, with `hold`, when the test calls releaseHeld())
// It also records every orchestration and wire-out create that Paxos accepted (`landed`), whoever sent it
// and whether or not the desk saw the answer, so a test can follow what reached Paxos without
// re-reading the simulator's whole world after every step.
// Each fault is a rule that fires for matching requests with a probability and/or a count.
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxyRule {
  method?: string;
  /** Substring of the path. */
  path?: string;
  /** Probability per matching request (default 1). */
  rate?: number;
  /** Fire for the next N matching requests only. */
  count?: number;
  /** Let this many matching requests through first. */
  after?: number;
}

export interface ProxyFaults {
  dropAnswer?: ProxyRule;
  lagRefIdReads?: ProxyRule;
  stripMeta?: ProxyRule;
  status?: ProxyRule & { status: number; retryAfter?: string };
  ignoreFilters?: ProxyRule;
  /** '' removes the bank account from the answer's destination. */
  otherDestination?: ProxyRule & { bankAccountId: string };
  lateDelivery?: ProxyRule & { delayMs?: number; hold?: boolean };
  ignoreRuleBankField?: ProxyRule & { field: string };
}

/** An orchestration or wire-out create the simulator accepted (2xx), in the order it was answered. */
export interface LandedCreate {
  refId: string;
  id: string;
}
export type ProxyFaultKind = keyof ProxyFaults;

export interface FaultProxy {
  /** The simulator's API base as seen through the proxy. */
  url: string;
  tokenUrl: string;
  set(faults: ProxyFaults): void;
  clear(): void;
  /** How often each fault fired. */
  fired: Record<string, number>;
  /** Requests seen, by "METHOD /path". */
  requests: Record<string, number>;
  /** Orchestration and wire-out creates Paxos accepted since the last takeLanded(). */
  takeLanded(): LandedCreate[];
  /** ref_ids of the requests held by lateDelivery { hold: true }, not yet delivered. */
  heldRefIds(): string[];
  /** Delivers every held request to Paxos now; resolves when Paxos has answered them all. */
  releaseHeld(): Promise<number>;
  close(): Promise<void>;
}

const FILTERS = ['ref_id', 'ref_ids', 'ids'];
/** Creates whose acceptance is noted (`landed`): orchestrations and wires out (issue 26). */
const LANDING = ['/orchestration/orchestrations', '/transfer/fiat-withdrawals'];
const LISTS = ['items', 'orchestrations', 'rules'];

export async function startFaultProxy(
  target: { url: string; tokenUrl: string },
  random: () => number = Math.random,
): Promise<FaultProxy> {
  const upstream = new URL(target.url);
  let faults: ProxyFaults = {};
  const fired: Record<string, number> = {};
  const requests: Record<string, number> = {};
  const late = new Set<NodeJS.Timeout>();
  let landed: LandedCreate[] = [];
  let held: { refId: string | undefined; deliver: () => Promise<unknown> }[] = [];

  /** Forwards, and notes an accepted orchestration create (the answer carries its ref_id and id). */
  async function forwardAndObserve(
    method: string,
    pathAndQuery: string,
    headers: IncomingMessage['headers'],
    body: Buffer,
  ) {
    const answer = await forward(upstream, method, pathAndQuery, headers, body);
    if (method === 'POST' && LANDING.some((p) => pathAndQuery.endsWith(p)) && answer.status < 300) {
      const record = parse(answer.body);
      if (record && typeof record.ref_id === 'string' && typeof record.id === 'string')
        landed.push({ refId: record.ref_id, id: record.id });
    }
    return answer;
  }

  function take<K extends ProxyFaultKind>(
    kind: K,
    method: string,
    path: string,
  ): NonNullable<ProxyFaults[K]> | undefined {
    const rule = faults[kind] as ProxyRule | undefined;
    if (!rule) return undefined;
    if (rule.method && rule.method.toUpperCase() !== method) return undefined;
    if (rule.path && !path.includes(rule.path)) return undefined;
    if (rule.after !== undefined && rule.after > 0) {
      rule.after -= 1;
      return undefined;
    }
    if ((rule.rate ?? 1) < 1 && random() >= (rule.rate ?? 1)) return undefined;
    if (rule.count !== undefined) {
      if (rule.count <= 0) return undefined;
      rule.count -= 1;
      if (rule.count === 0) delete faults[kind];
    }
    fired[kind] = (fired[kind] ?? 0) + 1;
    return rule as NonNullable<ProxyFaults[K]>;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://proxy');
    const path = url.pathname;
    const body = await readAll(req);
    requests[`${method} ${path}`] = (requests[`${method} ${path}`] ?? 0) + 1;
    const isApi = !path.includes('oauth');
    const status = isApi ? take('status', method, path) : undefined;
    if (status) {
      const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
      if (status.retryAfter) headers['retry-after'] = status.retryAfter;
      res.writeHead(status.status, headers).end(
        JSON.stringify({
          type: 'about:blank',
          title: `Fault ${status.status}`,
          status: status.status,
        }),
      );
      return;
    }
    const filtered = method === 'GET' && FILTERS.some((f) => url.searchParams.has(f));
    if (filtered && take('ignoreFilters', method, path))
      for (const f of FILTERS) url.searchParams.delete(f);
    const lag =
      filtered &&
      FILTERS.some((f) => url.searchParams.has(f)) &&
      take('lagRefIdReads', method, path);
    const delayed = isApi && take('lateDelivery', method, path);
    if (delayed) {
      res.socket?.destroy();
      const deliver = () =>
        forwardAndObserve(method, `${url.pathname}${url.search}`, req.headers, body).catch(
          () => undefined,
        );
      if (delayed.hold) {
        const refId = parse(body.toString('utf8'))?.ref_id;
        held.push({ refId: typeof refId === 'string' ? refId : undefined, deliver });
        return;
      }
      const timer = setTimeout(() => {
        late.delete(timer);
        void deliver();
      }, delayed.delayMs ?? 0);
      late.add(timer);
      return;
    }
    const drop = isApi && take('dropAnswer', method, path);
    const answer = await forwardAndObserve(
      method,
      `${url.pathname}${url.search}`,
      req.headers,
      body,
    );
    if (drop) {
      res.socket?.destroy();
      return;
    }
    let text = answer.body;
    const json = parse(text);
    if (json && typeof json === 'object') {
      let changed = false;
      if (lag) {
        for (const key of LISTS) if (Array.isArray(json[key])) json[key] = [];
        changed = true;
      }
      if (answer.status >= 400 && 'meta' in json && take('stripMeta', method, path)) {
        delete json.meta;
        changed = true;
      }
      const ignoresField =
        answer.status < 300 &&
        method === 'POST' &&
        path.endsWith('/orchestration/rules') &&
        namesBankUnder(body, faults.ignoreRuleBankField?.field)
          ? take('ignoreRuleBankField', method, path)
          : undefined;
      if (ignoresField) changed = rewriteDestinations(json, '') || changed;
      const other =
        answer.status < 300 && isApi ? take('otherDestination', method, path) : undefined;
      if (other) changed = rewriteDestinations(json, other.bankAccountId) || changed;
      if (changed) text = JSON.stringify(json);
    }
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'retry-after'])
      if (answer.headers[name]) headers[name] = String(answer.headers[name]);
    res.writeHead(answer.status, headers).end(text);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => res.socket?.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const via = (u: string) => {
    const parsed = new URL(u);
    parsed.host = `127.0.0.1:${port}`;
    return parsed.toString().replace(/\/$/, '');
  };
  return {
    url: via(target.url),
    tokenUrl: via(target.tokenUrl),
    fired,
    requests,
    set: (next) => {
      faults = { ...faults, ...structuredClone(next) };
    },
    clear: () => {
      faults = {};
    },
    takeLanded: () => {
      const taken = landed;
      landed = [];
      return taken;
    },
    heldRefIds: () => held.flatMap((h) => (h.refId ? [h.refId] : [])),
    releaseHeld: async () => {
      const now = held;
      held = [];
      await Promise.all(now.map((h) => h.deliver()));
      return now.length;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of late) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Json = Record<string, unknown>;

function parse(text: string): Json | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Json)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Points every fiat destination in the answer (a record, a wrapped rule or a list) at `id`. */
function rewriteDestinations(body: Json, id: string): boolean {
  let changed = false;
  const visit = (record: unknown) => {
    const fiat = (record as { destination?: { fiat?: Json } } | undefined)?.destination?.fiat;
    if (!fiat) return;
    for (const key of ['bank_account_id', 'fiat_account_id']) {
      if (!(key in fiat)) continue;
      if (id === '')
        delete fiat[key]; // '' = the answer names no bank account at all
      else fiat[key] = id;
    }
    changed = true;
  };
  visit(body);
  visit(body.rule);
  for (const key of LISTS)
    if (Array.isArray(body[key])) for (const item of body[key] as unknown[]) visit(item);
  return changed;
}

/** Whether a request body names its fiat destination's bank account under `field`. */
function namesBankUnder(body: Buffer, field: string | undefined): boolean {
  const fiat = (parse(body.toString('utf8')) as { destination?: { fiat?: Json } } | undefined)
    ?.destination?.fiat;
  return field !== undefined && fiat !== undefined && field in fiat;
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function forward(
  upstream: URL,
  method: string,
  pathAndQuery: string,
  headers: IncomingMessage['headers'],
  body: Buffer,
) {
  return new Promise<{ status: number; headers: IncomingMessage['headers']; body: string }>(
    (resolve, reject) => {
      const req = httpRequest(
        {
          host: upstream.hostname,
          port: upstream.port,
          method,
          path: pathAndQuery,
          headers: { ...headers, host: upstream.host },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 502,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    },
  );
}
