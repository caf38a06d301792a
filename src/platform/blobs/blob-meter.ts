// A pass-through stream that hashes and counts what flows through it and stops the flow once the
// size limit is passed. Both drivers put it between the caller's stream and the storage, so the hash
// is known at the end of one pass without buffering the file.
import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { BlobTooLargeError } from './blobs.errors.ts';
import type { StoredBlob } from './blob-store.ts';

export interface BlobMeter {
  stream: Transform;
  /** Only valid after the stream has ended. */
  result(): StoredBlob;
  /** True once the limit was passed, even if a downstream consumer reports a different error. */
  readonly tooLarge: boolean;
}

export function createBlobMeter(maxBytes = Number.POSITIVE_INFINITY): BlobMeter {
  const hash = createHash('sha256');
  let size = 0;
  let tooLarge = false;
  let result: StoredBlob | undefined;

  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > maxBytes) {
        tooLarge = true;
        // The chunk that crosses the limit is not passed on, so storage never sees more than maxBytes.
        callback(new BlobTooLargeError(maxBytes));
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
  });

  return {
    stream,
    get tooLarge() {
      return tooLarge;
    },
    result() {
      // digest() may be called only once; the drivers may ask more than once.
      result ??= { sha256: hash.digest('hex'), size };
      return result;
    },
  };
}
