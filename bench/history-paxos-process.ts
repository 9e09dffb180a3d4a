// "Paxos" for the export bench, in a process of its own (so its CPU and heap are not counted as
// the desk's, as in the app, where Paxos answers over the network): the real simulator
// (startSimulator, its public entry point: tokens, scopes, the 50 req/s rate limit, every route
// the desk's first refresh asks), behind a loopback front that answers List Transfers by `ids`
// the way Paxos would for a desk with a long history: one transfer per id asked (the bench's
// history has its legs' ids, which the simulator's own state cannot hold at 1M rows). The front
// passes every request through to the simulator first, so auth and the rate limit still decide.
// Prints one JSON line {apiUrl, tokenUrl, clientId, clientSecret}, then serves until killed.
//   node --import tsx bench/history-paxos-process.ts
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSimulator } from '../main/simulator';

const sim = await startSimulator({ seed: 7 });
const simOrigin = new URL(sim.url).origin;

/** A settled wire leg, as List Transfers returns it (about the size of a real one). */
function legFor(id: string): Record<string, unknown> {
  const n = Number.parseInt(id.replace(/-/g, '').slice(-6), 16) || 0;
  const at = new Date(Date.UTC(2025, 0, 1) + (n % 1_000_000) * 60_000).toISOString();
  return {
    id,
    customer_id: '3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a090',
    profile_id: '5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
    ref_id: `leg-${id.slice(0, 8)}`,
    amount: `${(n % 90_000) + 1000}.00`,
    fee: n % 2 === 0 ? '0' : '1.50',
    total: `${(n % 90_000) + 1000}.00`,
    asset: 'USD',
    balance_asset: 'USD',
    direction: n % 2 === 0 ? 'CREDIT' : 'DEBIT',
    type: n % 2 === 0 ? 'CONVERSION' : 'WIRE_WITHDRAWAL',
    status: 'COMPLETED',
    created_at: at,
    updated_at: at,
    metadata: {},
    fiat_account_id: '6f1e2d3c-4b5a-4c9d-8e7f-1a2b3c4d5e6f',
    memo: 'Payroll',
    group_id: id,
  };
}

const bodyOf = async (req: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

const front = createServer((req, res) => {
  void (async () => {
    const url = new URL(req.url ?? '/', simOrigin);
    const body = await bodyOf(req);
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(
        (e): e is [string, string] => typeof e[1] === 'string' && e[0] !== 'host',
      ),
    );
    const answer = await fetch(url, {
      method: req.method ?? 'GET',
      headers,
      ...(body.length > 0 ? { body } : {}),
    });
    let text = await answer.text();
    const ids = url.searchParams.getAll('ids');
    if (answer.ok && url.pathname.endsWith('/transfer/transfers') && ids.length > 0) {
      const page = JSON.parse(text) as { items?: Record<string, unknown>[] };
      const known = new Set((page.items ?? []).map((t) => String(t.id)));
      text = JSON.stringify({
        ...page,
        items: [...(page.items ?? []), ...ids.filter((id) => !known.has(id)).map(legFor)],
      });
    }
    const out: Record<string, string> = {};
    answer.headers.forEach((value, key) => {
      if (key !== 'content-length' && key !== 'content-encoding' && key !== 'transfer-encoding')
        out[key] = value;
    });
    res.writeHead(answer.status, out).end(text);
  })().catch((e: unknown) => res.writeHead(502).end(String(e)));
});
await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
const { port } = front.address() as AddressInfo;
const onFront = (simUrl: string) => {
  const u = new URL(simUrl);
  u.port = String(port);
  return u.toString().replace(/\/$/, '');
};
console.log(
  JSON.stringify({
    apiUrl: onFront(sim.url),
    tokenUrl: onFront(sim.tokenUrl),
    clientId: sim.credentials.clientId,
    clientSecret: sim.credentials.clientSecret,
  }),
);
// Kept-alive connections would hold close() open forever: drop them, then end.
const stop = () => {
  front.closeAllConnections();
  front.close();
  void sim.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
