// Content-addressed storage for the binary content of documents. The key is the SHA-256 of the bytes,
// so storing the same file twice stores it once, and a key can never point at changed content
// (DESIGN §7: intake is idempotent by content hash; originals are never rewritten).
import type { Readable } from 'node:stream';
import { InvalidBlobKeyError } from './blobs.errors.ts';

export interface StoredBlob {
  /** Lowercase hex SHA-256 of the content: the blob's key. */
  sha256: string;
  size: number;
}

export interface PutBlobOptions {
  /** Abort as soon as more bytes arrive; nothing is kept and `BlobTooLargeError` is thrown. */
  maxBytes?: number;
}

export interface BlobStore {
  /** Streams `input` into the store while hashing it; memory use does not grow with the file size. */
  put(input: Readable, options?: PutBlobOptions): Promise<StoredBlob>;
  /** Throws `BlobNotFoundError` when the key is unknown. The caller must consume or destroy the stream. */
  get(sha256: string): Promise<Readable>;
  has(sha256: string): Promise<boolean>;
  stat(sha256: string): Promise<{ size: number } | null>;
  /**
   * Removes the blob; deleting a missing blob is not an error. The store does not count references:
   * the caller (records' retention/disposal) must know that no document version still points at it.
   */
  delete(sha256: string): Promise<void>;
  /** Releases connections (S3); the store must not be used afterwards. */
  close(): Promise<void>;
}

const blobKeyPattern = /^[0-9a-f]{64}$/;

/** Every driver calls this before a key touches a path or an object name, so `../` can never get through. */
export function assertValidBlobKey(sha256: unknown): asserts sha256 is string {
  if (typeof sha256 !== 'string' || !blobKeyPattern.test(sha256)) throw new InvalidBlobKeyError();
}

export function assertValidMaxBytes(maxBytes: number | undefined): void {
  if (maxBytes !== undefined && !(Number.isSafeInteger(maxBytes) && maxBytes >= 0))
    throw new TypeError(`maxBytes must be a non-negative integer, got ${String(maxBytes)}`);
}
