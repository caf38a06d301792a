// The hash of an audit entry: SHA-256 over a canonical serialisation, so that the same entry read back
// from either database driver hashes to the same value. Changing anything here breaks every stored chain.
import { createHash } from 'node:crypto';
import type { AuditActorType, AuditJson, AuditSummary } from './audit.tables.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  tenantId: string;
  seq: string;
  id: string;
  occurredAt: Date;
  actorType: AuditActorType;
  actorId: string | null;
  onBehalfOf: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  summary: AuditSummary;
  prevHash: string;
}

/** JSON with object keys sorted (by UTF-16 code units) at every depth and no whitespace. */
export function canonicalJson(value: AuditJson): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key]!)}`).join(',')}}`;
}

/**
 * Fixed field order, as a JSON array: unambiguous however the values look. Ids are compared lower-case
 * (uuid output is lower-case on PostgreSQL) and the time as ISO 8601 UTC with milliseconds.
 */
export function serialiseForHash(entry: HashedFields): string {
  return canonicalJson([
    'rathaus-audit-v1',
    entry.tenantId.toLowerCase(),
    entry.seq,
    entry.id.toLowerCase(),
    entry.occurredAt.toISOString(),
    entry.actorType,
    entry.actorId,
    entry.onBehalfOf,
    entry.action,
    entry.objectType,
    entry.objectId,
    entry.summary,
    entry.prevHash,
  ]);
}

export function hashEntry(entry: HashedFields): string {
  return createHash('sha256').update(serialiseForHash(entry), 'utf8').digest('hex');
}
