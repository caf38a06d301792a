import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { test, type TestContext } from 'node:test';
import { runBlobStoreContract } from './blob-store.contract.ts';
import { InvalidBlobKeyError } from './blobs.errors.ts';
import { createFsBlobStore, removeStaleTempFiles } from './fs-blob-store.ts';

async function temporaryDirectory(t?: TestContext): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), 'rathaus-blobs-'));
  t?.after(() => rm(directory, { recursive: true, force: true }));
  return directory;
}

runBlobStoreContract('fs', async () => {
  const directory = await temporaryDirectory();
  return {
    store: createFsBlobStore({ directory }),
    cleanup: () => rm(directory, { recursive: true, force: true }),
    leftovers: () => readdir(path.join(directory, 'tmp')).catch(() => []),
  };
});

test('fs: a blob lives at ab/cd/<sha256>, sharded by its first two byte pairs', async (t) => {
  const directory = await temporaryDirectory(t);
  const { sha256 } = await createFsBlobStore({ directory }).put(Readable.from([Buffer.from('Fundsache')]));
  const stats = await stat(path.join(directory, sha256.slice(0, 2), sha256.slice(2, 4), sha256));
  assert.equal(stats.size, 9);
});

test('fs: storing known content again leaves the existing file untouched', async (t) => {
  const directory = await temporaryDirectory(t);
  const store = createFsBlobStore({ directory });
  const { sha256 } = await store.put(Readable.from([Buffer.from('Anlage 1')]));
  const filePath = path.join(directory, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  const before = await stat(filePath);
  await store.put(Readable.from([Buffer.from('Anlage 1')]));
  assert.equal((await stat(filePath)).ino, before.ino);
  assert.deepEqual(await readdir(path.join(directory, 'tmp')), []);
});

test('fs: while a write is in flight, the bytes exist only as a temp file, never under a final name', async (t) => {
  // The state a crash would leave behind: no partial blob that a reader could mistake for the real one.
  const directory = await temporaryDirectory(t);
  const store = createFsBlobStore({ directory });
  const input = new PassThrough();
  const putting = store.put(input);
  input.write(Buffer.alloc(1024 * 1024, 'z'));
  const tempDirectory = path.join(directory, 'tmp');
  let sawTempFile = false;
  for (let attempt = 0; attempt < 200 && !sawTempFile; attempt += 1) {
    const names = await readdir(tempDirectory).catch(() => []);
    sawTempFile = names[0] !== undefined && (await stat(path.join(tempDirectory, names[0]))).size > 0;
    if (!sawTempFile) await sleep(10);
  }
  assert.ok(sawTempFile);
  assert.deepEqual(await readdir(directory), ['tmp']);
  input.end();
  const { sha256 } = await putting;
  assert.equal(await store.has(sha256), true);
  assert.deepEqual(await readdir(tempDirectory), []);
});

test('fs: a path-like key never reaches the file system', async (t) => {
  const parent = await temporaryDirectory(t);
  const directory = path.join(parent, 'blobs');
  await mkdir(directory);
  await writeFile(path.join(parent, 'secret'), 'nicht löschen');
  const store = createFsBlobStore({ directory });
  await assert.rejects(store.delete('../secret'), InvalidBlobKeyError);
  await assert.rejects(store.get('../secret'), InvalidBlobKeyError);
  assert.equal((await stat(path.join(parent, 'secret'))).size, Buffer.byteLength('nicht löschen'));
});

test('fs: removeStaleTempFiles clears crash leftovers but spares writes in progress', async (t) => {
  const directory = await temporaryDirectory(t);
  await mkdir(path.join(directory, 'tmp'));
  const stale = path.join(directory, 'tmp', 'stale.part');
  const fresh = path.join(directory, 'tmp', 'fresh.part');
  await writeFile(stale, 'half a PDF');
  await writeFile(fresh, 'being written');
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
  await utimes(stale, twoDaysAgo, twoDaysAgo);
  assert.equal(await removeStaleTempFiles(directory), 1);
  assert.deepEqual(await readdir(path.join(directory, 'tmp')), ['fresh.part']);
  // A store that was never written to has no tmp directory yet; that is not an error.
  assert.equal(await removeStaleTempFiles(path.join(directory, 'nothing-here')), 0);
});

test('fs: the returned key is the SHA-256 of exactly the stored bytes', async (t) => {
  const directory = await temporaryDirectory(t);
  const chunks = ['Bescheid ', 'über ', 'Hundesteuer'].map((part) => Buffer.from(part));
  const { sha256 } = await createFsBlobStore({ directory }).put(Readable.from(chunks));
  assert.equal(sha256, createHash('sha256').update(Buffer.concat(chunks)).digest('hex'));
});
