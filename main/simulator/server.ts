// startSimulator: the loopback HTTP server. Per request: count it → (control routes answered
// directly) → latency → rate limit / IP cool-down (its X-RateLimit-* headers go on the answer)
// → request faults (drop, 5xx, stall) → due
// lifecycle transitions → token endpoint or bearer/scope check → handler → faults that strike
// after processing → response faults → answer.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NO_APPROVALS } from './approvals';
import { AuthServer } from './auth';
import { SimClock } from './clock';
import { createControl, type SimulatorControl } from './control';
import { Faults } from './faults';
import { header, parseJson, problemAnswer, readBody, writeAnswer, type SimAnswer } from './http-io';
import { runDue } from './lifecycle';
import {
  ALL_SIMULATOR_SCOPES,
  DEMO_CLIENT_ID,
  DEMO_CLIENT_SECRET,
  type SimulatorOptions,
} from './options';
import { SimProblem, notFound, tooManyRequests } from './problems';
import { sleep, strike } from './request-faults';
import { QueryReader } from './query';
import { seededRandom } from './random';
import { DEFAULT_RATE_LIMITS, RateLimiter } from './rate-limit';
import { Router, type RouteMatch } from './router';
import { API_PREFIX, PAXOS_ROUTES, TOKEN_PATH, controlRoutes, tokenRoute } from './routes';
import { distort } from './response-faults';
import { loadOrSeed, saveState } from './store';
import { DEFAULT_TIMING, type World } from './world';

export interface RunningSimulator {
  /** API base, e.g. http://127.0.0.1:54321/v2 */
  url: string;
  tokenUrl: string;
  credentials: { clientId: string; clientSecret: string };
  control: SimulatorControl;
  close(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const clock = new SimClock();
  const random = seededRandom(options.seed ?? Date.now());
  let dirty = false;
  const world: World = {
    state: loadOrSeed(clock, options.stateFile, options.seedData ?? true),
    clock,
    random,
    timing: { ...DEFAULT_TIMING, ...options.timing },
    approvals: { ...NO_APPROVALS, ...options.approvals },
    pendingFailures: [],
    touch: () => {
      dirty = true;
    },
  };
  const credentials = {
    clientId: options.clientId ?? DEMO_CLIENT_ID,
    clientSecret: options.clientSecret ?? DEMO_CLIENT_SECRET,
  };
  const auth = new AuthServer(
    [{ ...credentials, scopes: ALL_SIMULATOR_SCOPES }, ...(options.credentials ?? [])],
    options.tokenTtlSeconds ?? 3599,
    clock,
    options.strictScopes ?? false,
  );
  const faults = new Faults(random, options.faults ?? {});
  const limiter = new RateLimiter({ ...DEFAULT_RATE_LIMITS, ...options.rateLimits });
  const counts = new Map<string, number>();
  const control = createControl({ world, faults, limiter, auth, counts });
  const router = new Router([
    tokenRoute((_w, req) =>
      auth.issue(
        new URLSearchParams(typeof req.body === 'string' ? req.body : ''),
        req.authorization,
      ),
    ),
    ...PAXOS_ROUTES,
    ...controlRoutes(control),
  ]);
  const persist = () => {
    if (options.stateFile && dirty) {
      saveState(options.stateFile, world.state);
      dirty = false;
    }
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://simulator');
    const path = url.pathname;
    const found = router.match(method, path);
    const match = found && 'route' in found ? found : undefined;
    counts.set(
      `${method} ${match?.route.pattern ?? path}`,
      (counts.get(`${method} ${match?.route.pattern ?? path}`) ?? 0) + 1,
    );
    let answer: SimAnswer;
    let rateHeaders: Record<string, string> = {};
    try {
      const text = await readBody(req);
      if (match?.route.kind === 'control') {
        answer = await match.route.handler(world, {
          params: match.params,
          query: new QueryReader(url.searchParams),
          body: parseJson(text),
        });
        persist();
        await writeAnswer(res, answer);
        return;
      }
      const delay = faults.latency();
      if (delay > 0) await sleep(delay);
      const verdict = limiter.hit(
        req.socket.remoteAddress ?? 'unknown',
        match?.route.rateClass ?? 'api',
        clock.now(),
      );
      if (!verdict.ok) throw tooManyRequests(verdict.retryAfterSec, verdict.headers);
      rateHeaders = verdict.headers;
      if (strike(faults, 'before', method, path, res)) return;
      if (!found) throw notFound(`no route for ${method} ${path}`);
      if (!match)
        throw new SimProblem(405, 'Method Not Allowed', `${method} is not allowed on ${path}`);
      const stall = faults.take('stall', method, path);
      if (stall) await sleep(stall.ms);
      runDue(world);
      answer = await serve(match, req, text, url);
      persist();
      if (strike(faults, 'after', method, path, res)) return;
    } catch (error) {
      if (!(error instanceof SimProblem)) throw error;
      answer = problemAnswer(error);
    }
    answer = { ...answer, headers: { ...rateHeaders, ...answer.headers } };
    const distorted = distort(faults, method, path, answer);
    options.log?.(`${method} ${path} → ${distorted.answer.status}`);
    await writeAnswer(res, distorted.answer, distorted.dripMs);
  }

  async function serve(
    match: RouteMatch,
    req: IncomingMessage,
    text: string,
    url: URL,
  ): Promise<SimAnswer> {
    const { route, params } = match;
    const authorization = header(req, 'authorization');
    const query = new QueryReader(url.searchParams);
    if (route.kind === 'token')
      return route.handler(world, {
        params,
        query,
        body: text,
        ...(authorization ? { authorization } : {}),
      });
    auth.check(authorization, route.scope, header(req, 'paxos-signature'), {
      method: req.method ?? 'GET',
      rawPath: req.url ?? '/',
      body: text,
    });
    const answer = await route.handler(world, { params, query, body: parseJson(text) });
    if (route.mutates) world.touch();
    return answer;
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.log?.(`internal error: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent && !res.destroyed)
        void writeAnswer(
          res,
          problemAnswer(new SimProblem(500, 'Internal Server Error', 'simulator error')),
        );
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const ticker =
    (options.autoAdvance ?? true)
      ? setInterval(() => {
          runDue(world);
          persist();
        }, 25)
      : undefined;
  ticker?.unref();
  const { port, address } = server.address() as AddressInfo;
  const origin = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
  return {
    url: `${origin}${API_PREFIX}`,
    tokenUrl: `${origin}${TOKEN_PATH}`,
    credentials,
    control,
    close: () =>
      new Promise<void>((resolve) => {
        if (ticker) clearInterval(ticker);
        persist();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
