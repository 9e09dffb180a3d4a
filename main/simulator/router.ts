// A small path-template router: '/v2/orchestration/orchestrations/{id}' style patterns (the
// OpenAPI notation, so counts() keys read like the spec).
import type { SimAnswer } from './http-io';
import type { QueryReader } from './query';
import type { RateClass } from './rate-limit';
import type { World } from './world';

export interface RouteRequest {
  params: Record<string, string>;
  query: QueryReader;
  body: unknown;
  /** Authorization header (token route only). */
  authorization?: string;
}

export type RouteKind = 'api' | 'token' | 'control';

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  pattern: string;
  kind: RouteKind;
  /** Scope a bearer token needs (api routes). */
  scope?: string;
  /** Operation in the Paxos OpenAPI documents; absent for simulator-only routes. */
  operationId?: string;
  rateClass?: RateClass;
  /** Changes state (persist afterwards). */
  mutates?: boolean;
  handler: (world: World, req: RouteRequest) => SimAnswer | Promise<SimAnswer>;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

export class Router {
  private readonly compiled: { route: Route; regex: RegExp; names: string[] }[];

  constructor(routes: readonly Route[]) {
    this.compiled = routes.map((route) => {
      const names: string[] = [];
      const source = route.pattern
        .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        .replace(/\{(\w+)\}/g, (_m, name: string) => {
          names.push(name);
          return '([^/]+)';
        });
      return { route, regex: new RegExp(`^${source}/?$`), names };
    });
  }

  match(method: string, path: string): RouteMatch | { methodNotAllowed: true } | undefined {
    let pathMatched = false;
    for (const { route, regex, names } of this.compiled) {
      const m = regex.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1] ?? '');
      });
      return { route, params };
    }
    return pathMatched ? { methodNotAllowed: true } : undefined;
  }

  routes(): readonly Route[] {
    return this.compiled.map((c) => c.route);
  }
}
