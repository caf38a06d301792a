import path from 'node:path';
import { ConfigError, type ConfigValues } from '../config/config-keys.ts';
import type { BlobStore } from './blob-store.ts';
import type { blobsConfig } from './blobs.config.ts';
import { createFsBlobStore } from './fs-blob-store.ts';
import { createS3BlobStore } from './s3-blob-store.ts';

export type BlobsConfigValues = ConfigValues<typeof blobsConfig>;

/** Picks the driver at startup; a half-configured S3 fails here, not at the first upload. */
export function createBlobStoreFromConfig(values: BlobsConfigValues, dataDir: string): BlobStore {
  if (values.driver === 'fs') return createFsBlobStore({ directory: path.join(dataDir, 'blobs') });

  const { s3Bucket: bucket, s3AccessKeyId: accessKeyId, s3SecretAccessKey: secretAccessKey } = values;
  if (bucket === undefined || accessKeyId === undefined || secretAccessKey === undefined) {
    const missing = (
      [
        ['s3Bucket', 'S3_BUCKET', bucket],
        ['s3AccessKeyId', 'S3_ACCESS_KEY_ID', accessKeyId],
        ['s3SecretAccessKey', 'S3_SECRET_ACCESS_KEY', secretAccessKey],
      ] as const
    ).filter(([, , value]) => value === undefined);
    throw new ConfigError(
      missing[0]?.[0] ?? 'driver',
      missing.map(([, envName]) => envName).join(', '),
      'nicht gesetzt, aber für BLOB_DRIVER=s3 nötig / not set, but required for BLOB_DRIVER=s3',
    );
  }
  return createS3BlobStore({
    endpoint: values.s3Endpoint,
    region: values.s3Region,
    bucket,
    accessKeyId,
    secretAccessKey,
    forcePathStyle: values.s3ForcePathStyle,
  });
}
