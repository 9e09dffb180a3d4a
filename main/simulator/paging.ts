// Cursor paging over created_at: the cursor names the last record of the page (keyset), so
// records created between two page requests neither repeat nor get skipped. Cursors are opaque
// base64url strings; a damaged one is a 400.
import { toMicros } from './clock';
import { badRequest } from './problems';

export interface Keyed {
  id: string;
  created_at: string;
  updated_at?: unknown;
}

export interface PageResult<T> {
  items: T[];
  next_page_cursor?: string;
}

export function paginate<T extends Keyed>(
  all: readonly T[],
  order: 'ASC' | 'DESC',
  limit: number,
  cursor: string | undefined,
  field: 'created_at' | 'updated_at' = 'created_at',
): PageResult<T> {
  const key = (r: Keyed): [number, string] => [
    toMicros(String(r[field] ?? r.created_at)) ?? 0,
    r.id,
  ];
  const cmp = (a: [number, string], b: [number, string]) =>
    a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
  // Each record's key read once (not twice per comparison): a long history's page was
  // dominated by re-parsing the same timestamps. Same comparator, same stable order.
  const sign = order === 'ASC' ? 1 : -1;
  const sorted = all.map((r) => ({ r, k: key(r) })).sort((a, b) => sign * cmp(a.k, b.k));
  let start = 0;
  if (cursor !== undefined) {
    const after = decodeCursor(cursor, order);
    start = sorted.findIndex((e) => sign * cmp(e.k, after) > 0);
    if (start < 0) start = sorted.length;
  }
  const page = sorted.slice(start, start + limit);
  const items = page.map((e) => e.r);
  const last = page[page.length - 1];
  const more = start + limit < sorted.length;
  return more && last ? { items, next_page_cursor: encodeCursor(last.k, order) } : { items };
}

export function encodeCursor(key: [number, string], order: string): string {
  return Buffer.from(JSON.stringify({ t: key[0], id: key[1], o: order })).toString('base64url');
}

export function decodeCursor(cursor: string, order: string): [number, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      t?: unknown;
      id?: unknown;
      o?: unknown;
    };
    if (typeof value.t === 'number' && typeof value.id === 'string' && value.o === order)
      return [value.t, value.id];
  } catch {
    // fall through
  }
  throw badRequest('invalid page_cursor', 'page_cursor');
}
