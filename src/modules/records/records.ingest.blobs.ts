// Content in the blob store, owned by the E-Akte. Order of an upload: claim (committed) → put the blob →
// one transaction records the reference and removes the claim. A crash or a failed transaction leaves
// at most a claim and a blob; collectUnreferencedBlobs removes both once the claim is older than the
// grace period and nothing (in any municipality) references the blob. A per-content advisory lock
// orders a sweep against a new upload of the same bytes, so the sweep never deletes what is being claimed.
import { createReadStream } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import { withTenant, type TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { IngestTables } from './records.ingest.tables.ts';

// First key of the two-key advisory lock (cf. audit's "AUDT"), so these locks collide with no others.
const BLOB_LOCK_CLASS = 0x52424c42; // "RBLB"

const lockContent = (sha256: string) =>
  sql`select pg_advisory_xact_lock(${BLOB_LOCK_CLASS}::int, hashtext(${sha256}))`;

/** Default grace: no upload takes an hour from its claim to its commit. */
export const defaultClaimGraceMs = 60 * 60 * 1000;

/**
 * Claims `sha256` for this municipality and makes sure the blob is in the store (written from
 * `sourcePath` unless it is there already). Returns the claim, to be released in the transaction that
 * records the reference.
 */
export async function claimAndStoreBlob({
  db,
  blobs,
  tenantId,
  sha256,
  sourcePath,
}: {
  db: Kysely<unknown>;
  blobs: BlobStore;
  tenantId: string;
  sha256: string;
  sourcePath: string;
}): Promise<string> {
  const claimId = await withTenant(db as Kysely<IngestTables>, tenantId, async (trx) => {
    await lockContent(sha256).execute(trx);
    const row = await trx
      .insertInto('records_blob_claims')
      .values({ tenant_id: sql<string>`app_tenant_id()`, sha256 })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
  try {
    // Asked only now: a sweep that deleted this content ran before our claim, so we write it again.
    if (!(await blobs.has(sha256))) {
      const stored = await blobs.put(createReadStream(sourcePath));
      if (stored.sha256 !== sha256) throw new Error('staged file changed while it was stored');
    }
  } catch (error) {
    await abandonClaim({ db, blobs, tenantId, claimId, sha256 });
    throw error;
  }
  return claimId;
}

/**
 * claimAndStoreBlob for many contents at once: the claims in ONE transaction (in a stable order of the
 * content locks, so two batches cannot deadlock), then the blobs. For work that files many documents
 * (the dog tax annual run); on PGlite, with its single connection, one claim transaction per document
 * would wait behind every other transaction.
 */
export async function claimAndStoreBlobs({
  db,
  blobs,
  tenantId,
  items,
}: {
  db: Kysely<unknown>;
  blobs: BlobStore;
  tenantId: string;
  items: readonly { sha256: string; sourcePath: string }[];
}): Promise<string[]> {
  if (items.length === 0) return [];
  const claimIds = await withTenant(db as Kysely<IngestTables>, tenantId, async (trx) => {
    for (const sha256 of [...new Set(items.map((item) => item.sha256))].sort())
      await lockContent(sha256).execute(trx);
    const rows = await trx
      .insertInto('records_blob_claims')
      .values(items.map((item) => ({ tenant_id: sql<string>`app_tenant_id()`, sha256: item.sha256 })))
      .returning('id')
      .execute();
    return rows.map((row) => row.id);
  });
  try {
    for (const item of items) {
      if (await blobs.has(item.sha256)) continue;
      const stored = await blobs.put(createReadStream(item.sourcePath));
      if (stored.sha256 !== item.sha256) throw new Error('staged file changed while it was stored');
    }
  } catch (error) {
    for (const [index, claimId] of claimIds.entries())
      await abandonClaim({ db, blobs, tenantId, claimId, sha256: items[index]!.sha256 });
    throw error;
  }
  return claimIds;
}

/** Inside the transaction that records the reference: the claim has done its job. */
export async function releaseClaim<DB>(trx: TenantTransaction<DB>, claimId: string): Promise<void> {
  await (trx as unknown as TenantTransaction<IngestTables>)
    .deleteFrom('records_blob_claims')
    .where('id', '=', claimId)
    .execute();
}

/** After a failed transaction: drop the claim and, if nothing else needs the blob, the blob. */
export async function abandonClaim({
  db,
  blobs,
  tenantId,
  claimId,
  sha256,
}: {
  db: Kysely<unknown>;
  blobs: BlobStore;
  tenantId: string;
  claimId: string;
  sha256: string;
}): Promise<void> {
  await withTenant(db as Kysely<IngestTables>, tenantId, (trx) =>
    trx.deleteFrom('records_blob_claims').where('id', '=', claimId).execute(),
  );
  await deleteBlobIfUnreferenced({ db, blobs, sha256 });
}

/**
 * Deletes the blob when no version or rendition of any municipality references it and no upload
 * claims it. Runs as platform code (outside any tenant scope), which sees all rows of both tables.
 * For the records module's disposal too: call it after deleting versions.
 */
export async function deleteBlobIfUnreferenced({
  db,
  blobs,
  sha256,
  staleBefore,
}: {
  db: Kysely<unknown>;
  blobs: BlobStore;
  sha256: string;
  /** Claims older than this do not keep the blob (they belong to uploads that never committed). */
  staleBefore?: Date;
}): Promise<boolean> {
  return (db as Kysely<IngestTables>).transaction().execute(async (trx) => {
    await lockContent(sha256).execute(trx);
    const referenced = await trx
      .selectFrom('records_blob_refs')
      .select('sha256')
      .where('sha256', '=', sha256)
      .limit(1)
      .executeTakeFirst();
    let claims = trx.selectFrom('records_blob_claims').select('id').where('sha256', '=', sha256);
    if (staleBefore) claims = claims.where('claimed_at', '>=', staleBefore);
    const claimed = await claims.limit(1).executeTakeFirst();
    if (referenced || claimed) return false;
    // Deleted while the lock is held: an upload of the same bytes waits for it, then writes them anew.
    await blobs.delete(sha256);
    return true;
  });
}

export interface SweepResult {
  /** Claims older than the grace period that were removed. */
  staleClaims: number;
  /** Blobs deleted because nothing referenced them. */
  deletedBlobs: string[];
}

/**
 * The cleanup after crashes and failed uploads: every claim older than `graceMs` belongs to an upload
 * that never committed. Its blob goes unless something references it; the claim goes either way.
 */
export async function collectUnreferencedBlobs({
  db,
  blobs,
  now = new Date(),
  graceMs = defaultClaimGraceMs,
  batchSize = 500,
}: {
  db: Kysely<unknown>;
  blobs: BlobStore;
  now?: Date;
  graceMs?: number;
  batchSize?: number;
}): Promise<SweepResult> {
  const platform = db as Kysely<IngestTables>;
  const staleBefore = new Date(now.getTime() - graceMs);
  const result: SweepResult = { staleClaims: 0, deletedBlobs: [] };
  for (;;) {
    const stale = await platform
      .selectFrom('records_blob_claims')
      .select(['id', 'sha256'])
      .where('claimed_at', '<', staleBefore)
      .orderBy('claimed_at')
      .limit(batchSize)
      .execute();
    if (stale.length === 0) return result;
    for (const sha256 of new Set(stale.map((claim) => claim.sha256))) {
      if (await deleteBlobIfUnreferenced({ db, blobs, sha256, staleBefore }))
        result.deletedBlobs.push(sha256);
    }
    const removed = await platform
      .deleteFrom('records_blob_claims')
      .where(
        'id',
        'in',
        stale.map((claim) => claim.id),
      )
      .executeTakeFirst();
    result.staleClaims += Number(removed.numDeletedRows);
  }
}
