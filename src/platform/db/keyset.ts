// Keyset pagination, the only kind of paging on lists here (no OFFSET, no exact counts on hot paths):
// a page asks for one row more than it shows, and the last shown row's (time, id) is the cursor.
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TimeIdKey {
  at: Date;
  id: string;
}

/** Clamps a requested page size to 1…max. */
export function pageSize(limit: number, max = 200): number {
  return Math.min(Math.max(Math.trunc(limit), 1), max);
}

export function encodeTimeIdCursor(key: TimeIdKey): string {
  return `${key.at.toISOString()}_${key.id}`;
}

/** Parses a cursor from a client; returns undefined when it is not one of ours. */
export function decodeTimeIdCursor(cursor: string): TimeIdKey | undefined {
  const [iso = '', id = ''] = cursor.split('_');
  const at = new Date(iso);
  if (Number.isNaN(at.getTime()) || !uuidPattern.test(id)) return undefined;
  return { at, id };
}

/** Splits the fetched rows (size + 1) into the page and the cursor of the next one. */
export function toPage<T>(
  rows: T[],
  size: number,
  keyOf: (row: T) => TimeIdKey,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, size);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > size && last ? encodeTimeIdCursor(keyOf(last)) : null };
}
