// The embedded default: blobs as files under `./data/blobs/ab/cd/abcd…`. Sharding by the first two
// byte pairs keeps directories small (65,536 leaves) however many documents a town keeps.
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBlobMeter } from './blob-meter.ts';
import { assertValidBlobKey, assertValidMaxBytes, type BlobStore } from './blob-store.ts';
import { BlobNotFoundError } from './blobs.errors.ts';

export interface FsBlobStoreOptions {
  directory: string;
}

export function createFsBlobStore({ directory }: FsBlobStoreOptions): BlobStore {
  const root = path.resolve(directory);
  // Writes land here first. "tmp" can never clash with a shard, which is two hex digits.
  const tempDirectory = path.join(root, 'tmp');

  function blobPath(sha256: string): string {
    assertValidBlobKey(sha256);
    return path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  return {
    async put(input, options = {}) {
      assertValidMaxBytes(options.maxBytes);
      const meter = createBlobMeter(options.maxBytes);
      const tempPath = path.join(tempDirectory, `${randomUUID()}.part`);
      try {
        await mkdir(tempDirectory, { recursive: true });
        await writeDurably(input, meter.stream, tempPath);
        const blob = meter.result();
        const finalPath = blobPath(blob.sha256);
        if (await fileExists(finalPath)) {
          // Same hash, same bytes: keep the existing file untouched and drop our copy.
          await rm(tempPath, { force: true });
          return blob;
        }
        const shardDirectory = path.dirname(finalPath);
        const firstCreated = await mkdir(shardDirectory, { recursive: true });
        // rename() is atomic: readers see either no blob or the complete one, never a partial file.
        // Two concurrent puts of the same content may both rename; the loser replaces identical bytes.
        await rename(tempPath, finalPath);
        // The rename itself lives in the directory; without this fsync a crash could forget it.
        await fsyncDirectory(shardDirectory);
        if (firstCreated !== undefined) {
          // New shard directories must be durable in their parents too.
          await fsyncDirectory(path.dirname(shardDirectory));
          await fsyncDirectory(root);
        }
        return blob;
      } catch (error) {
        input.destroy();
        await rm(tempPath, { force: true });
        throw error;
      }
    },

    async get(sha256) {
      const filePath = blobPath(sha256);
      try {
        const handle = await open(filePath, 'r');
        return handle.createReadStream(); // closes the handle when the stream ends or is destroyed
      } catch (error) {
        if (isNotFound(error)) throw new BlobNotFoundError(sha256);
        throw error;
      }
    },

    async has(sha256) {
      return fileExists(blobPath(sha256));
    },

    async stat(sha256) {
      try {
        const stats = await stat(blobPath(sha256));
        return { size: stats.size };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },

    async delete(sha256) {
      await rm(blobPath(sha256), { force: true });
    },

    async close() {},
  };
}

/**
 * Temp files survive only a crash in the middle of a write. Call at startup (before serving) to remove
 * those older than `olderThanMs`; younger ones may belong to another process writing right now.
 */
export async function removeStaleTempFiles(
  directory: string,
  olderThanMs = 24 * 60 * 60 * 1000,
): Promise<number> {
  const tempDirectory = path.join(path.resolve(directory), 'tmp');
  const names = await readdir(tempDirectory).catch((error: unknown) => {
    if (isNotFound(error)) return [];
    throw error;
  });
  let removed = 0;
  for (const name of names) {
    const filePath = path.join(tempDirectory, name);
    const stats = await stat(filePath).catch(() => null);
    if (stats !== null && Date.now() - stats.mtimeMs > olderThanMs) {
      await rm(filePath, { force: true });
      removed += 1;
    }
  }
  return removed;
}

async function writeDurably(input: Readable, meter: Transform, filePath: string): Promise<void> {
  // Opened before streaming starts, so the file exists by the time the caller's cleanup runs,
  // whichever side fails first; 'wx' refuses to reuse a name.
  const handle = await open(filePath, 'wx', 0o640);
  // `flush` fsyncs before the stream closes the handle, and pipeline settles only after that close
  // (on success and on error): the data is on disk before the rename publishes it.
  await pipeline(input, meter, handle.createWriteStream({ flush: true }));
}

async function fsyncDirectory(directory: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch (error) {
    // Windows can neither open nor fsync a directory; there, rename durability is the OS's business.
    if (!['EISDIR', 'EPERM', 'EINVAL'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

async function fileExists(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}
