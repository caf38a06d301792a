// Blobs in any S3-compatible object store (AWS, MinIO, Ceph RGW, …), for installations with more
// than one server. Object keys mirror the fs layout (`prefix` + `ab/cd/abcd…`), so moving from the
// embedded store to S3 is a plain `aws s3 sync ./data/blobs s3://bucket/prefix`.
import { randomUUID } from 'node:crypto';
import { Readable, pipeline } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { createBlobMeter } from './blob-meter.ts';
import { assertValidBlobKey, assertValidMaxBytes, type BlobStore } from './blob-store.ts';
import { BlobNotFoundError, BlobTooLargeError } from './blobs.errors.ts';

export interface S3BlobStoreOptions {
  /** Leave unset for AWS; e.g. `http://minio:9000` otherwise. */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `bucket` in the path instead of the host name; what MinIO, Ceph and most self-hosted stores want. */
  forcePathStyle?: boolean;
  /** Lets several installations share a bucket, e.g. `rathaus/`. */
  prefix?: string;
}

// A single CopyObject handles at most 5 GiB; larger files would need a multipart copy, which no
// document of a town hall needs. Enforced as a size limit so the upload stops early.
const maxCopyBytes = 5 * 1024 ** 3;
// Upload buffers up to partSize × (queueSize + 1) bytes per put: about 15 MB, whatever the file size.
const partSize = 5 * 1024 ** 2;
const queueSize = 2;

export function createS3BlobStore(options: S3BlobStoreOptions): BlobStore {
  const { bucket } = options;
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle ?? false,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    // Since SDK 3.729 the client adds CRC32 checksum headers (aws-chunked trailers for streams) to every
    // upload and validates them on download; several S3-compatible stores (older MinIO and Ceph RGW,
    // many hosted ones) reject such requests. Checksums only where an operation requires them is the
    // pre-3.729 behaviour. The SHA-256 key still lets anyone re-check what `get` returns.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const prefix = normalisePrefix(options.prefix);

  function contentKey(sha256: string): string {
    assertValidBlobKey(sha256);
    return `${prefix}${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
  }

  async function deleteQuietly(key: string): Promise<void> {
    // Leftovers under `tmp/` are garbage, not data; a bucket lifecycle rule on `tmp/` catches any we miss.
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key })).catch(() => undefined);
  }

  async function head(key: string): Promise<{ size: number } | null> {
    try {
      const response = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return { size: response.ContentLength ?? 0 };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  return {
    async put(input, putOptions = {}) {
      assertValidMaxBytes(putOptions.maxBytes);
      const maxBytes = Math.min(putOptions.maxBytes ?? maxCopyBytes, maxCopyBytes);
      const meter = createBlobMeter(maxBytes);
      // The content key is known only at the end, so the bytes go to a temporary key first.
      const tempKey = `${prefix}tmp/${randomUUID()}`;
      // Errors of `input` reach the upload through the meter; nothing to do in the callback.
      pipeline(input, meter.stream, () => undefined);

      try {
        const upload = new Upload({
          client,
          queueSize,
          partSize,
          params: {
            Bucket: bucket,
            Key: tempKey,
            Body: meter.stream,
            ContentType: 'application/octet-stream',
          },
        });
        await upload.done();
      } catch (error) {
        meter.stream.destroy();
        input.destroy();
        // Normally nothing was stored, but a completed upload whose response got lost must not linger.
        await deleteQuietly(tempKey);
        // The upload may report its own failure (e.g. a failed multipart abort) instead of ours.
        if (meter.tooLarge) throw new BlobTooLargeError(maxBytes);
        throw error;
      }

      const blob = meter.result();
      const key = contentKey(blob.sha256);
      try {
        if ((await head(key)) === null) {
          // Concurrent puts of the same content may both copy; they write identical bytes.
          await client.send(
            new CopyObjectCommand({ Bucket: bucket, Key: key, CopySource: copySource(bucket, tempKey) }),
          );
        }
      } finally {
        await deleteQuietly(tempKey);
      }
      return blob;
    },

    async get(sha256) {
      const key = contentKey(sha256);
      try {
        const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        if (!(response.Body instanceof Readable)) throw new Error('S3 GetObject returned no Node.js stream');
        return response.Body;
      } catch (error) {
        if (isNotFound(error)) throw new BlobNotFoundError(sha256);
        throw error;
      }
    },

    async has(sha256) {
      return (await head(contentKey(sha256))) !== null;
    },

    async stat(sha256) {
      return head(contentKey(sha256));
    },

    async delete(sha256) {
      // S3 deletes are idempotent: a missing key is not an error.
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: contentKey(sha256) }));
    },

    async close() {
      client.destroy();
    },
  };
}

function normalisePrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '' : `${trimmed}/`;
}

function copySource(bucket: string, key: string): string {
  return `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
}

function isNotFound(error: unknown): boolean {
  // Only a missing object: NoSuchBucket is a configuration error and must surface as such.
  const name = (error as { name?: string }).name;
  return name === 'NoSuchKey' || name === 'NotFound';
}
