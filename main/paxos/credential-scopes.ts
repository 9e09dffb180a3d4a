// What Paxos says this credential may do: GET /api-creds/credentials?client_ids=<id> answers
// its client_scopes. It needs api_creds:read_credentials, asked for in a token request of its
// own so that a credential without it loses nothing but this look-up; then the desk falls back
// to the capabilities the operator enabled.
import type { ApiExecutor } from './request-executor';

export async function reportedScopes(
  execute: ApiExecutor,
  clientId: string,
): Promise<Set<string> | undefined> {
  const { body } = await execute({
    operation: 'listApiCredentials',
    idempotent: true,
    query: { client_ids: [clientId] },
  });
  const items = typeof body === 'object' && body !== null ? Reflect.get(body, 'items') : undefined;
  if (!Array.isArray(items)) return undefined;
  const mine: unknown = items.find(
    (c: unknown) => typeof c === 'object' && c !== null && Reflect.get(c, 'client_id') === clientId,
  );
  const scopes =
    typeof mine === 'object' && mine !== null ? Reflect.get(mine, 'client_scopes') : undefined;
  return Array.isArray(scopes) ? new Set(scopes.map(String)) : undefined;
}
