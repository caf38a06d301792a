// One suite every blob driver must pass: the rest of the system relies on these rules, not on a driver.
import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, test, type TestContext } from 'node:test';
import type { BlobStore } from './blob-store.ts';
import { BlobNotFoundError, BlobTooLargeError, InvalidBlobKeyError } from './blobs.errors.ts';
import { failingStream, generatedStream, sha256OfGenerated, sha256OfStream } from './blob-test-streams.ts';

export interface BlobStoreUnderTest {
  store: BlobStore;
  cleanup: () => Promise<void>;
  /** Driver-specific: temp files or temp objects still around. Must be empty after every put. */
  leftovers?: () => Promise<string[]>;
}

const MB = 1024 * 1024;
const slow = { timeout: 180_000 };

const sha256Of = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');
const streamOf = (content: string | Buffer) => Readable.from([Buffer.from(content)]);

const invalidKeys = [
  '../../etc/passwd',
  '../../../../../../etc/passwd',
  '',
  'a'.repeat(63),
  'a'.repeat(65),
  'A'.repeat(64), // keys are lowercase only, so one content never has two spellings
  `${'a'.repeat(62)}/x`,
  `${'a'.repeat(64)}\n`,
  `..%2F${'a'.repeat(59)}`,
  `${'a'.repeat(32)}/../${'a'.repeat(28)}`,
];

export function runBlobStoreContract(name: string, createStore: () => Promise<BlobStoreUnderTest>): void {
  async function setUp(t: TestContext): Promise<BlobStoreUnderTest> {
    const underTest = await createStore();
    t.after(() => underTest.cleanup());
    return underTest;
  }

  async function assertNoLeftovers(underTest: BlobStoreUnderTest): Promise<void> {
    if (underTest.leftovers) assert.deepEqual(await underTest.leftovers(), []);
  }

  describe(`blob store contract: ${name}`, () => {
    test('a small file comes back byte for byte, keyed by its SHA-256', async (t) => {
      const { store, ...rest } = await setUp(t);
      const content = 'Antrag auf Hundesteuer-Ermäßigung';
      const stored = await store.put(streamOf(content));
      assert.deepEqual(stored, { sha256: sha256Of(content), size: Buffer.byteLength(content) });
      assert.equal(await store.has(stored.sha256), true);
      assert.deepEqual(await store.stat(stored.sha256), { size: stored.size });
      assert.deepEqual(await sha256OfStream(await store.get(stored.sha256)), stored);
      await assertNoLeftovers({ store, ...rest });
    });

    test('an empty file is a valid blob', async (t) => {
      const { store } = await setUp(t);
      const stored = await store.put(Readable.from([]));
      assert.deepEqual(stored, { sha256: sha256Of(''), size: 0 });
      assert.deepEqual(await sha256OfStream(await store.get(stored.sha256)), stored);
    });

    test('a 50 MB file streams through with the right hash and size', slow, async (t) => {
      const underTest = await setUp(t);
      const size = 50 * MB;
      const stored = await underTest.store.put(generatedStream(size));
      assert.deepEqual(stored, { sha256: sha256OfGenerated(size), size });
      assert.deepEqual(await underTest.store.stat(stored.sha256), { size });
      assert.deepEqual(await sha256OfStream(await underTest.store.get(stored.sha256)), stored);
      await assertNoLeftovers(underTest);
    });

    test('storing the same content twice gives the same key and keeps one copy', async (t) => {
      const underTest = await setUp(t);
      const first = await underTest.store.put(streamOf('Bescheid'));
      const second = await underTest.store.put(streamOf('Bescheid'));
      assert.deepEqual(second, first);
      assert.deepEqual(await sha256OfStream(await underTest.store.get(first.sha256)), first);
      await assertNoLeftovers(underTest);
    });

    test('concurrent puts of the same content all succeed and agree', slow, async (t) => {
      const underTest = await setUp(t);
      const size = 6 * MB; // more than one S3 part
      const results = await Promise.all(
        Array.from({ length: 5 }, () => underTest.store.put(generatedStream(size))),
      );
      for (const result of results) assert.deepEqual(result, { sha256: sha256OfGenerated(size), size });
      assert.deepEqual(await sha256OfStream(await underTest.store.get(results[0]!.sha256)), results[0]);
      await assertNoLeftovers(underTest);
    });

    test('a file over maxBytes is refused and leaves nothing behind', async (t) => {
      const underTest = await setUp(t);
      const content = Buffer.alloc(10_000, 'x');
      const error = await underTest.store
        .put(streamOf(content), { maxBytes: 9_999 })
        .catch((e: unknown) => e);
      assert.ok(error instanceof BlobTooLargeError);
      assert.equal(error.code, 'blobs.too_large');
      assert.equal(error.statusCode, 413);
      assert.equal(error.maxBytes, 9_999);
      assert.match(error.messageDe, /größer als erlaubt/);
      assert.match(error.messageEn, /larger than allowed/);
      assert.equal(await underTest.store.has(sha256Of(content)), false);
      await assertNoLeftovers(underTest);
    });

    test('a large file crossing maxBytes after several MB is aborted and leaves nothing', slow, async (t) => {
      const underTest = await setUp(t);
      const size = 12 * MB; // the limit is passed after S3 has already received whole parts
      await assert.rejects(
        underTest.store.put(generatedStream(size), { maxBytes: 11 * MB }),
        BlobTooLargeError,
      );
      assert.equal(await underTest.store.has(sha256OfGenerated(size)), false);
      await assertNoLeftovers(underTest);
    });

    test('a file of exactly maxBytes is accepted', async (t) => {
      const { store } = await setUp(t);
      const stored = await store.put(streamOf(Buffer.alloc(4096, 'y')), { maxBytes: 4096 });
      assert.equal(stored.size, 4096);
    });

    test('an upload that fails midway leaves nothing behind and reports the failure', async (t) => {
      const underTest = await setUp(t);
      const dropped = new Error('connection reset by citizen');
      await assert.rejects(underTest.store.put(failingStream(3 * MB, dropped)), dropped);
      await assertNoLeftovers(underTest);
    });

    test('a missing key: get throws BlobNotFoundError, has/stat say no, delete is harmless', async (t) => {
      const { store } = await setUp(t);
      const missing = sha256Of('never stored');
      const error = await store.get(missing).catch((e: unknown) => e);
      assert.ok(error instanceof BlobNotFoundError);
      assert.equal(error.code, 'blobs.not_found');
      assert.equal(error.statusCode, 404);
      assert.equal(error.sha256, missing);
      assert.equal(await store.has(missing), false);
      assert.equal(await store.stat(missing), null);
      await store.delete(missing);
    });

    test('keys that are not lowercase SHA-256 hex are refused by every method', async (t) => {
      const { store } = await setUp(t);
      for (const key of invalidKeys) {
        for (const call of [store.get, store.has, store.stat, store.delete]) {
          await assert.rejects(call(key), InvalidBlobKeyError, `${call.name}(${JSON.stringify(key)})`);
        }
      }
    });

    test('a deleted blob is gone; other blobs stay', async (t) => {
      const { store } = await setUp(t);
      const gone = await store.put(streamOf('Entwurf'));
      const kept = await store.put(streamOf('Endfassung'));
      await store.delete(gone.sha256);
      assert.equal(await store.has(gone.sha256), false);
      await assert.rejects(store.get(gone.sha256), BlobNotFoundError);
      assert.deepEqual(await sha256OfStream(await store.get(kept.sha256)), kept);
    });
  });
}
