// Content other modules make themselves and file through the intake (an application's PDF and JSON, a
// reply's or query's text, a notice) goes to the blob store under an E-Akte claim, exactly like an upload:
// released in the transaction that files it (releaseClaim), abandoned — and the blob removed if nothing
// else needs it — when that transaction fails.
import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import { abandonClaim, claimAndStoreBlob, claimAndStoreBlobs } from './records.ingest.blobs.ts';
import { discardStaged, stageUpload, type IngestSettings } from './records.ingest.ts';

export interface ContentDeps {
  db: Kysely<unknown>;
  blobs: BlobStore;
  ingest: IngestSettings;
}

export interface ClaimedContent {
  claimId: string;
  sha256: string;
  size: number;
}

export async function storeClaimed(
  deps: ContentDeps,
  tenantId: string,
  content: Buffer,
): Promise<ClaimedContent> {
  const staged = await stageUpload(Readable.from(content), deps.ingest);
  try {
    const claimId = await claimAndStoreBlob({
      db: deps.db,
      blobs: deps.blobs,
      tenantId,
      sha256: staged.sha256,
      sourcePath: staged.path,
    });
    return { claimId, sha256: staged.sha256, size: staged.size };
  } finally {
    await discardStaged(staged);
  }
}

/** storeClaimed for many contents, with one claim transaction (see claimAndStoreBlobs). */
export async function storeClaimedMany(
  deps: ContentDeps,
  tenantId: string,
  contents: readonly Buffer[],
): Promise<ClaimedContent[]> {
  const staged: Awaited<ReturnType<typeof stageUpload>>[] = [];
  try {
    for (const content of contents) staged.push(await stageUpload(Readable.from(content), deps.ingest));
    const claimIds = await claimAndStoreBlobs({
      db: deps.db,
      blobs: deps.blobs,
      tenantId,
      items: staged.map((file) => ({ sha256: file.sha256, sourcePath: file.path })),
    });
    return staged.map((file, index) => ({ claimId: claimIds[index]!, sha256: file.sha256, size: file.size }));
  } finally {
    for (const file of staged) await discardStaged(file);
  }
}

export async function abandonClaimed(deps: ContentDeps, tenantId: string, stored: readonly ClaimedContent[]) {
  for (const blob of stored)
    await abandonClaim({
      db: deps.db,
      blobs: deps.blobs,
      tenantId,
      claimId: blob.claimId,
      sha256: blob.sha256,
    });
}
