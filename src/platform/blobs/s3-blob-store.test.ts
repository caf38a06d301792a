import { randomUUID } from 'node:crypto';
import { after } from 'node:test';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { runBlobStoreContract } from './blob-store.contract.ts';
import { createS3BlobStore } from './s3-blob-store.ts';
import { startS3TestServer, type S3TestServer } from './s3rver-test-server.ts';

// One server for the file; each test gets its own prefix, which also exercises `prefix`.
let server: Promise<S3TestServer> | undefined;
after(async () => {
  if (server) await (await server).stop();
});

runBlobStoreContract('s3 (s3rver)', async () => {
  server ??= startS3TestServer();
  const { endpoint, bucket, accessKeyId, secretAccessKey } = await server;
  const prefix = `test-${randomUUID()}/`;
  const options = {
    endpoint,
    bucket,
    accessKeyId,
    secretAccessKey,
    region: 'eu-central-1',
    forcePathStyle: true,
  };
  const store = createS3BlobStore({ ...options, prefix });
  const inspector = new S3Client({
    endpoint,
    region: options.region,
    forcePathStyle: true,
    credentials: { accessKeyId, secretAccessKey },
  });
  return {
    store,
    async cleanup() {
      await store.close();
      inspector.destroy();
    },
    async leftovers() {
      const listed = await inspector.send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: `${prefix}tmp/` }),
      );
      return (listed.Contents ?? []).map((object) => object.Key ?? '');
    },
  };
});
