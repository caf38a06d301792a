import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBlobStoreContract } from './blob-store.contract.ts';
import { createFsBlobStore } from './fs-blob-store.ts';

runBlobStoreContract('fs', async () => {
  const directory = await mkdtemp(path.join(tmpdir(), 'rathaus-blobs-'));
  return {
    store: createFsBlobStore({ directory }),
    cleanup: () => rm(directory, { recursive: true, force: true }),
    leftovers: () => readdir(path.join(directory, 'tmp')).catch(() => []),
  };
});
