// Content other modules make themselves and file through the intake (an application's PDF and JSON, a
// reply's or query's text, a notice) goes to the blob store under an E-Akte claim, exactly like an upload:
// released in the transaction that files it (releaseClaim), abandoned — and the blob removed if nothing
// else needs it — when that transaction fails.
import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import { abandonClaim, claimAndStoreBlob } from './records.ingest.blobs.ts';
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
