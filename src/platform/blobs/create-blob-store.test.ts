import assert from 'node:assert/strict';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { ConfigError, readSection } from '../config/config-keys.ts';
import { blobsConfig } from './blobs.config.ts';
import { createBlobStoreFromConfig } from './create-blob-store.ts';

test('without any setting, blobs are files under <dataDir>/blobs', async (t) => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rathaus-data-'));
  t.after(() => rm(dataDir, { recursive: true, force: true }));
  const values = readSection(blobsConfig, {});
  assert.equal(values.driver, 'fs');
  assert.equal(values.s3Region, 'eu-central-1');
  assert.equal(values.s3ForcePathStyle, true);
  const store = createBlobStoreFromConfig(values, dataDir);
  const { sha256 } = await store.put(Readable.from([Buffer.from('Fundbüro')]));
  await stat(path.join(dataDir, 'blobs', sha256.slice(0, 2), sha256.slice(2, 4), sha256));
});

test('BLOB_DRIVER=s3 without bucket and keys fails at startup, naming what is missing', () => {
  const values = readSection(blobsConfig, { BLOB_DRIVER: 's3', S3_ACCESS_KEY_ID: 'rathaus' });
  assert.throws(
    () => createBlobStoreFromConfig(values, '/nonexistent'),
    (error: unknown) =>
      error instanceof ConfigError &&
      error.message.includes('S3_BUCKET, S3_SECRET_ACCESS_KEY') &&
      !error.message.includes('S3_ACCESS_KEY_ID') &&
      /nötig/.test(error.message) &&
      /required/.test(error.message),
  );
});

test('a complete S3 configuration yields a store without contacting the server yet', async () => {
  const values = readSection(blobsConfig, {
    BLOB_DRIVER: 's3',
    S3_ENDPOINT: 'http://127.0.0.1:9',
    S3_BUCKET: 'akten',
    S3_ACCESS_KEY_ID: 'rathaus',
    S3_SECRET_ACCESS_KEY: 'geheim',
    S3_FORCE_PATH_STYLE: 'nein',
  });
  assert.equal(values.s3ForcePathStyle, false);
  const store = createBlobStoreFromConfig(values, '/nonexistent');
  await store.close();
});

test('an unknown driver or a malformed endpoint is refused with the variable named', () => {
  assert.throws(() => readSection(blobsConfig, { BLOB_DRIVER: 'ftp' }), /BLOB_DRIVER/);
  assert.throws(() => readSection(blobsConfig, { S3_ENDPOINT: 'minio:9000' }), /S3_ENDPOINT/);
});
